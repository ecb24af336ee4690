import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import type { CheckProblem } from "../../core/port";
import type { ProblemKind } from "../../core/problems";
import { PROBLEM_KINDS } from "../../core/problems";
import { ErrorBar } from "../components";
import { PANE_MESSAGES, PROBLEM_KIND_LABELS } from "../messages";
import { useCheck, useLocale, useSelectInSheet, useText } from "../state";

const SHOWN_PER_KIND = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  problem: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  problemBody: { display: "flex", flexDirection: "column", minWidth: 0 },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Problems grouped by kind, in the order the core lists kinds. */
export function groupProblems(
  problems: readonly CheckProblem[],
): { kind: ProblemKind; problems: CheckProblem[] }[] {
  return PROBLEM_KINDS.map((kind) => ({ kind, problems: problems.filter((p) => p.kind === kind) })).filter(
    (g) => g.problems.length > 0,
  );
}

/** Run the sheet check and browse its problems by kind, each one jumping to its cell. */
export function CheckView() {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const check = useCheck();
  const select = useSelectInSheet();
  const running = check.state.status === "running";
  return (
    <div className={styles.root}>
      <Caption1>{t(PANE_MESSAGES.checkIntro)}</Caption1>
      <Button
        appearance="primary"
        icon={running ? <Spinner size="extra-tiny" /> : <ClipboardTaskListLtrRegular />}
        disabled={running}
        onClick={() => void check.run()}
      >
        {t(running ? PANE_MESSAGES.checking : PANE_MESSAGES.runCheck)}
      </Button>
      {check.state.status === "failed" && (
        <ErrorBar error={check.state.error} onRetry={() => void check.run()} />
      )}
      {select.state.status === "failed" && <ErrorBar error={select.state.error} onDismiss={select.reset} />}
      {check.state.status === "done" && (
        <>
          <MessageBar intent={check.state.value.problems.length === 0 ? "success" : "warning"}>
            <MessageBarBody>
              {check.state.value.problems.length === 0
                ? t(PANE_MESSAGES.checkClean, { rows: check.state.value.checkedRows })
                : t(PANE_MESSAGES.checkFound, {
                    rows: check.state.value.checkedRows,
                    count: check.state.value.problems.length,
                  })}
            </MessageBarBody>
          </MessageBar>
          <Accordion multiple collapsible>
            {groupProblems(check.state.value.problems).map((group) => (
              <AccordionItem key={group.kind} value={group.kind}>
                <AccordionHeader size="small">
                  <span className={styles.header}>
                    {PROBLEM_KIND_LABELS[group.kind][locale]}
                    <CounterBadge
                      count={group.problems.length}
                      overflowCount={99999}
                      size="small"
                      color="informative"
                    />
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {group.problems.slice(0, SHOWN_PER_KIND).map((p) => (
                      <li key={`${p.address}-${p.kind}`}>
                        <Button
                          appearance="subtle"
                          className={styles.problem}
                          aria-label={t(PANE_MESSAGES.jumpToCell, {
                            address: p.address,
                            message: p.message[locale],
                          })}
                          onClick={() => void select.run(p.address)}
                        >
                          <span className={styles.problemBody}>
                            <Caption1 className={styles.muted}>
                              {t(PANE_MESSAGES.cellRef, { row: p.row, column: p.column })}
                            </Caption1>
                            <span>{p.message[locale]}</span>
                          </span>
                        </Button>
                      </li>
                    ))}
                    {group.problems.length > SHOWN_PER_KIND && (
                      <li className={styles.muted}>
                        {t(PANE_MESSAGES.moreRefusals, { count: group.problems.length - SHOWN_PER_KIND })}
                      </li>
                    )}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </div>
  );
}
