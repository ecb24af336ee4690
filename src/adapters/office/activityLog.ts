import type { CellValue } from "../../core/grid";
import type { ActivityEntry } from "../../core/plan";
import { ACTIVITY_HEADER, ACTIVITY_SHEET, ACTIVITY_TABLE, activityRow } from "../../core/plan";
import { areaToAddress } from "./a1";
import { AdapterFailure } from "./adapterError";
import { literalText } from "./literalText";
import { WRITE_CHUNK_CELLS } from "./writeCells";

/** Time as a date-time, every other column as text (ids, lines and statuses stay as written). */
export const ACTIVITY_ROW_FORMAT = ["yyyy-mm-dd hh:mm:ss", ...ACTIVITY_HEADER.slice(1).map(() => "@")];

/** The log table and how many body rows it had before this run appended. */
export interface ActivityTarget {
  readonly table: Excel.Table;
  /** Body rows with entries (a new table's one empty row does not count). */
  readonly rowsBefore: number;
  readonly emptyFirstRow: boolean;
  /** Sheet coordinates of the body's first cell. */
  readonly bodyRow: number;
  readonly bodyColumn: number;
}

/** Finds (or creates) the Activity table and counts its rows. */
export async function openActivity(context: Excel.RequestContext): Promise<ActivityTarget> {
  let table = context.workbook.tables.getItemOrNullObject(ACTIVITY_TABLE);
  await context.sync();
  if (table.isNullObject) {
    // The sheet and table are created again if someone deleted them.
    let sheet = context.workbook.worksheets.getItemOrNullObject(ACTIVITY_SHEET);
    await context.sync();
    if (sheet.isNullObject) sheet = context.workbook.worksheets.add(ACTIVITY_SHEET);
    const width = ACTIVITY_HEADER.length;
    sheet.getRangeByIndexes(0, 0, 1, width).values = [ACTIVITY_HEADER.slice() as CellValue[]];
    table = sheet.tables.add(
      areaToAddress({ row: 0, column: 0, rowCount: 1, columnCount: width }, ACTIVITY_SHEET),
      true,
    );
    table.name = ACTIVITY_TABLE;
  }
  const body = table.getDataBodyRange();
  body.load("rowIndex,columnIndex");
  // rowCount's request also answers the body's load.
  const count = await rowCount(context, table);
  const { rowIndex: bodyRow, columnIndex: bodyColumn } = body;
  return {
    table,
    rowsBefore: count,
    emptyFirstRow: count === 0,
    bodyRow,
    bodyColumn,
  };
}

/** Body rows with entries (a new table's one empty row does not count), in one request. */
async function rowCount(context: Excel.RequestContext, table: Excel.Table): Promise<number> {
  const rows = table.rows;
  rows.load("count");
  const first = table.getDataBodyRange().getRow(0);
  first.load("values");
  await context.sync();
  const empty = rows.count === 1 && (first.values[0] ?? []).every((v) => v === "" || v === null);
  return empty ? 0 : rows.count;
}

/** Body rows with entries now in the target's table (for checking whether an append landed). */
export function activityRowCount(context: Excel.RequestContext, target: ActivityTarget): Promise<number> {
  return rowCount(context, target.table);
}

/**
 * Appends log rows through the Activity table (`TableRowCollection.add`): Excel picks the end when the
 * request runs, so two runs (or a co-author's add-in) can not write the same row, a Total Row stays below
 * the entries, and no auto-expansion bug can leave rows outside the table. Each chunk's `rows.add` is the
 * only write of its request, so a chunk lands whole or not at all; the row count is checked afterwards.
 * Returns the rows added.
 */
export async function appendActivity(
  context: Excel.RequestContext,
  entries: readonly ActivityEntry[],
  target?: ActivityTarget,
): Promise<number> {
  if (entries.length === 0) return 0;
  const open = target ?? (await openActivity(context));
  const rows = entries.map((entry) => activityRow(entry).map(textSafe));
  const width = ACTIVITY_HEADER.length;
  const { table } = open;
  let from = 0;
  if (open.emptyFirstRow) {
    // A new table has one empty body row: the first entry goes into it.
    const row = table.getDataBodyRange().getRow(0);
    row.values = rows.slice(0, 1);
    row.numberFormat = [ACTIVITY_ROW_FORMAT];
    from = 1;
    await context.sync();
  }
  const perChunk = Math.max(1, Math.floor(WRITE_CHUNK_CELLS / width));
  for (; from < rows.length; from += perChunk) {
    const chunk = rows.slice(from, from + perChunk);
    table.rows.add(undefined, chunk);
    // One sync per chunk keeps each request under the payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  // The time column's format for the added rows, in the request that checks the table grew.
  const start = open.bodyRow + open.rowsBefore + (open.emptyFirstRow ? 1 : 0);
  const added = rows.length - (open.emptyFirstRow ? 1 : 0);
  const check = table.rows;
  check.load("count");
  if (added > 0)
    table.worksheet.getRangeByIndexes(start, open.bodyColumn, added, 1).numberFormat = Array.from(
      { length: added },
      () => [ACTIVITY_ROW_FORMAT[0]!],
    );
  await context.sync();
  if (check.count < open.rowsBefore + rows.length)
    throw new AdapterFailure({ kind: "unexpected", code: "ActivityNotAppended", detail: ACTIVITY_TABLE });
  return rows.length;
}

/**
 * Text Excel would turn into something else (a number that loses digits, a date, a formula) gets the
 * apostrophe prefix, which keeps it text exactly as written; the log's time stays a number.
 */
function textSafe(value: CellValue, column: number): string | number | boolean {
  if (value === null) return "";
  if (column === 0 || typeof value !== "string" || value === "") return value;
  return literalText(value);
}
