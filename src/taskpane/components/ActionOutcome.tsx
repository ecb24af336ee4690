import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { ActionResult, StageInfo } from "../../core/port";
import { useEffect } from "react";
import { outcomeText, portErrorText, refusalText } from "../format";
import { PANE_MESSAGES } from "../messages";
import type { TaskState } from "../state";
import { useAnnounce, useLocale, useText } from "../state";
import { ErrorBar } from "./ErrorBar";

const SHOWN_REFUSALS = 20;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface ActionOutcomeProps {
  readonly state: TaskState<ActionResult>;
  readonly stages: readonly StageInfo[];
  readonly onDismiss: () => void;
}

/** What an action did: how many rows changed, whom routing handed orders to, and every refused row with its reason. */
export function ActionOutcome({ state, stages, onDismiss }: ActionOutcomeProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const announce = useAnnounce();
  const outcome = state.status === "done" ? outcomeText(state.value, locale) : null;
  const spoken =
    state.status === "failed"
      ? portErrorText(state.error, locale)
      : outcome
        ? [outcome.summary, ...outcome.routed].join(" ")
        : "";
  // Every result is said through the live region, wherever focus is.
  useEffect(() => {
    if (spoken !== "") announce(spoken);
  }, [state, spoken, announce]);
  if (state.status === "idle" || state.status === "running") return null;
  if (state.status === "failed") return <ErrorBar error={state.error} onDismiss={onDismiss} />;
  const { refused } = state.value;
  const shown = outcome?.intent === "info" ? [] : refused;
  return (
    <MessageBar intent={outcome?.intent ?? "success"} layout="multiline">
      <MessageBarBody>
        {outcome?.summary}
        {outcome?.routed.map((line) => (
          <div key={line}>{line}</div>
        ))}
        {shown.length > 0 && (
          <ul className={styles.list}>
            {shown.slice(0, SHOWN_REFUSALS).map((refusal) => (
              <li key={`${refusal.row}-${refusal.kind}`}>
                {t(PANE_MESSAGES.refusalLine, {
                  row: refusal.row,
                  orderId: refusal.orderId,
                  reason: refusalText(refusal, stages, locale),
                })}
              </li>
            ))}
            {shown.length > SHOWN_REFUSALS && (
              <li>{t(PANE_MESSAGES.moreRefusals, { count: shown.length - SHOWN_REFUSALS })}</li>
            )}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t(PANE_MESSAGES.dismiss)}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
