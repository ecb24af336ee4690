import type { CellValue } from "../../core/grid";
import { cellText, columnLetter, quoteSheet } from "../../core/grid";
import type { Locale } from "../../core/schema";
import type {
  NoticeCapability,
  NoticeChange,
  NoticeLedger,
  NoticeOrder,
  NoticeOutcome,
  NoticePlan,
  PlannedNotice,
} from "../../core/notify";
import {
  EMPTY_LEDGER,
  ledgerRows,
  loadNoticeLedger,
  NOTICE_HEADER,
  NOTICE_SHEET,
  planActionNotices,
  planOverdueNotices,
} from "../../core/notify";
import type { OrderRow } from "../../core/plan";
import { readOrderRows } from "../../core/plan";
import { parseDateTime } from "../../core/values";
import { localNow } from "./clock";
import { isApiSupported } from "./requirements";
import type { SheetLayout } from "./sheetLayout";
import { readLayoutIfSetUp, readRowsAt, sheetColumns } from "./sheetLayout";

/**
 * The team setting: absent or false — off (the default); a locale — on, comments in that language
 * (the language of whoever turned it on). A workbook setting, so co-authors share it.
 */
export const NOTIFY_SETTING = "OrderFlow.notify";

/**
 * What the running Excel can do for notifications, detected at run time:
 * - comments need ExcelApi 1.10 and @mentions 1.11
 *   (https://learn.microsoft.com/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1));
 * - a mention e-mails the person only in a workbook stored in OneDrive/SharePoint
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-comments, "mentions"). An add-in can
 *   not ask Excel that; `Office.context.document.url` is the best hint (https for a cloud document, a file
 *   path for a local one; Excel on the web is always cloud). Whether the person is in reach of the tenant,
 *   or whether the mail arrives, nobody can detect: docs/TESTING.md has the manual check.
 */
