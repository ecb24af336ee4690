import { useEffect, useMemo, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FIELD_LABELS } from "../../core/fieldLabels";
import type { ConfirmedWord, StatusLabelMode } from "../../core/lifecycle";
import { DEFAULT_WORKFLOW } from "../../core/lifecycle";
import { describeSetupRefusal, validateSetup } from "../../core/plan";
import type { PortError, SetupChoices, SheetInspection } from "../../core/port";
import type { Field as FieldKey } from "../../core/schema";
import { ALL_FIELDS } from "../../core/schema";
import { ErrorBar } from "../components";
import { joinList } from "../format";
import { PANE_MESSAGES, PLATFORM_LABELS } from "../messages";
import type { MappingOverrides } from "../state";
import { useLocale, useSetup, useText } from "../state";
import { ONBOARDING_MESSAGES } from "./onboardingMessages";
import { SetupReportView } from "./SetupReportView";
import type { VocabularyChoices } from "./StatusVocabularyView";
import { StatusVocabularyView } from "./StatusVocabularyView";

/** Fields worth offering even when detection found no column for them. */
const KEY_FIELDS: readonly FieldKey[] = ["orderId", "product", "buyer", "createdAt", "marketStatus"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  factValue: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  mapping: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: 0, margin: 0 },
  mappingRow: {
    listStyleType: "none",
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  mappingField: { flexGrow: 1, minWidth: 0 },
  preview: { overflowX: "auto", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  cell: { whiteSpace: "nowrap", maxWidth: "160px", overflow: "hidden", textOverflow: "ellipsis" },
});

function columnName(inspection: SheetInspection, column: number): string {
  const info = inspection.columns.find((c) => c.column === column);
  return info ? `${info.letter} · ${info.header}` : String(column);
}

/** The detected mapping plus the user's overrides: field → column (or null). */
function currentMapping(
  inspection: SheetInspection,
  overrides: MappingOverrides,
): Map<FieldKey, number | null> {
  const mapping = new Map<FieldKey, number | null>();
  for (const c of inspection.columns) if (c.field) mapping.set(c.field, c.column);
  for (const a of inspection.ambiguities) if (!mapping.has(a.field)) mapping.set(a.field, null);
  for (const f of KEY_FIELDS) if (!mapping.has(f)) mapping.set(f, null);
  for (const [field, column] of Object.entries(overrides) as [FieldKey, number | null][]) {
    mapping.set(field, column);
  }
  return mapping;
}

export interface OnboardingProps {
  /** After setup, when the user goes on to work. */
  readonly onDone: () => void;
  /** When setup starts: the pane keeps onboarding (and its report) on screen while the sheet changes under it. */
  readonly onStarted?: () => void;
}

/** The sheet is not set up yet: show what was detected, let the user correct it, set it up. */
export function Onboarding({ onDone, onStarted }: OnboardingProps) {
  const { inspection, setup } = useSetup();
  const runInspection = inspection.run;
  useEffect(() => {
    void runInspection();
  }, [runInspection]);
  const t = useText();

  if (setup.state.status === "done") {
    return <SetupReportView summary={setup.state.value} onContinue={onDone} />;
  }
  switch (inspection.state.status) {
    case "idle":
    case "running":
      return <Spinner size="small" labelPosition="after" label={t(PANE_MESSAGES.loading)} />;
    case "failed":
      return <ErrorBar error={inspection.state.error} onRetry={() => void runInspection()} />;
    case "done":
      return (
        <InspectionForm
          inspection={inspection.state.value}
          settingUp={setup.state.status === "running"}
          setupError={setup.state.status === "failed" ? setup.state.error : null}
          onSetup={(overrides, choices) => {
            onStarted?.();
            void setup.run(overrides, choices);
          }}
          onReinspect={() => {
            setup.reset();
            void runInspection();
          }}
        />
      );
  }
}

interface InspectionFormProps {
  readonly inspection: SheetInspection;
  readonly settingUp: boolean;
  readonly setupError: PortError | null;
  readonly onSetup: (overrides: MappingOverrides | undefined, choices: SetupChoices | undefined) => void;
  readonly onReinspect: () => void;
}

