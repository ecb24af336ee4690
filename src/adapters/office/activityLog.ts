import type { CellValue } from "../../core/grid";
import type { ActivityEntry } from "../../core/plan";
import { ACTIVITY_HEADER, ACTIVITY_SHEET, ACTIVITY_TABLE, activityRow } from "../../core/plan";
import { areaToAddress } from "./a1";
import { WRITE_CHUNK_CELLS } from "./writeCells";

/** Time as a date-time, every other column as text (ids, lines and statuses stay as written). */
const ROW_FORMAT = ["yyyy-mm-dd hh:mm:ss", ...ACTIVITY_HEADER.slice(1).map(() => "@")];

/**
 * Appends log rows to the Activity table, right below it (the table grows over rows written directly
 * beneath it: https://learn.microsoft.com/office/dev/add-ins/excel/performance#importing-data-into-tables),
 * in chunks. The sheet and table are created again if someone deleted them. Returns the rows added.
 */
export async function appendActivity(
  context: Excel.RequestContext,
  entries: readonly ActivityEntry[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const rows = entries.map(activityRow);
  const width = ACTIVITY_HEADER.length;
  let table = context.workbook.tables.getItemOrNullObject(ACTIVITY_TABLE);
  await context.sync();
  if (table.isNullObject) {
    let sheet = context.workbook.worksheets.getItemOrNullObject(ACTIVITY_SHEET);
    await context.sync();
    if (sheet.isNullObject) sheet = context.workbook.worksheets.add(ACTIVITY_SHEET);
    sheet.getRangeByIndexes(0, 0, 1, width).values = [ACTIVITY_HEADER.slice() as CellValue[]];
    table = sheet.tables.add(
      areaToAddress({ row: 0, column: 0, rowCount: 1, columnCount: width }, ACTIVITY_SHEET),
      true,
    );
    table.name = ACTIVITY_TABLE;
  }
  const body = table.getDataBodyRange();
  body.load("rowIndex,columnIndex,rowCount");
  const last = body.getLastRow();
  last.load("values");
  const sheet = table.worksheet;
  await context.sync();
  // A new table has one empty body row: fill it with the first entry on its own, then grow the table
  // from the row just below it (a write that starts inside the table and runs past it does not grow it).
  const firstEmpty = body.rowCount === 1 && (last.values[0] ?? []).every((v) => v === "" || v === null);
  let row = body.rowIndex + body.rowCount;
  let from = 0;
  if (firstEmpty) {
    const range = sheet.getRangeByIndexes(body.rowIndex, body.columnIndex, 1, width);
    range.numberFormat = [ROW_FORMAT];
    range.values = rows.slice(0, 1);
    from = 1;
    if (rows.length === 1) await context.sync();
  }
  const perChunk = Math.max(1, Math.floor(WRITE_CHUNK_CELLS / width));
  for (; from < rows.length; from += perChunk) {
    const chunk = rows.slice(from, from + perChunk);
    const range = sheet.getRangeByIndexes(row, body.columnIndex, chunk.length, width);
    // Formats first: Excel turns the text "35153131473293579" into a rounded number unless the cell is Text.
    range.numberFormat = chunk.map(() => ROW_FORMAT);
    range.values = chunk;
    row += chunk.length;
    // One sync per chunk keeps each request under the payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return rows.length;
}