export function noticeCapability(): NoticeCapability {
  const comments = isApiSupported("1.10");
  const mentions = comments && isApiSupported("1.11");
  let cloud: NoticeCapability["cloud"] = "unknown";
  try {
    const url = Office.context.document?.url ?? "";
    if (Office.context.platform === Office.PlatformType.OfficeOnline || /^https:\/\//i.test(url))
      cloud = "yes";
    else if (url !== "") cloud = "no";
  } catch {
    cloud = "unknown";
  }
  return { comments, mentions, cloud };
}

const OFF: Omit<NoticeOutcome, "capability"> = { enabled: false, posted: 0, notPosted: 0, skipped: [] };

/** The team setting as the pane shows it: on with its language, or off. */
export async function readNotifySetting(context: Excel.RequestContext): Promise<Locale | null> {
  const item = context.workbook.settings.getItemOrNullObject(NOTIFY_SETTING);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return null;
  const value: unknown = item.value;
  return value === "zh-CN" || value === "en-US" ? value : null;
}

/**
 * After an action's writes succeeded: the comments it calls for, in their own `Excel.run`, so a
 * comment that fails can never undo or fail the action — the outcome says what was not posted.
 * `changes` are the action's log entries, `rows` the 0-based sheet rows it acted on.
 */
export async function postActionNotices(
  changes: readonly NoticeChange[],
  rows: readonly number[],
): Promise<NoticeOutcome> {
  const capability = noticeCapability();
  // An order handed to the person acting (routing gave the packer the order they scanned) tells nobody:
  // no request at all then, not even the setting's.
  const relevant = changes.some(
    (c) => c.to.trim() !== "" && ((c.field === "owner" && c.to !== c.by) || c.field === "problem"),
  );
  if (!relevant) {
    const self = changes.filter((c) => c.field === "owner" && c.to.trim() !== "" && c.to === c.by);
    const skipped = self.map((c) => ({ orderId: c.orderId, name: c.to, reason: "self" as const }));
    return { ...OFF, capability, skipped };
  }
  const by = changes[0]?.by ?? "";
  return postSafely(capability, by, async (context, read) => {
    const mapped = await readRowsAt(context, read.sheet, read.layout, rows);
    const orders = noticeOrders(readOrderRows(mapped, read.layout.settings.workflow));
    return planActionNotices(changes, new Map(orders.map((o) => [o.orderId, o])), read.noticeContext);
  });
}

/**
 * The overdue notices that became due since the last run (the workbook opening in the shared runtime,
 * the pane refreshing): every open order past due, each once per stage — the ledger in the workbook
 * says what any co-author's OrderFlow already sent.
 */
export async function postOverdueNotices(): Promise<NoticeOutcome> {
  const capability = noticeCapability();
  return postSafely(capability, "", async (context, read) => {
    const { layout } = read;
    const all = Array.from({ length: layout.lastRow - layout.headerRow }, (_, i) => layout.headerRow + 1 + i);
    const mapped = await readRowsAt(context, read.sheet, layout, all);
    const orders = noticeOrders(readOrderRows(mapped, layout.settings.workflow));
    return planOverdueNotices(orders, localNow().serial, read.noticeContext);
  });
}

interface NoticeRead {
  readonly layout: SheetLayout;
  readonly sheet: Excel.Worksheet;
  readonly noticeContext: { team: SheetLayout["settings"]["team"]; locale: Locale; ledger: NoticeLedger };
  readonly ledgerRow: number;
  /** Who acted ("" for overdue rounds), for the ledger. */
  readonly by: string;
}

/** Reads setting, layout and ledger, plans, posts; never throws. */
async function postSafely(
  capability: NoticeCapability,
  by: string,
  plan: (context: Excel.RequestContext, read: NoticeRead) => Promise<NoticePlan>,
): Promise<NoticeOutcome> {
  let planned = 0;
  try {
    return await Excel.run(async (context) => {
      const locale = await readNotifySetting(context);
      if (locale === null) return { ...OFF, capability };
      const found = await readLayoutIfSetUp(context);
      if (!found) return { ...OFF, capability };
      const ledgerSheet = context.workbook.worksheets.getItemOrNullObject(NOTICE_SHEET);
      const used = ledgerSheet.getUsedRangeOrNullObject(true);
      used.load("values,rowCount");
      await context.sync();
      const ledger = used.isNullObject ? EMPTY_LEDGER : loadNoticeLedger(used.values as CellValue[][]);
      const read: NoticeRead = {
        ...found,
        noticeContext: { team: found.layout.settings.team, locale, ledger },
        ledgerRow: used.isNullObject ? 0 : used.rowCount,
        by,
      };
      const { notices, skipped } = await plan(context, read);
      planned = notices.length;
      const outcome = { enabled: true, capability, skipped };
      if (notices.length === 0) return { ...outcome, posted: 0, notPosted: 0 };
      if (!capability.comments) return { ...outcome, posted: 0, notPosted: notices.length };
      const posted = await postNotices(context, read, notices, capability);
      return { ...outcome, posted, notPosted: notices.length - posted };
    });
  } catch {
    // A comment is a courtesy: the action stands, the pane says the notices did not go out.
    return { enabled: true, capability, posted: 0, notPosted: planned, skipped: [] };
  }
}

/** One notice order per order id: its first line's row, stage, due time, owner and problem. */
function noticeOrders(rows: readonly OrderRow[]): NoticeOrder[] {
  const utcOffsetMinutes = localNow().utcOffsetMinutes;
  const byId = new Map<string, NoticeOrder>();
  for (const row of rows) {
    if (row.orderId === "" || row.idCorrupted || byId.has(row.orderId)) continue;
    const due = parseDateTime(row.cell("due"), { utcOffsetMinutes });
    byId.set(row.orderId, {
      orderId: row.orderId,
      row: row.sheetRow,
      stageKey: row.stage?.key ?? null,
      stageLabel: row.stage?.label ?? null,
      open: row.stage?.open ?? false,
      due: due.kind === "ok" ? due.serial : null,
      owner: row.owner,
      problem: row.problem,
    });
  }
  return [...byId.values()];
}

/**
 * Posts in as few syncs as it can: one to check the recorded threads still exist, one for every
 * comment, reply and ledger row together. If that sync fails (a user's own thread sits on an id cell,
 * a thread vanished in between), each notice is tried on its own, joining the cell's thread when it
 * has one, so one bad cell does not silence the others. Returns how many were posted.
 */
async function postNotices(
  context: Excel.RequestContext,
  read: NoticeRead,
  notices: readonly PlannedNotice[],
  capability: NoticeCapability,
): Promise<number> {
  const comments = context.workbook.comments;
  const threads = [...new Set(notices.map((n) => n.replyTo).filter((id): id is string => id !== null))];
  const alive = new Set<string>();
  if (threads.length > 0) {
    if (isApiSupported("1.14")) {
      const probes = threads.map((id) => [id, comments.getItemOrNullObject(id)] as const);
      await context.sync();
      for (const [id, probe] of probes) if (!probe.isNullObject) alive.add(id);
    } else {
      comments.load("items/id");
      await context.sync();
      for (const c of comments.items) alive.add(c.id);
    }
  }
  const columns = sheetColumns(read.layout);
  const idColumn = columns.orderId ?? read.layout.origin.column;
  const address = (n: PlannedNotice): string =>
    `${quoteSheet(read.layout.sheetName)}!${columnLetter(idColumn)}${n.row + 1}`;
  const ready = notices.map((n) =>
    n.replyTo !== null && !alive.has(n.replyTo) ? { ...n, replyTo: null } : n,
  );
  const ledgerSheet = await ensureLedgerSheet(context, read.ledgerRow);
  let nextRow = Math.max(read.ledgerRow, 1);

  const queue = (n: PlannedNotice): (() => string) => {
    const body = capability.mentions ? n.content : n.text;
    const type = capability.mentions ? "Mention" : "Plain";
    if (n.replyTo !== null) {
      comments.getItem(n.replyTo).replies.add(body as Excel.CommentRichContent, type);
      const id = n.replyTo;
      return () => id;
    }
    const made = comments.add(address(n), body as Excel.CommentRichContent, type);
    made.load("id");
    return () => made.id;
  };
  const writeLedger = (posted: readonly PlannedNotice[], ids: readonly string[]): void => {
    const rows = ledgerRows(posted, ids, localNow().serial, read.by);
    const range = ledgerSheet.getRangeByIndexes(nextRow, 0, rows.length, NOTICE_HEADER.length);
    // Text, so a long order id is not rounded to a number.
    range.numberFormat = rows.map(() => ["yyyy-mm-dd hh:mm", ...NOTICE_HEADER.slice(1).map(() => "@")]);
    range.values = rows.map((r) => r.map((v) => (typeof v === "number" ? v : cellText(v))));
  };

  try {
    const ids = ready.map(queue);
    await context.sync();
    writeLedger(
      ready,
      ids.map((id) => id()),
    );
    await context.sync();
    return ready.length;
  } catch {
    // One at a time below.
  }
  // Real Excel may have applied part of the failed batch (a sync is not a transaction), so each notice
  // first looks whether it is already there before posting it.
  let posted = 0;
  for (const n of ready) {
    try {
      const id = await postOne(context, n, address(n), capability);
      writeLedger([n], [id]);
      nextRow += 1;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      posted += 1;
    } catch {
      // This notice is not posted; the others still get their turn.
    }
  }
  return posted;
}

/** The notice's text after its mentions, to recognise it in a thread. */
function tailOf(n: PlannedNotice): string {
  return n.text.slice(n.recipients.map((r) => `@${r.name}`).join(" ").length).trim();
}

/**
 * One notice on its own: a reply to its thread, else a new thread on the id cell, else (the cell has
 * someone's thread) a reply to that one — one thread per order. Skips what is already there.
 */
async function postOne(
  context: Excel.RequestContext,
  n: PlannedNotice,
  cell: string,
  capability: NoticeCapability,
): Promise<string> {
  const comments = context.workbook.comments;
  const body = (capability.mentions ? n.content : n.text) as Excel.CommentRichContent;
  const type = capability.mentions ? "Mention" : "Plain";
  const tail = tailOf(n);
  const replyOnce = async (thread: Excel.Comment, own: string): Promise<void> => {
    thread.replies.load("items/content");
    await context.sync();
    const last = thread.replies.items[thread.replies.items.length - 1];
    const lastText = last ? last.content : own;
    if (lastText.endsWith(tail)) return;
    thread.replies.add(body, type);
    await context.sync();
  };
  if (n.replyTo !== null) {
    // Already there only if it is the thread's last reply.
    await replyOnce(comments.getItem(n.replyTo), "");
    return n.replyTo;
  }
  const existing = comments.getItemByCell(cell);
  existing.load("id,content");
  try {
    await context.sync();
  } catch {
    // No thread on the cell (ItemNotFound, office-js #1416): start one.
    const made = comments.add(cell, body, type);
    made.load("id");
    await context.sync();
    return made.id;
  }
  await replyOnce(existing, existing.content);
  return existing.id;
}

/** The ledger sheet, created hidden with its header when missing (its own sync, once per workbook). */
async function ensureLedgerSheet(context: Excel.RequestContext, usedRows: number): Promise<Excel.Worksheet> {
  if (usedRows > 0) return context.workbook.worksheets.getItem(NOTICE_SHEET);
  let sheet = context.workbook.worksheets.getItemOrNullObject(NOTICE_SHEET);
  await context.sync();
  if (sheet.isNullObject) {
    sheet = context.workbook.worksheets.add(NOTICE_SHEET);
    sheet.visibility = "Hidden";
  }
  sheet.getRangeByIndexes(0, 0, 1, NOTICE_HEADER.length).values = [[...NOTICE_HEADER]];
  await context.sync();
  return sheet;
}

/** Overdue rounds run at most this often per runtime (the pane refreshes after every change). */
const OVERDUE_ROUND_MS = 5 * 60 * 1000;
let lastRoundStarted = -Infinity;
let round: Promise<NoticeOutcome | null> = Promise.resolve(null);

/**
 * Starts an overdue round in the background unless one ran in the last five minutes: when the
 * workbook opens (shared runtime start) and when the pane refreshes. Never awaited by the caller.
 */
export function postOverdueNoticesSoon(now: number = Date.now()): void {
  if (now - lastRoundStarted < OVERDUE_ROUND_MS) return;
  lastRoundStarted = now;
  round = round.then(() => postOverdueNotices()).catch(() => null);
}

/** The background round's outcome (tests wait for it); null before the first round. */
export function overdueRound(): Promise<NoticeOutcome | null> {
  return round;
}

/** Lets the next `postOverdueNoticesSoon` run at once (tests; a setting switched on). */
export function resetOverdueRounds(): void {
  lastRoundStarted = -Infinity;
}
