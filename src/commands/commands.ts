// Entry of the ribbon functions (webpack chunk "commands", loaded by taskpane.html: with the shared
// runtime the function file IS the task pane page). Keep it thin: the handlers live in testable modules.
import type { Notice } from "./makeRefreshHandler";
import { makeRefreshHandler } from "./makeRefreshHandler";
import { commandNotices } from "./noticeBoard";
import { refreshLastCompleteWeek } from "./refreshLastCompleteWeek";

/**
 * Excel has no notification bar for add-ins (Outlook's notificationMessages is mailbox-only), so a
 * command tells the user through the task pane: post the notice, then show the pane (SharedRuntime 1.1).
 */
async function notifyInPane(notice: Notice): Promise<void> {
  commandNotices.post(notice);
  await Office.addin.showAsTaskpane();
}

const refreshWeeklyReview = makeRefreshHandler({
  refresh: () => refreshLastCompleteWeek(),
  notify: notifyInPane,
});

void Office.onReady(() => {
  // The handler never rejects (it catches and always calls event.completed()), so the promise is dropped.
  Office.actions.associate("refreshWeeklyReview", (event: Office.AddinCommands.Event) => {
    void refreshWeeklyReview(event);
  });
});
