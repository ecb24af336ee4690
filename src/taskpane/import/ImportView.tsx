import { useEffect, useId, useRef, useState } from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowImportRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { READ_MESSAGES } from "../../adapters/exportFiles/readExport";
import { FIELD_LABELS } from "../../core/fieldLabels";
import { IMPORT_MESSAGES } from "../../core/import";
import type { ImportResult, OrdersView, PortError } from "../../core/port";
import { emptyImportResult } from "../../core/port";
import type { Field, OrderField } from "../../core/schema";
import { ErrorBar } from "../components";
import { formatCount } from "../format";
import { PLATFORM_LABELS } from "../messages";
import { useLocale, usePort, useSetOptions, useText, useWhoAmI } from "../state";
import { runPort } from "../state/runPort";
import { IMPORT_TEXT as T } from "./importMessages";
import type { ExportsRead, PickedFile, ReadOne } from "./readExportFiles";
import { readExportFiles } from "./readExportFiles";

const SHOWN = 20;
const LIVE = { role: "status", "aria-live": "polite", "aria-atomic": true } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  figure: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  hidden: { display: "none" },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Phase =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  | { readonly kind: "previewing" | "importing"; readonly read: ExportsRead }
  | { readonly kind: "preview"; readonly read: ExportsRead; readonly result: ImportResult }
  | { readonly kind: "done"; readonly read: ExportsRead; readonly result: ImportResult }
  | { readonly kind: "failed"; readonly read: ExportsRead | null; readonly error: PortError };

export interface ImportViewProps {
  readonly view: OrdersView;
  /** After the lead's setting was saved: the pane reads the view (its options) again. */
  readonly onOptionsSaved?: () => void;
  /** How files are read (tests pass one; the pane uses a worker). */
  readonly reader?: ReadOne;
}

/**
 * 导入订单 Import orders: pick marketplace exports, see what they would change — new, changed (which
 * fields), unchanged, duplicates, conflicts, refused rows — and import; importing again changes nothing.
 */
