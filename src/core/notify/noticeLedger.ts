import type { CellValue, Grid } from "../grid";
import { cellText } from "../grid";
import type { PlannedNotice } from "./types";

/**
 * What was sent lives in the workbook, on a sheet of its own that OrderFlow hides (the user can unhide
 * it to read it). A sheet, not a custom XML part: co-authoring merges cells (two authors appending
 * rows at once lose at worst one row, i.e. one repeated notice, never a workbook) and every host since
 * ExcelApi 1.1 reads it; a table on the settings sheet would move the tables the lead edits.
 */
export const NOTICE_SHEET = "OrderFlowNotices";

export const NOTICE_HEADER = [
  "时间 Time",
  "订单号 Order",
  "类型 Kind",
  "键 Key",
  "收件人 To",
  "批注 Comment id",
  "操作人 By",
] as const;

export interface NoticeLedger {
  /** Order id → the id of the comment thread OrderFlow started (or replied to) on its id cell. */
  readonly threads: ReadonlyMap<string, string>;
  /** Keys of notices sent once and never again (overdue per order and stage). */
  readonly sent: ReadonlySet<string>;
}

export const EMPTY_LEDGER: NoticeLedger = { threads: new Map(), sent: new Set() };

/** Reads the ledger sheet's values (header row first); later rows win for an order's thread. */
export function loadNoticeLedger(grid: Grid): NoticeLedger {
  const threads = new Map<string, string>();
  const sent = new Set<string>();
  grid.forEach((row, index) => {
    if (index === 0) return;
    const orderId = cellText(row[1]);
    const key = cellText(row[3]);
    const comment = cellText(row[5]);
    if (orderId !== "" && comment !== "") threads.set(orderId, comment);
    if (key !== "") sent.add(key);
  });
  return { threads, sent };
}

/** The rows to append for posted notices (`commentIds[i]` is the thread notice i went to). */
export function ledgerRows(
  notices: readonly PlannedNotice[],
  commentIds: readonly string[],
  time: number,
  by: string,
): CellValue[][] {
  return notices.map((notice, i) => [
    time,
    notice.orderId,
    notice.kind,
    notice.key,
    notice.recipients.map((r) => r.name).join(", "),
    commentIds[i] ?? "",
    by,
  ]);
}
