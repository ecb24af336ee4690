import { useId, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Divider,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowForwardRegular,
  CheckmarkRegular,
  FlagRegular,
  PersonRegular,
  TagRegular,
} from "@fluentui/react-icons";
import { FIELD_LABELS } from "../../core/fieldLabels";
import type { BulkAction, MoveFields } from "../../core/plan";
import type { OrdersView, PortError, SelectionInfo } from "../../core/port";
import { ACTION_MESSAGES } from "../actionMessages";
import { ActionOutcome, ErrorBar, MoveFieldsForm } from "../components";
import type { MoveRequest, NeededFields } from "../format";
import { neededFields } from "../format";
import { PANE_MESSAGES } from "../messages";
import { useApplyAction, useLocale, useText, useWhoAmI } from "../state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "8em" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorNeutralForeground3 },
});

export interface SelectionViewProps {
  readonly view: OrdersView;
  /** What is selected in Excel now (the pane follows every change). */
  readonly selection: SelectionInfo | null;
  readonly selectionError: PortError | null;
}

interface PendingMove {
  readonly move: MoveRequest;
  readonly rows: readonly number[];
  readonly needed: NeededFields;
}

/** `2–4` for a block of rows, `2, 5, 7` otherwise (at most a few shown). */
function rowsText(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const first = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? first;
  if (rows.length > 1 && last - first + 1 === rows.length) return `${first}–${last}`;
  return rows.length > 5 ? `${rows.slice(0, 5).join(", ")}…` : rows.join(", ");
}

/**
 * Actions on the rows selected in Excel; the pane follows the selection. Every action acts on exactly
 * the rows the heading counts (they go to the workbook by row), so what the pane says is what the
 * next click changes. A move into a stage that needs fields asks for them first, inline.
 */
