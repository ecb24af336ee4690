export type { Notice, RefreshError, RefreshHandlerDeps, RefreshSummary } from "./makeRefreshHandler";
export { makeRefreshHandler } from "./makeRefreshHandler";
export type { NoticeBoard } from "./noticeBoard";
export { commandNotices, createNoticeBoard } from "./noticeBoard";
export { commandMessages } from "./messages";
export { describePortError, refreshLastCompleteWeek } from "./refreshLastCompleteWeek";
export type { RefreshReview } from "./refreshLastCompleteWeek";