export function ImportView({ view, onOptionsSaved, reader }: ImportViewProps) {
  const styles = useStyles();
  const t = useText();
  const { locale } = useLocale();
  const { who } = useWhoAmI();
  const port = usePort();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  // The stored setting (the view reloads after a save); what the lead just ticked while that runs.
  const setOptions = useSetOptions(onOptionsSaved);
  const [ticked, setTicked] = useState<boolean | null>(null);
  const stored = view.options.marketMoves === true;
  const marketMoves = ticked ?? stored;
  // The reloaded view has the setting: it speaks again.
  useEffect(() => setTicked(null), [stored]);
  const [addColumns, setAddColumns] = useState<readonly OrderField[]>([]);
  const importOrders = port.importOrders;
  if (!importOrders) return null;

  const compare = async (read: ExportsRead): Promise<void> => {
    if (read.exports.length === 0) {
      setPhase({ kind: "preview", read, result: emptyImportResult(view.sheetName) });
      return;
    }
    setPhase({ kind: "previewing", read });
    const result = await runPort(() => importOrders(read.exports, { who, dryRun: true }));
    setPhase(
      result.ok
        ? { kind: "preview", read, result: result.value }
        : { kind: "failed", read, error: result.error },
    );
  };

  const pick = async (files: readonly PickedFile[]): Promise<void> => {
    if (files.length === 0) return;
    setPhase({ kind: "reading", done: 0, total: files.length });
    const read = await readExportFiles(
      files,
      (done, total) => setPhase({ kind: "reading", done, total }),
      reader,
    );
    await compare(read);
  };

  const run = async (read: ExportsRead): Promise<void> => {
    setPhase({ kind: "importing", read });
    const result = await runPort(() => importOrders(read.exports, { who, dryRun: false, addColumns }));
    if (!result.ok) setPhase({ kind: "failed", read, error: result.error });
    // Refused when it came to writing (columns to add beside the table's cells): why, on the preview.
    else if (result.value.blocker) setPhase({ kind: "preview", read, result: result.value });
    else setPhase({ kind: "done", read, result: result.value });
  };

  // The setting changes what the import would do with conflicts: compare again under it.
  const toggleMarketMoves = async (on: boolean, again: ExportsRead): Promise<void> => {
    setTicked(on);
    const saved = await setOptions.run({ marketMoves: on });
    // Not saved: the box shows the stored setting again, the error says why, nothing is compared anew.
    if (!saved?.ok) {
      setTicked(null);
      return;
    }
    await compare(again);
  };

  const busy = phase.kind === "reading" || phase.kind === "previewing" || phase.kind === "importing";
  const read = "read" in phase ? phase.read : null;
  const stageLabel = (key: string): string => view.stages.find((s) => s.key === key)?.label[locale] ?? key;

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={`${inputId}-title`}>
        <Subtitle2 as="h2" id={`${inputId}-title`}>
          {t(T.title)}
        </Subtitle2>
        <Text className={styles.hint}>{t(T.intro)}</Text>
        <input
          ref={input}
          id={inputId}
          className={styles.hidden}
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t(T.choose)}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // The same files chosen again must fire a change again.
            event.currentTarget.value = "";
            void pick(files);
          }}
        />
        <Button
          appearance={phase.kind === "idle" ? "primary" : "secondary"}
          icon={<DocumentArrowUpRegular />}
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {t(phase.kind === "idle" ? T.choose : T.chooseAgain)}
        </Button>
      </section>

      <div {...LIVE}>
        {phase.kind === "reading" && (
          <>
            <Text>{t(T.reading, { done: Math.min(phase.done + 1, phase.total), total: phase.total })}</Text>
            <ProgressBar
              // One file: how far it got is not known until it is read (a moving bar, not a stuck one).
              {...(phase.total > 1 ? { value: phase.done, max: phase.total } : {})}
              aria-label={t(T.reading, { done: Math.min(phase.done + 1, phase.total), total: phase.total })}
            />
          </>
        )}
        {phase.kind === "previewing" && <Text>{t(T.previewing)}</Text>}
        {phase.kind === "importing" && <Text>{t(T.importing)}</Text>}
        {phase.kind === "done" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {phase.result.written
                ? t(T.done, {
                    sheet: phase.result.sheetName,
                    added: formatCount(phase.result.added, locale),
                    changed: formatCount(phase.result.changed, locale),
                    logged: formatCount(phase.result.logged, locale),
                  })
                : t(T.nothingToDo)}
              {phase.result.addedColumns && (
                <div>
                  {t(T.columnsAdded, {
                    fields: phase.result.addedColumns
                      .map((field) => FIELD_LABELS[field][locale])
                      .join(locale === "zh-CN" ? "、" : ", "),
                  })}
                </div>
              )}
              {phase.result.settingsNotApplied && <div>{t(T.settingsNotApplied)}</div>}
            </MessageBarBody>
          </MessageBar>
        )}
        {phase.kind === "failed" && <ErrorBar error={phase.error} />}
        {setOptions.state.status === "failed" && (
          <ErrorBar error={setOptions.state.error} onDismiss={setOptions.reset} />
        )}
      </div>

      {read && read.unreadable.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {read.unreadable.map((error) => (
              <div key={error.file}>
                {t(READ_MESSAGES[error.kind], {
                  file: error.file,
                  detail: "detail" in error ? error.detail : "",
                })}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {(phase.kind === "preview" || phase.kind === "done") && (
        <Preview
          result={phase.result}
          stageLabel={stageLabel}
          showActions={phase.kind === "preview"}
          busy={busy}
          who={who}
          marketMoves={marketMoves}
          onMarketMoves={(on) => void toggleMarketMoves(on, phase.read)}
          addColumns={addColumns}
          onAddColumns={setAddColumns}
          onImport={() => void run(phase.read)}
          onCompareAgain={() => void compare(phase.read)}
        />
      )}
    </div>
  );
}

interface PreviewProps {
  readonly result: ImportResult;
  readonly stageLabel: (key: string) => string;
  readonly showActions: boolean;
  readonly busy: boolean;
  readonly who: string;
  readonly marketMoves: boolean;
  readonly onMarketMoves: (on: boolean) => void;
  readonly addColumns: readonly OrderField[];
  readonly onAddColumns: (fields: readonly OrderField[]) => void;
  readonly onImport: () => void;
  readonly onCompareAgain: () => void;
}

/** What the exports hold and would change, file by file and in total. */
function Preview(props: PreviewProps) {
  const { result, stageLabel, showActions } = props;
  const styles = useStyles();
  const t = useText();
  const { locale } = useLocale();
  const n = (count: number): string => formatCount(count, locale);
  const fields = (Object.entries(result.changedFields) as [Field, number][])
    .map(([field, count]) => `${FIELD_LABELS[field][locale]} ${n(count)}`)
    .join(locale === "zh-CN" ? "、" : ", ");
  const nothing = result.added === 0 && result.changed === 0;
  const counts: [keyof typeof T, number][] = [
    ["countNew", result.added],
    ["countChanged", result.changed],
    ["countUnchanged", result.unchanged],
    ["countDuplicates", result.duplicates],
    ["countConflicts", result.conflicts],
    ["countRefused", result.refused.length],
  ];
  return (
    <>
      {result.files.length > 0 && (
        <section className={styles.section} aria-label={t(T.filesTitle)}>
          <Subtitle2 as="h3">{t(T.filesTitle)}</Subtitle2>
          <ul className={styles.list}>
            {result.files.map((file) => (
              <li key={file.file}>
                {t(T.fileLine, {
                  file: file.file,
                  platform:
                    file.platform === "generic" ? t(T.unknownPlatform) : t(PLATFORM_LABELS[file.platform]),
                  rows: n(file.rows),
                  orders: n(file.orders),
                })}
                {file.refused > 0 && t(T.fileRefused, { count: n(file.refused) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.blocker ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(IMPORT_MESSAGES[result.blocker.message], result.blocker.params)}</MessageBarBody>
        </MessageBar>
      ) : (
        result.files.length > 0 && (
          <section className={styles.section} aria-label={t(T.previewTitle)}>
            <Subtitle2 as="h3">{t(T.previewTitle)}</Subtitle2>
            <dl className={styles.counts}>
              {counts.map(([key, value]) => (
                <div key={key} className={styles.count}>
                  <dt>{t(T[key])}</dt>
                  <dd className={styles.figure} data-count={key}>
                    {n(value)}
                  </dd>
                </div>
              ))}
            </dl>
            {fields !== "" && <Text>{t(T.changedFields, { fields })}</Text>}
            <Text className={styles.hint}>{t(T.teamColumnsKept)}</Text>
          </section>
        )
      )}
      {result.conflictList.length > 0 && (
        <section className={styles.section} aria-label={t(T.conflictsTitle)}>
          <Subtitle2 as="h3">{t(T.conflictsTitle)}</Subtitle2>
          <ul className={styles.list}>
            {result.conflictList.slice(0, SHOWN).map((c) => (
              <li key={`${c.row}`}>
                {t(c.applied ? T.conflictApplied : T.conflictFlagged, {
                  row: c.row,
                  orderId: c.orderId,
                  market: c.market,
                  from: stageLabel(c.from),
                  to: stageLabel(c.to),
                })}
              </li>
            ))}
            {result.conflictList.length > SHOWN && (
              <li>{t(T.more, { count: n(result.conflictList.length - SHOWN) })}</li>
            )}
          </ul>
        </section>
      )}
      {result.refused.length > 0 && (
        <section className={styles.section} aria-label={t(T.refusedTitle)}>
          <Subtitle2 as="h3">{t(T.refusedTitle)}</Subtitle2>
          <ul className={styles.list}>
            {result.refused.slice(0, SHOWN).map((r) => (
              <li key={`${r.file}:${r.row}:${r.kind}`}>
                {t(T.refusedLine, {
                  file: r.file,
                  row: r.row,
                  message: t(IMPORT_MESSAGES[`import.${r.kind}`], r.params),
                })}
              </li>
            ))}
            {result.refused.length > SHOWN && (
              <li>{t(T.more, { count: n(result.refused.length - SHOWN) })}</li>
            )}
          </ul>
        </section>
      )}
      {showActions && !result.blocker && result.leftOut.length > 0 && (
        <section className={styles.section} aria-label={t(T.leftOutTitle)}>
          <Subtitle2 as="h3">{t(T.leftOutTitle)}</Subtitle2>
          <Text className={styles.hint}>{t(T.leftOutHint)}</Text>
          <div role="group" aria-label={t(T.leftOutTitle)}>
            {result.leftOut.map((field) => (
              <Checkbox
                key={field}
                label={FIELD_LABELS[field][locale]}
                checked={props.addColumns.includes(field)}
                onChange={(_, data) =>
                  props.onAddColumns(
                    data.checked === true
                      ? [...props.addColumns, field]
                      : props.addColumns.filter((f) => f !== field),
                  )
                }
              />
            ))}
          </div>
        </section>
      )}
      {showActions && !result.blocker && result.files.length > 0 && (
        <section className={styles.section}>
          <Checkbox
            checked={props.marketMoves}
            label={t(T.marketMoves)}
            onChange={(_, data) => props.onMarketMoves(data.checked === true)}
          />
          <Text className={styles.hint}>{t(T.marketMovesHint)}</Text>
          {nothing ? (
            <MessageBar intent="info">
              <MessageBarBody>{t(T.nothingToDo)}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              {props.who === "" && <Text>{t(T.needName)}</Text>}
              <Button
                appearance="primary"
                icon={<ArrowImportRegular />}
                disabled={props.busy || props.who === ""}
                onClick={props.onImport}
              >
                {t(T.importButton, { added: n(result.added), changed: n(result.changed) })}
              </Button>
            </>
          )}
        </section>
      )}
      {!showActions && (
        <Button appearance="secondary" disabled={props.busy} onClick={props.onCompareAgain}>
          {t(T.checkAgain)}
        </Button>
      )}
    </>
  );
}
