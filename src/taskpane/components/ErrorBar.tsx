import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { PortError } from "../../core/port";
import { portErrorText } from "../format";
import { PANE_MESSAGES } from "../messages";
import { useLocale, useText } from "../state";

export interface ErrorBarProps {
  readonly error: PortError;
  readonly onRetry?: () => void;
  readonly onDismiss?: () => void;
}

/** A failure from the workbook: what happened and what to do, as a Fluent message bar. */
export function ErrorBar({ error, onRetry, onDismiss }: ErrorBarProps) {
  const { locale } = useLocale();
  const t = useText();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(PANE_MESSAGES.errorTitle)}</MessageBarTitle>
        {portErrorText(error, locale)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          onDismiss ? (
            <Button
              appearance="transparent"
              aria-label={t(PANE_MESSAGES.dismiss)}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          ) : undefined
        }
      >
        {onRetry ? <Button onClick={onRetry}>{t(PANE_MESSAGES.retry)}</Button> : undefined}
      </MessageBarActions>
    </MessageBar>
  );
}