export function SelectionView({ view, selection, selectionError }: SelectionViewProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const { who } = useWhoAmI();
  const action = useApplyAction();
  const reasonId = useId();
  const advanceButton = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState("");
  const [owner, setOwner] = useState("");
  const [tag, setTag] = useState("");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [pending, setPending] = useState<PendingMove | null>(null);

  const onOrderSheet = selection !== null && selection.sheetName === view.sheetName;
  const selectedRows = onOrderSheet ? selection.rows : [];
  const rows = selectedRows.length;
  const running = action.state.status === "running";
  // Said before the click, not after it: why the buttons are off.
  const offReason =
    who === ""
      ? t(ACTION_MESSAGES.disabledNoName)
      : selection && !onOrderSheet
        ? t(ACTION_MESSAGES.disabledOtherSheet, { sheet: selection.sheetName })
        : rows === 0
          ? t(ACTION_MESSAGES.disabledNoRows)
          : "";
  const disabled = offReason !== "" || running || pending !== null;
  const apply = (bulk: BulkAction, onRows: readonly number[] = selectedRows): void => {
    void action.run(bulk, { kind: "rows", rows: onRows, from: "pane" });
  };
  const startMove = (move: MoveRequest): void => {
    const needed = neededFields(move, selectedRows, view.orders, view.stages);
    if (needed.rows.length > 0) setPending({ move, rows: selectedRows, needed });
    else apply(move);
  };
  const finishMove = (fields: MoveFields | null): void => {
    if (pending && fields) apply({ ...pending.move, fields }, pending.rows);
    setPending(null);
    // The form is gone: the keyboard goes back to where the move started.
    requestAnimationFrame(() => advanceButton.current?.focus());
  };
  const headline =
    rows === 0
      ? selection && !onOrderSheet
        ? t(PANE_MESSAGES.selectionOtherSheet, { sheet: selection.sheetName, orders: view.sheetName })
        : t(PANE_MESSAGES.selectionNone)
      : t(ACTION_MESSAGES.selectionWithRows, {
          selected:
            rows === 1 ? t(PANE_MESSAGES.selectionOne) : t(PANE_MESSAGES.selectionCount, { count: rows }),
          rows: t(rows === 1 ? ACTION_MESSAGES.selectionRow : ACTION_MESSAGES.selectionRows, {
            rows: rowsText(selectedRows),
          }),
        });
  const buttonProps = {
    disabledFocusable: disabled,
    "aria-describedby": offReason !== "" ? reasonId : undefined,
  } as const;

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" aria-live="polite">
        {headline}
      </Subtitle2>
      {selectionError && <ErrorBar error={selectionError} />}
      {offReason !== "" && (
        <Caption1 id={reasonId} className={styles.reason}>
          {offReason}
        </Caption1>
      )}
      <div className={styles.buttons}>
        <Button
          ref={advanceButton}
          appearance="primary"
          icon={<ArrowForwardRegular />}
          {...buttonProps}
          onClick={() => startMove({ kind: "advance" })}
        >
          {t(PANE_MESSAGES.advance)}
        </Button>
        <Button icon={<CheckmarkRegular />} {...buttonProps} onClick={() => apply({ kind: "clearProblem" })}>
          {t(PANE_MESSAGES.clearProblem)}
        </Button>
      </div>
      {pending && (
        <MoveFieldsForm
          needed={pending.needed}
          stages={view.stages}
          reasons={view.reasons}
          count={pending.rows.length}
          busy={running}
          onSubmit={(fields) => finishMove(fields)}
          onCancel={() => finishMove(null)}
        />
      )}
      {running && <Spinner size="extra-small" labelPosition="after" label={t(PANE_MESSAGES.applying)} />}
      <ActionOutcome state={action.state} stages={view.stages} onDismiss={action.reset} />

      <Divider />
      <div className={styles.row}>
        <Field className={styles.grow} label={t(FIELD_LABELS.status)} size="small">
          <Select size="small" value={status} onChange={(_, d) => setStatus(d.value)}>
            <option value="">{t(PANE_MESSAGES.choose)}</option>
            {view.stages.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          size="small"
          {...buttonProps}
          disabledFocusable={disabled || status === ""}
          onClick={() => startMove({ kind: "setStatus", status })}
        >
          {t(PANE_MESSAGES.setStatus)}
        </Button>
      </div>
      <div className={styles.row}>
        <Field className={styles.grow} label={t(FIELD_LABELS.owner)} size="small">
          <Select size="small" value={owner} onChange={(_, d) => setOwner(d.value)}>
            <option value="">{t(PANE_MESSAGES.choose)}</option>
            {view.team
              .filter((m) => m.active)
              .map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
          </Select>
        </Field>
        <Button
          size="small"
          icon={<PersonRegular />}
          {...buttonProps}
          disabledFocusable={disabled || owner === ""}
          onClick={() => apply({ kind: "assign", owner })}
        >
          {t(PANE_MESSAGES.assign)}
        </Button>
      </div>
      <div className={styles.row}>
        <Field className={styles.grow} label={t(PANE_MESSAGES.tagLabel)} size="small">
          <Select size="small" value={tag} onChange={(_, d) => setTag(d.value)}>
            <option value="">{t(PANE_MESSAGES.choose)}</option>
            {view.tags.map((def) => (
              <option key={def.name} value={def.name}>
                {def.label[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          size="small"
          icon={<TagRegular />}
          {...buttonProps}
          disabledFocusable={disabled || tag === ""}
          onClick={() => apply({ kind: "addTag", tag })}
        >
          {t(PANE_MESSAGES.addTag)}
        </Button>
        <Button
          size="small"
          {...buttonProps}
          disabledFocusable={disabled || tag === ""}
          onClick={() => apply({ kind: "removeTag", tag })}
        >
          {t(PANE_MESSAGES.removeTag)}
        </Button>
      </div>
      <Field label={t(PANE_MESSAGES.reasonLabel)} size="small">
        <Select size="small" value={reason} onChange={(_, d) => setReason(d.value)}>
          <option value="">{t(PANE_MESSAGES.choose)}</option>
          {view.reasons.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field className={styles.grow} label={t(PANE_MESSAGES.noteLabel)} size="small">
          <Input size="small" value={note} onChange={(_, d) => setNote(d.value)} />
        </Field>
        <Button
          size="small"
          icon={<FlagRegular />}
          {...buttonProps}
          disabledFocusable={disabled || reason === ""}
          onClick={() =>
            apply(
              note.trim() === ""
                ? { kind: "flagProblem", reason }
                : { kind: "flagProblem", reason, note: note.trim() },
            )
          }
        >
          {t(PANE_MESSAGES.flagProblem)}
        </Button>
      </div>
    </div>
  );
}
