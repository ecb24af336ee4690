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
import { UNDO_PER_REQUEST_MESSAGE } from "../../core/port";
import { outcomeText, refusalText } from "../format";
import { NoticeLines } from "../notify/NoticeLines";
import { PANE_MESSAGES } from "../messages";
import type { TaskState } from "../state";
import { useLocale, useText } from "../state";
import { ErrorBar } from "./ErrorBar";

const SHOWN_REFUSALS = 20;

/**
 * The outcome lives in a polite live region that stays on the page between actions, so every result
 * (and every failure) is read out wherever focus is, once, from the same text the eye sees.
 */
const LIVE = { role: "status", "aria-live": "polite", "aria-atomic": true } as const;

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
  const outcome = state.status === "done" ? outcomeText(state.value, locale) : null;
  if (state.status === "idle" || state.status === "running") return <div {...LIVE} />;
  if (state.status === "failed")
    return (
      <div {...LIVE}>
        <ErrorBar error={state.error} onDismiss={onDismiss} />
      </div>
    );
  const { refused } = state.value;
  const shown = outcome?.intent === "info" ? [] : refused;
  return (
    <div {...LIVE}>
      <MessageBar intent={outcome?.intent ?? "success"} layout="multiline">
        <MessageBarBody>
          {outcome?.summary}
          {state.value.applied > 0 && state.value.undo === "perRequest" && ` ${t(UNDO_PER_REQUEST_MESSAGE)}`}
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
          <NoticeLines outcome={state.value.notices} />
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
    </div>
  );
}
