import type { CellValue } from "../../core/grid";
import { cellText } from "../../core/grid";
import { workflowColumnOf } from "../../core/lifecycle";
import { TABLE_NAMES } from "../../core/plan";

/**
 * The settings tables' internal key columns that are shown (a workbook set up before setup hid them, or
 * the lead unhid one), as whole sheet columns for *Apply settings* to hide again. Keys are OrderFlow's: a
 * row without one gets a key from its names (loadWorkflow, loadReasons). Two syncs, reads only.
 */
export async function shownKeyColumns(context: Excel.RequestContext): Promise<Excel.Range[]> {
  const headers = [TABLE_NAMES.lifecycle, TABLE_NAMES.reasons].map((name) =>
    context.workbook.tables.getItemOrNullObject(name),
  );
  await context.sync();
  const rows = headers
    .filter((table) => !table.isNullObject)
    .map((table) => {
      const header = table.getHeaderRowRange();
      header.load("values");
      return header;
    });
  if (rows.length === 0) return [];
  await context.sync();
  const keys = rows.flatMap((header) => {
    const titles = (header.values as CellValue[][])[0] ?? [];
    const index = titles.findIndex((title) => workflowColumnOf(cellText(title)) === "key");
    if (index < 0) return [];
    const column = header.getCell(0, index).getEntireColumn();
    column.load("columnHidden");
    return [column];
  });
  if (keys.length === 0) return [];
  await context.sync();
  return keys.filter((column) => column.columnHidden !== true);
}
