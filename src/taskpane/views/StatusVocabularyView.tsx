import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Select,
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
import type { StatusVocabulary, VocabularyIssue, Workflow } from "../../core/lifecycle";
import { lifecycleMessages } from "../../core/lifecycle";
import { exhaustiveSwitchError } from "../../core/result";
import { useLocale, useText } from "../state";
import { ONBOARDING_MESSAGES } from "./onboardingMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  scroll: {
    maxHeight: "320px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  value: { wordBreak: "break-all" },
  rows: { textAlign: "end", width: "48px" },
});

/** Word → the status key the lead chose (null: leave it unrecognised). */
export type VocabularyChoices = ReadonlyMap<string, string | null>;

export interface StatusVocabularyViewProps {
  readonly vocabulary: StatusVocabulary;
  readonly workflow: Workflow;
  readonly choices: VocabularyChoices;
  readonly onChange: (value: string, status: string | null) => void;
  /**
   * Where the words come from: the team's status column (default), or the marketplace status when the
   * sheet has none; then they say which status each order starts in, in the status column setup adds.
   */
  readonly source?: "status" | "marketStatus";
}

function issueText(issue: VocabularyIssue, t: ReturnType<typeof useText>): string {
  switch (issue.kind) {
    case "emptyColumn":
      return t(ONBOARDING_MESSAGES.emptyColumn);
    case "notStatuses":
      return t(ONBOARDING_MESSAGES.notStatuses, { rows: issue.rows });
    case "tooMany":
      return t(ONBOARDING_MESSAGES.tooMany, { distinct: issue.distinct });
    default:
      return exhaustiveSwitchError(issue);
  }
}

/**
 * The team's status words for the lead to confirm before setup: each word, how many rows hold it,
 * the status it will mean (a dropdown) and the problem reason the word names.
 */
export function StatusVocabularyView({
  vocabulary,
  workflow,
  choices,
  onChange,
  source = "status",
}: StatusVocabularyViewProps) {
  const market = source === "marketStatus";
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const unknown = vocabulary.words.filter((w) => (choices.get(w.value) ?? null) === null).length;
  return (
    <section className={styles.root} aria-labelledby="orderflow-vocabulary-title">
      <Subtitle2 as="h3" id="orderflow-vocabulary-title">
        {t(market ? ONBOARDING_MESSAGES.marketVocabularyTitle : ONBOARDING_MESSAGES.vocabularyTitle)}
      </Subtitle2>
      {vocabulary.issue && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{issueText(vocabulary.issue, t)}</MessageBarBody>
        </MessageBar>
      )}
      {/* Dates are no status words: nothing to confirm, the message says what to do. */}
      {vocabulary.words.length > 0 && vocabulary.issue?.kind !== "notStatuses" && (
        <>
          <Caption1>
            {t(market ? ONBOARDING_MESSAGES.marketVocabularyIntro : ONBOARDING_MESSAGES.vocabularyIntro)}
          </Caption1>
          <div className={styles.scroll}>
            <Table size="extra-small" aria-label={t(ONBOARDING_MESSAGES.vocabularyTable)}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t(ONBOARDING_MESSAGES.columnValue)}</TableHeaderCell>
                  <TableHeaderCell className={styles.rows}>
                    {t(ONBOARDING_MESSAGES.columnRows)}
                  </TableHeaderCell>
                  <TableHeaderCell>{t(ONBOARDING_MESSAGES.columnStatus)}</TableHeaderCell>
                  <TableHeaderCell>{t(ONBOARDING_MESSAGES.columnReason)}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {vocabulary.words.map((word) => {
                  const chosen = choices.get(word.value) ?? null;
                  return (
                    <TableRow key={word.value}>
                      <TableCell className={styles.value}>{word.value}</TableCell>
                      <TableCell className={styles.rows}>{word.count}</TableCell>
                      <TableCell>
                        <Select
                          size="small"
                          aria-label={t(ONBOARDING_MESSAGES.statusFor, { value: word.value })}
                          value={chosen ?? ""}
                          onChange={(_, data) => onChange(word.value, data.value === "" ? null : data.value)}
                        >
                          <option value="">{t(ONBOARDING_MESSAGES.unknownStatus)}</option>
                          {workflow.stages.map((stage) => (
                            <option key={stage.key} value={stage.key}>
                              {stage.label[locale]}
                            </option>
                          ))}
                        </Select>
                      </TableCell>
                      <TableCell>
                        {word.reason === null ? "" : t(lifecycleMessages[`lifecycle.reason.${word.reason}`])}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          {unknown > 0 && (
            <Caption1 role="status">
              {t(market ? ONBOARDING_MESSAGES.marketUnknownCount : ONBOARDING_MESSAGES.unknownCount, {
                count: unknown,
              })}
            </Caption1>
          )}
        </>
      )}
    </section>
  );
}
