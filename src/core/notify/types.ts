import type { Message } from "../i18n/translate";
import type { Field } from "../schema";

/** An order as a notice needs it, read after the action's writes. */
export interface NoticeOrder {
  readonly orderId: string;
  /** 0-based sheet row of the order's first line: its id cell holds the thread. */
  readonly row: number;
  readonly stageKey: string | null;
  /** The stage's name in both languages (the team's language is picked from it). */
  readonly stageLabel: Message | null;
  /** The stage is open (not shipped, done or cancelled). */
  readonly open: boolean;
  /** Excel serial, local time; null when not set. */
  readonly due: number | null;
  readonly owner: string;
  readonly problem: string;
}

/** One change an action made (an activity-log entry's fields that matter here). */
export interface NoticeChange {
  readonly orderId: string;
  readonly field: Field;
  readonly to: string;
  /** Who made it: the name picked in the pane ("" when nobody was picked). */
  readonly by: string;
}

/** A person to mention. */
export interface Recipient {
  readonly name: string;
  readonly email: string;
}

/** What Excel's `comments.add` / `replies.add` takes for a comment with mentions (ExcelApi 1.11). */
export interface MentionContent {
  /** `<at id="0">张伟</at> 订单 …` */
  readonly richContent: string;
  readonly mentions: readonly { readonly id: number; readonly name: string; readonly email: string }[];
}

/** One comment to post. */
export interface PlannedNotice {
  readonly kind: "action" | "overdue";
  readonly orderId: string;
  readonly row: number;
  readonly recipients: readonly Recipient[];
  /** The comment as plain text (`@张伟 订单 …`), for hosts without mentions. */
  readonly text: string;
  readonly content: MentionContent;
  /** The id of the order's thread to reply to; null to start one. */
  readonly replyTo: string | null;
  /** What the ledger remembers, so the notice is never sent twice (`overdue|A-1|packing|46000.5`). */
  readonly key: string;
  readonly stageKey: string | null;
}

/** A person a notice was not sent to, and why (the pane says so). */
export interface SkippedNotice {
  readonly orderId: string;
  readonly name: string;
  readonly reason: "self" | "noEmail" | "notOnTeam" | "inactive" | "alreadySent";
}

export interface NoticePlan {
  readonly notices: readonly PlannedNotice[];
  readonly skipped: readonly SkippedNotice[];
}

/**
 * What the running Excel can do, found at run time. Whether an e-mail actually leaves is not knowable
 * from an add-in: it takes a workbook in OneDrive/SharePoint, and the mentioned person in reach of
 * the tenant; `cloud` is only what the document's address suggests.
 */
export interface NoticeCapability {
  /** ExcelApi 1.10: threaded comments. */
  readonly comments: boolean;
  /** ExcelApi 1.11: @mentions (`Excel.ContentType.mention`); without them comments are plain text. */
  readonly mentions: boolean;
  /** The document's address is https (OneDrive/SharePoint) — "yes", a local path — "no", none — "unknown". */
  readonly cloud: "yes" | "no" | "unknown";
}

/** What happened to the notices of one action or one overdue round (the action itself stands either way). */
export interface NoticeOutcome {
  /** The team setting is on. */
  readonly enabled: boolean;
  readonly capability: NoticeCapability;
  readonly posted: number;
  /** Notices planned but not posted (Excel refused, the host lacks comments, a sync failed). */
  readonly notPosted: number;
  readonly skipped: readonly SkippedNotice[];
}
