import { useEffect, useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular, DismissRegular } from "@fluentui/react-icons";
import type { ApplySettingsSummary } from "../../core/port";
import { ErrorBar } from "../components";
import type { Task } from "../state";
import { useApplySettings, usePort, useText } from "../state";
import { APPLY_SETTINGS_MESSAGES as M } from "./applySettingsMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

/** What Apply settings did, in a polite live region so a screen reader hears it. */
function ApplyOutcome({ task }: { readonly task: Task<[], ApplySettingsSummary> }) {
  const t = useText();
  const { state } = task;
  return (
    <div aria-live="polite" role="status">
      {state.status === "running" && <Caption1>{t(M.applying)}</Caption1>}
      {state.status === "failed" && <ErrorBar error={state.error} onDismiss={task.reset} />}
      {state.status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{outcomeText(state.value, t)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function outcomeText(summary: ApplySettingsSummary, t: ReturnType<typeof useText>): string {
  if (summary.upToDate) return t(M.upToDate);
  const what = [
    summary.changedHighlights ? t(M.whatHighlights) : null,
    summary.changedDropdowns > 0 ? t(M.whatDropdowns) : null,
    summary.changedLists ? t(M.whatLists) : null,
  ]
    .filter((w): w is string => w !== null)
    .join(t(M.listSeparator));
  return t(M.applied, { highlights: summary.highlights, dropdowns: summary.dropdowns, what });
}

/** The Team tab's section: what Apply settings is for, its button and its result. */
export function ApplySettingsSection() {
  const styles = useStyles();
  const t = useText();
  const task = useApplySettings();
  const running = task.state.status === "running";
  return (
    <section className={styles.root} aria-label={t(M.title)}>
      <Caption1>{t(M.intro)}</Caption1>
      <Button
        className={styles.button}
        icon={running ? <Spinner size="extra-tiny" /> : <ArrowSyncRegular />}
        disabled={running}
        onClick={() => void task.run()}
      >
        {t(M.apply)}
      </Button>
      <ApplyOutcome task={task} />
    </section>
  );
}

/**
 * Offered at the top of the pane when someone edits the settings sheet: one click applies the
 * settings; dismissing it waits for the next edit.
 */
export function ApplySettingsOffer() {
  const t = useText();
  const port = usePort();
  const [changed, setChanged] = useState(false);
  const task = useApplySettings();
  const { reset } = task;
  useEffect(() => {
    let stop: (() => void) | null = null;
    let gone = false;
    void port
      .onSettingsChanged(() => {
        setChanged(true);
        reset();
      })
      .then((unsubscribe) => {
        if (gone) unsubscribe();
        else stop = unsubscribe;
      });
    return () => {
      gone = true;
      stop?.();
    };
  }, [port, reset]);
  if (!changed) return null;
  const running = task.state.status === "running";
  if (task.state.status === "done" || task.state.status === "failed")
    return (
      <div>
        <ApplyOutcome task={task} />
        <Button size="small" appearance="subtle" onClick={() => setChanged(false)}>
          {t(M.dismiss)}
        </Button>
      </div>
    );
  return (
    <MessageBar intent="info" role="status" aria-live="polite">
      <MessageBarBody>{t(M.offer)}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t(M.dismiss)}
            icon={<DismissRegular />}
            onClick={() => setChanged(false)}
          />
        }
      >
        <Button
          size="small"
          appearance="primary"
          disabled={running}
          icon={running ? <Spinner size="extra-tiny" /> : <ArrowSyncRegular />}
          onClick={() => void task.run()}
        >
          {t(M.apply)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