function InspectionForm({ inspection, settingUp, setupError, onSetup, onReinspect }: InspectionFormProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const [overrides, setOverrides] = useState<MappingOverrides>({});
  const mapping = useMemo(() => currentMapping(inspection, overrides), [inspection, overrides]);
  const fields = ALL_FIELDS.filter((f) => mapping.has(f));
  const confidenceOf = (field: FieldKey, column: number | null): number | null => {
    if (column === null) return null;
    const info = inspection.columns.find((c) => c.column === column);
    return info?.field === field ? info.confidence : null;
  };
  const headers = inspection.columns;

  // The team's status words, as proposed, until the lead changes one.
  const [words, setWords] = useState<VocabularyChoices>(
    () => new Map((inspection.statuses?.words ?? []).map((w) => [w.value, w.status])),
  );
  const detectedLabels = inspection.labels ?? "bilingual";
  const [labels, setLabels] = useState<StatusLabelMode>(detectedLabels);
  const [rewrite, setRewrite] = useState(false);
  const [addStatus, setAddStatus] = useState(true);
  const detectedStatus = inspection.columns.find((c) => c.field === "status")?.column;
  const detectedMarket = inspection.columns.find((c) => c.field === "marketStatus")?.column;
  const statusColumn = mapping.get("status") ?? null;
  // Without a status column of the team's the words are the marketplace status's (onboardingFacts): they
  // say where each order starts in the status column setup adds.
  const marketWords =
    detectedStatus === undefined &&
    statusColumn === null &&
    addStatus &&
    detectedMarket !== undefined &&
    mapping.get("marketStatus") === detectedMarket;
  // The words were read from the detected column: they mean nothing for another one.
  const showWords =
    inspection.statuses !== undefined &&
    ((detectedStatus !== undefined && statusColumn === detectedStatus) || marketWords);
  const confirmed: ConfirmedWord[] = showWords
    ? [...words.entries()]
        .filter((entry): entry is [string, string] => entry[1] !== null)
        .map(([value, status]) => ({ value, status }))
    : [];
  const settled: Partial<Record<FieldKey, number>> = {};
  for (const [field, column] of mapping) if (column !== null) settled[field] = column;
  const refusals = validateSetup({
    grid: [headers.map((c) => c.header)],
    headerRow: 0,
    mapping: settled,
    workflow: DEFAULT_WORKFLOW,
    addStatusColumn: addStatus,
    vocabulary: confirmed,
  });
  const choices = (): SetupChoices | undefined => {
    const untouched =
      inspection.statuses === undefined &&
      inspection.labels === undefined &&
      labels === detectedLabels &&
      addStatus;
    if (untouched) return undefined;
    return {
      vocabulary: confirmed,
      labels,
      rewrite: rewrite && confirmed.length > 0 && !marketWords,
      addStatusColumn: addStatus,
    };
  };

  return (
    <section className={styles.root} aria-labelledby="orderflow-onboarding-title">
      <Subtitle2 as="h2" id="orderflow-onboarding-title">
        {t(PANE_MESSAGES.onboardingTitle)}
      </Subtitle2>
      <Caption1>{t(PANE_MESSAGES.onboardingIntro, { sheet: inspection.sheetName })}</Caption1>
      <dl className={styles.facts}>
        <dt>{t(FIELD_LABELS.platform)}</dt>
        <dd className={styles.factValue}>{PLATFORM_LABELS[inspection.platform][locale]}</dd>
        <dt>{t(PANE_MESSAGES.headerRow)}</dt>
        <dd className={styles.factValue}>{inspection.headerRow}</dd>
        <dt>{t(PANE_MESSAGES.dataRows)}</dt>
        <dd className={styles.factValue}>{inspection.dataRows}</dd>
      </dl>

      {inspection.ambiguities.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(PANE_MESSAGES.ambiguitiesTitle)}</MessageBarTitle>
            <ul>
              {inspection.ambiguities.map((a) => (
                <li key={a.field}>
                  {t(PANE_MESSAGES.ambiguity, {
                    field: FIELD_LABELS[a.field][locale],
                    columns: joinList(
                      a.columns.map((c) => columnName(inspection, c)),
                      locale,
                    ),
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h3">{t(PANE_MESSAGES.mappingTitle)}</Subtitle2>
      <ul className={styles.mapping}>
        {fields.map((field) => {
          const column = mapping.get(field) ?? null;
          const confidence = confidenceOf(field, column);
          return (
            <li key={field} className={styles.mappingRow}>
              <Field className={styles.mappingField} label={FIELD_LABELS[field][locale]} size="small">
                <Select
                  size="small"
                  value={column === null ? "" : String(column)}
                  onChange={(_, data) =>
                    setOverrides((prev) => ({
                      ...prev,
                      [field]: data.value === "" ? null : Number(data.value),
                    }))
                  }
                >
                  <option value="">{t(PANE_MESSAGES.notMapped)}</option>
                  {headers.map((c) => (
                    <option key={c.column} value={String(c.column)}>
                      {`${c.letter} · ${c.header}`}
                    </option>
                  ))}
                </Select>
              </Field>
              {confidence !== null && (
                <Badge
                  appearance="tint"
                  color={confidence >= 0.8 ? "success" : confidence >= 0.5 ? "warning" : "danger"}
                  size="small"
                >
                  {t(PANE_MESSAGES.confidence, { percent: Math.round(confidence * 100) })}
                </Badge>
              )}
            </li>
          );
        })}
      </ul>

      <Subtitle2 as="h3">{t(PANE_MESSAGES.previewTitle)}</Subtitle2>
      <div className={styles.preview}>
        <Table size="extra-small" aria-label={t(PANE_MESSAGES.previewTitle)}>
          <TableHeader>
            <TableRow>
              {headers.map((c) => (
                <TableHeaderCell key={c.column} className={styles.cell}>
                  {c.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {inspection.preview.map((row, r) => (
              <TableRow key={r}>
                {headers.map((c) => (
                  <TableCell key={c.column} className={styles.cell}>
                    {row[c.column] ?? ""}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      {inspection.extraHeaderRows && inspection.extraHeaderRows.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t(ONBOARDING_MESSAGES.extraHeaderRows, { rows: inspection.extraHeaderRows.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}

      {statusColumn === null && (
        <Checkbox
          checked={addStatus}
          onChange={(_, data) => setAddStatus(data.checked === true)}
          label={t(ONBOARDING_MESSAGES.addStatusColumn)}
        />
      )}

      {showWords && inspection.statuses && (
        <>
          <StatusVocabularyView
            vocabulary={inspection.statuses}
            workflow={DEFAULT_WORKFLOW}
            choices={words}
            onChange={(value, status) => setWords((prev) => new Map(prev).set(value, status))}
            {...(marketWords ? { source: "marketStatus" as const } : {})}
          />
          {confirmed.length > 0 && !marketWords && (
            <Checkbox
              checked={rewrite}
              onChange={(_, data) => setRewrite(data.checked === true)}
              label={t(ONBOARDING_MESSAGES.rewrite)}
            />
          )}
        </>
      )}

      <Field label={t(ONBOARDING_MESSAGES.labelsTitle)} size="small">
        <Select size="small" value={labels} onChange={(_, data) => setLabels(data.value as StatusLabelMode)}>
          <option value="zh-CN">{t(ONBOARDING_MESSAGES.labelsZh)}</option>
          <option value="en-US">{t(ONBOARDING_MESSAGES.labelsEn)}</option>
          <option value="bilingual">{t(ONBOARDING_MESSAGES.labelsBilingual)}</option>
        </Select>
      </Field>

      {refusals.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(ONBOARDING_MESSAGES.refusedTitle)}</MessageBarTitle>
            <ul>
              {refusals.map((refusal, i) => {
                const { message, params } = describeSetupRefusal(refusal, DEFAULT_WORKFLOW);
                return <li key={i}>{t(message, params)}</li>;
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {setupError && <ErrorBar error={setupError} />}
      <Button
        appearance="primary"
        disabled={settingUp || refusals.length > 0}
        icon={settingUp ? <Spinner size="extra-tiny" /> : undefined}
        onClick={() => onSetup(Object.keys(overrides).length > 0 ? overrides : undefined, choices())}
      >
        {t(settingUp ? PANE_MESSAGES.settingUp : PANE_MESSAGES.setUpWorkflow)}
      </Button>
      <Button appearance="subtle" size="small" onClick={onReinspect}>
        {t(PANE_MESSAGES.reinspect)}
      </Button>
    </section>
  );
}
