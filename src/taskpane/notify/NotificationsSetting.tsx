import { Caption1, MessageBar, MessageBarBody, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { NoticeCapability } from "../../core/notify";
import { describeCapability } from "../../core/notify";
import type { WorkflowOptions } from "../../core/port";
import { ErrorBar } from "../components";
import { useLocale, useSetOptions, useText } from "../state";
import { NOTIFY_PANE_MESSAGES as M } from "./messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface NotificationsSettingProps {
  readonly options: WorkflowOptions;
  /** What this Excel can do (comments, mentions, cloud); unknown when the view does not say. */
  readonly capability?: NoticeCapability;
  readonly onSaved: () => void;
}

/**
 * The team switch for @mention notifications (off by default), stored in the workbook in the language
 * of whoever turns it on, and what this Excel can not do, said plainly.
 */
export function NotificationsSetting({ options, capability, onSaved }: NotificationsSettingProps) {
  const styles = useStyles();
  const t = useText();
  const { locale } = useLocale();
  const set = useSetOptions(onSaved);
  const on = options.notify != null;
  const limits = capability ? describeCapability(capability) : [];
  return (
    <section className={styles.root} aria-label={t(M.notifyTitle)}>
      <Caption1>{t(M.notifyTitle)}</Caption1>
      <Switch
        checked={on}
        disabled={set.state.status === "running" || capability?.comments === false}
        label={t(M.notifyOption)}
        onChange={(_, d) => void set.run({ notify: d.checked ? locale : null })}
      />
      {on && <Caption1>{t(M.notifyLanguage)}</Caption1>}
      {limits.map((message) => (
        <MessageBar key={message["en-US"]} intent="warning">
          <MessageBarBody>{t(message)}</MessageBarBody>
        </MessageBar>
      ))}
      {set.state.status === "failed" && <ErrorBar error={set.state.error} onDismiss={set.reset} />}
    </section>
  );
}
