import { useEffect, useId, useRef, useState } from "react";
import type { ClipboardEvent, FormEvent } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FIELD_LABELS } from "../../core/fieldLabels";
import type { ProblemReason } from "../../core/lifecycle";
import type { MoveFields } from "../../core/plan";
import type { StageInfo } from "../../core/port";
import type { Field as FieldKey } from "../../core/schema";
import { ACTION_MESSAGES } from "../actionMessages";
import type { NeededFields } from "../format";
import { countMessage, joinList, stageText } from "../format";
import { PANE_MESSAGES } from "../messages";
import { useLocale, useText } from "../state";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
  },
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface MoveFieldsFormProps {
  readonly needed: NeededFields;
  readonly stages: readonly StageInfo[];
  readonly reasons: readonly ProblemReason[];
  /** Rows the move acts on (the count on the button). */
  readonly count: number;
  readonly busy: boolean;
  readonly onSubmit: (fields: MoveFields) => void;
  readonly onCancel: () => void;
}

/**
 * Asks, inline and before the move, for what the target stage needs: one value for all rows (a
 * carrier, a problem reason) and one per row where each parcel has its own (tracking). Pasting
 * several lines into a row's field fills the rows below it in turn, as a carrier's list comes.
 */
export function MoveFieldsForm({
  needed,
  stages,
  reasons,
  count,
  busy,
  onSubmit,
  onCancel,
}: MoveFieldsFormProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const headingId = useId();
  const first = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const [shared, setShared] = useState<Partial<Record<FieldKey, string>>>({});
  const [perRow, setPerRow] = useState<Record<number, Partial<Record<FieldKey, string>>>>({});

  // The form appears because of a click: the keyboard goes to its first field.
  useEffect(() => first.current?.focus(), []);

  const label = (field: FieldKey) => FIELD_LABELS[field][locale];
  const targets = [...new Set(needed.rows.map((r) => r.to))];
  const title = t(ACTION_MESSAGES.needsTitle, {
    stage: joinList(
      targets.map((key) => stageText(stages, key, locale)),
      locale,
    ),
    fields: joinList([...needed.shared, ...needed.perRow].map(label), locale),
  });

  const setRowValue = (row: number, field: FieldKey, value: string) =>
    setPerRow((prev) => ({ ...prev, [row]: { ...prev[row], [field]: value } }));

  const pasteLines = (index: number, field: FieldKey) => (event: ClipboardEvent<HTMLInputElement>) => {
    const lines = event.clipboardData
      .getData("text/plain")
      .split(/\r?\n/u)
      .map((line) => line.trim())
      .filter((line) => line !== "");
    if (lines.length < 2) return;
    event.preventDefault();
    setPerRow((prev) => {
      const next = { ...prev };
      needed.rows.slice(index, index + lines.length).forEach((moving, i) => {
        next[moving.row] = { ...next[moving.row], [field]: lines[i] ?? "" };
      });
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ all: shared, byRow: perRow });
  };

  let firstTaken = false;
  const takeFirst = () => {
    if (firstTaken) return undefined;
    firstTaken = true;
    return first;
  };

  return (
    <form className={styles.root} aria-labelledby={headingId} onSubmit={submit}>
      <Subtitle2 as="h3" id={headingId}>
        {title}
      </Subtitle2>
      {needed.shared.map((field) =>
        field === "problem" ? (
          <Field key={field} label={label(field)} size="small">
            <Select
              ref={takeFirst()}
              size="small"
              value={shared.problem ?? ""}
              onChange={(_, d) => setShared((prev) => ({ ...prev, problem: d.value }))}
            >
              <option value="">{t(PANE_MESSAGES.choose)}</option>
              {reasons.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.label[locale]}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field
            key={field}
            label={t(ACTION_MESSAGES.sharedFieldLabel, { field: label(field) })}
            hint={t(ACTION_MESSAGES.sharedFieldHint, { field: label(field) })}
            size="small"
          >
            <Input
              ref={takeFirst()}
              size="small"
              value={shared[field] ?? ""}
              onChange={(_, d) => setShared((prev) => ({ ...prev, [field]: d.value }))}
            />
          </Field>
        ),
      )}
      {needed.perRow.length > 0 && (
        <div className={styles.rows}>
          <Caption1>{t(ACTION_MESSAGES.rowFieldHint)}</Caption1>
          {needed.rows.map((moving, index) =>
            needed.perRow.map((field) => (
              <Field
                key={`${moving.row}-${field}`}
                label={t(ACTION_MESSAGES.rowFieldLabel, {
                  field: label(field),
                  orderId: moving.orderId,
                  row: moving.row,
                })}
                size="small"
              >
                <Input
                  ref={takeFirst()}
                  size="small"
                  value={perRow[moving.row]?.[field] ?? ""}
                  onChange={(_, d) => setRowValue(moving.row, field, d.value)}
                  onPaste={pasteLines(index, field)}
                />
              </Field>
            )),
          )}
        </div>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" size="small" disabled={busy}>
          {countMessage(count, ACTION_MESSAGES.confirmMoveOne, ACTION_MESSAGES.confirmMoveOther, locale)}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t(ACTION_MESSAGES.cancel)}
        </Button>
      </div>
    </form>
  );
}
