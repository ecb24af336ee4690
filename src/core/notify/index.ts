export { describeCapability, describeNoticeOutcome } from "./describeNoticeOutcome";
export {
  findMentions,
  mentionedRows,
  mentionsPerson,
  type CommentThread,
  type MentionedPerson,
  type MentionsRead,
} from "./findMentions";
export {
  EMPTY_LEDGER,
  ledgerRows,
  loadNoticeLedger,
  NOTICE_HEADER,
  NOTICE_SHEET,
  type NoticeLedger,
} from "./noticeLedger";
export { planActionNotices, planOverdueNotices } from "./planNotices";
export type {
  NoticeCapability,
  NoticeOutcome,
  NoticeChange,
  NoticeOrder,
  NoticePlan,
  PlannedNotice,
} from "./types";
