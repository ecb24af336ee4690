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
import { refusalText } from "../format";
import { NoticeLines } from "../notify/NoticeLines";
import { PANE_MESSAGES } from "../messages";
import type { TaskState } from "../state";
import { useLocale, useText } from "../state";
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

/** What an action did: how many rows changed, and every refused row with its reason. */
export function ActionOutcome({ state, stages, onDismiss }: ActionOutcomeProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  if (state.status === "idle" || state.status === "running") return null;
  if (state.status === "failed") return <ErrorBar error={state.error} onDismiss={onDismiss} />;
  const { applied, refused } = state.value;
  const summary =
    refused.length === 0
      ? t(PANE_MESSAGES.appliedAll, { applied })
      : applied === 0
        ? t(PANE_MESSAGES.appliedNone, { refused: refused.length })
        : t(PANE_MESSAGES.appliedSome, { applied, refused: refused.length });
  return (
    <MessageBar
      intent={refused.length === 0 ? "success" : applied === 0 ? "error" : "warning"}
      layout="multiline"
    >
      <MessageBarBody>
        {summary}
        {refused.length > 0 && (
          <ul className={styles.list}>
            {refused.slice(0, SHOWN_REFUSALS).map((refusal) => (
              <li key={`${refusal.row}-${refusal.kind}`}>
                {t(PANE_MESSAGES.refusalLine, {
                  row: refusal.row,
                  orderId: refusal.orderId,
                  reason: refusalText(refusal, stages, locale),
                })}
              </li>
            ))}
            {refused.length > SHOWN_REFUSALS && (
              <li>{t(PANE_MESSAGES.moreRefusals, { count: refused.length - SHOWN_REFUSALS })}</li>
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
  );
}
