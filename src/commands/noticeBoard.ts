import type { Notice } from "./makeRefreshHandler";

/**
 * The last notice from a ribbon command, for the task pane to show. Ribbon functions and the pane run
 * in one shared runtime (manifest <Runtimes>), so a module-level board is enough; the pane subscribes
 * with React's useSyncExternalStore.
 */
export interface NoticeBoard {
  readonly post: (notice: Notice) => void;
  /** Removes the current notice (the user dismissed it). */
  readonly clear: () => void;
  readonly current: () => Notice | undefined;
  /** Calls `listener` after every change; returns the unsubscribe function (useSyncExternalStore's shape). */
  readonly subscribe: (listener: () => void) => () => void;
}

/** A new, empty board. */
export function createNoticeBoard(): NoticeBoard {
  let notice: Notice | undefined;
  const listeners = new Set<() => void>();
  const emit = (): void => {
    for (const listener of [...listeners]) listener();
  };
  return {
    post: (next) => {
      notice = next;
      emit();
    },
    clear: () => {
      notice = undefined;
      emit();
    },
    current: () => notice,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The board shared by src/commands and src/taskpane in the running add-in. */
export const commandNotices: NoticeBoard = createNoticeBoard();
