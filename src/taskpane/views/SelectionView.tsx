import { useState } from "react";
import {
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
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
import type { BulkAction } from "../../core/plan";
import type { OrdersView, PortError, SelectionInfo } from "../../core/port";
import { ActionOutcome, ErrorBar } from "../components";
import { PANE_MESSAGES } from "../messages";
import { useApplyAction, useLocale, useText, useWhoAmI } from "../state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SelectionViewProps {
  readonly view: OrdersView;
  /** What is selected in Excel now (the pane follows every change). */
  readonly selection: SelectionInfo | null;
  readonly selectionError: PortError | null;
  /** After an action changed rows (reload the orders). */
  readonly onApplied: () => void;
}

/** Actions on the rows selected in Excel; the pane follows the selection. */
export function SelectionView({ view, selection, selectionError, onApplied }: SelectionViewProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const { who } = useWhoAmI();
  const action = useApplyAction(onApplied);
  const [status, setStatus] = useState("");
  const [owner, setOwner] = useState("");
  const [tag, setTag] = useState("");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");

  const rows = selection?.rows.length ?? 0;
  const running = action.state.status === "running";
  const disabled = rows === 0 || who === "" || running;
  const apply = (bulk: BulkAction): void => {
    void action.run(bulk, { kind: "selection" });
  };
  const headline =
    rows === 0
      ? selection && selection.sheetName !== view.sheetName
        ? t(PANE_MESSAGES.selectionOtherSheet, { sheet: selection.sheetName, orders: view.sheetName })
        : t(PANE_MESSAGES.selectionNone)
      : rows === 1
        ? t(PANE_MESSAGES.selectionOne)
        : t(PANE_MESSAGES.selectionCount, { count: rows });

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" aria-live="polite">
        {headline}
      </Subtitle2>
      {selectionError && <ErrorBar error={selectionError} />}
      {who === "" && (
        <MessageBar intent="info">
          <MessageBarBody>{t(PANE_MESSAGES.whoAmINeeded)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<ArrowForwardRegular />}
          disabled={disabled}
          onClick={() => apply({ kind: "advance" })}
        >
          {t(PANE_MESSAGES.advance)}
        </Button>
        <Button
          icon={<CheckmarkRegular />}
          disabled={disabled}
          onClick={() => apply({ kind: "clearProblem" })}
        >
          {t(PANE_MESSAGES.clearProblem)}
        </Button>
      </div>
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
          disabled={disabled || status === ""}
          onClick={() => apply({ kind: "setStatus", status })}
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
          disabled={disabled || owner === ""}
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
          disabled={disabled || tag === ""}
          onClick={() => apply({ kind: "addTag", tag })}
        >
          {t(PANE_MESSAGES.addTag)}
        </Button>
        <Button
          size="small"
          disabled={disabled || tag === ""}
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
          disabled={disabled || reason === ""}
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
