import type { ErrorInfo, ReactNode } from "react";
import { Component } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { translate } from "../../core/i18n/translate";
import type { Locale } from "../../core/schema";
import { PANE_MESSAGES } from "../messages";

export interface ErrorBoundaryProps {
  readonly locale: Locale;
  readonly children: ReactNode;
  /** Where a caught error is reported (the console by default); never shown to the user. */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  readonly failed: boolean;
}

/**
 * Catches a render error anywhere below and shows a calm message with a way back instead of a blank
 * pane or a stack trace. A class because React offers error boundaries only as class components.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (this.props.onError) this.props.onError(error, info);
    else console.error("OrderFlow pane error", error, info.componentStack);
  }

  private readonly reset = (): void => this.setState({ failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { locale } = this.props;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{translate(PANE_MESSAGES.crashTitle, locale)}</MessageBarTitle>
          {translate(PANE_MESSAGES.crashBody, locale)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.reset}>{translate(PANE_MESSAGES.reloadPane, locale)}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
