import type { Message, MessageParams } from "../core/i18n/translate";
import type { Result } from "../core/result";
import { commandMessages } from "./messages";

/** The part of `Office.AddinCommands.Event` a ribbon handler uses; tests pass a fake. */
export interface CommandEvent {
  completed(): void;
}

export interface RefreshSummary {
  /** The reviewed week, `2026-W47`. */
  readonly week: string;
  /** Rows in the generated problem-orders table (one per problem). */
  readonly problems: number;
}

/** The refresh failed; `detail` says why in words the user can read. */
export interface RefreshError {
  readonly kind: "failed";
  readonly detail: string;
}

/** A message for the user plus the values for its `{placeholders}`. */
export interface Notice {
  readonly message: Message;
  readonly params: MessageParams;
}

export interface RefreshHandlerDeps {
  /** Rebuilds the Weekly review sheet (one Excel.run in the Office adapter). */
  readonly refresh: () => Promise<Result<RefreshSummary, RefreshError>>;
  /** Shows a notice to the user; may fail (the pane cannot open), which the handler tolerates. */
  readonly notify: (notice: Notice) => Promise<void> | void;
}

function noticeFor(outcome: Result<RefreshSummary, RefreshError>): Notice {
  return outcome.ok
    ? {
        message: commandMessages.reviewRefreshed,
        params: { week: outcome.value.week, problems: outcome.value.problems },
      }
    : { message: commandMessages.reviewFailed, params: { detail: outcome.error.detail } };
}

/**
 * The "Refresh weekly review" ribbon handler. It always calls `event.completed()` (in `finally`):
 * otherwise Office keeps the button busy and queues later clicks. A thrown error becomes a notice.
 */
export function makeRefreshHandler(deps: RefreshHandlerDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      let notice: Notice;
      try {
        notice = noticeFor(await deps.refresh());
      } catch (error) {
        notice = {
          message: commandMessages.reviewFailed,
          params: { detail: error instanceof Error ? error.message : String(error) },
        };
      }
      await deps.notify(notice);
    } catch (error) {
      // Nowhere left to show it (the pane would not open): keep it for the developer console.
      console.error("OrderFlow: refreshWeeklyReview could not notify the user", error);
    } finally {
      event.completed();
    }
  };
}
