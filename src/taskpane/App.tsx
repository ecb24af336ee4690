import { useSyncExternalStore } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { NoticeBoard } from "../commands";
import type { Catalog } from "../core/i18n/translate";
import { translate } from "../core/i18n/translate";
import type { Locale } from "../core/schema";

// The shell's few strings. The real pane (a later issue) moves them into src/taskpane/messages.ts.
const shellMessages = {
  productName: { "zh-CN": "订单流 OrderFlow", "en-US": "OrderFlow" },
  loading: { "zh-CN": "订单流正在读取你的表格…", "en-US": "OrderFlow is loading your sheet…" },
  dismiss: { "zh-CN": "关闭", "en-US": "Dismiss" },
} as const satisfies Catalog;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  logo: { width: "32px", height: "32px" },
});

export interface AppProps {
  readonly locale: Locale;
  /** Notices posted by the ribbon commands (same shared runtime). */
  readonly notices: NoticeBoard;
}

/** The minimal pane: product name, a loading line, and the latest ribbon notice. */
export function App({ locale, notices }: AppProps) {
  const styles = useStyles();
  const notice = useSyncExternalStore(notices.subscribe, notices.current);
  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Subtitle1 as="h1">{translate(shellMessages.productName, locale)}</Subtitle1>
      </header>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{translate(notice.message, locale, notice.params)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={translate(shellMessages.dismiss, locale)}
                icon={<DismissRegular />}
                onClick={notices.clear}
              />
            }
          />
        </MessageBar>
      )}
      <Spinner size="small" labelPosition="after" label={translate(shellMessages.loading, locale)} />
    </main>
  );
}
