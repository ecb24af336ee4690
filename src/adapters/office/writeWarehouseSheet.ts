import type { CellValue } from "../../core/grid";
import type { PrintSetup } from "../../core/port";
import { AdapterFailure } from "./adapterError";
import { areaToAddress } from "./a1";
import { isApiSupported } from "./requirements";

/** ExcelApi 1.9 brought `worksheet.pageLayout`, page breaks and shapes. */
export const PAGE_LAYOUT_API = "1.9";

export interface WarehouseSheet {
  readonly name: string;
  readonly grid: readonly (readonly CellValue[])[];
  readonly columnWidths: readonly number[];
  readonly bold: readonly { readonly row: number; readonly column: number }[];
  /** Row repeated at the top of every printed page (0-based), if any. */
  readonly titleRow?: number;
  /** Rows that start a new printed page (0-based). */
  readonly pageBreaks?: readonly number[];
  /** Centre header text (the title, in the team's language). */
  readonly header: string;
}

/**
 * Queues the replacement of a generated sheet (the old one deleted, a new one added with the same name)
 * and its print setup; the caller syncs. Every cell is formatted as text before it is written, so ids keep
 * their digits and no text from the order sheet is read as a formula. The page setup uses
 * `worksheet.pageLayout` (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout) and
 * `horizontalPageBreaks` (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection),
 * ExcelApi 1.9; without it the sheet is still written and `pageLayout` says "unsupported".
 */
export async function replaceWarehouseSheet(
  context: Excel.RequestContext,
  spec: WarehouseSheet,
): Promise<{ sheet: Excel.Worksheet; print: PrintSetup }> {
  const old = context.workbook.worksheets.getItemOrNullObject(spec.name);
  old.load("name");
  await context.sync();
  if (!old.isNullObject) {
    old.protection.load("protected");
    await context.sync();
    if (old.protection.protected) throw new AdapterFailure({ kind: "protectedSheet", sheet: spec.name });
    old.delete();
  }
  const sheet = context.workbook.worksheets.add(spec.name);
  const width = Math.max(1, ...spec.grid.map((row) => row.length), spec.columnWidths.length);
  const rows = spec.grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
  if (rows.length > 0) {
    const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
    range.numberFormat = rows.map((row) => row.map(() => "@"));
    range.values = rows;
  }
  spec.columnWidths.forEach((points, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
  });
  for (const cell of spec.bold) sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).format.font.bold = true;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;

  if (!isApiSupported(PAGE_LAYOUT_API)) return { sheet, print: { pageLayout: "unsupported" } };
  const layout = sheet.pageLayout;
  layout.orientation = "Portrait";
  layout.paperSize = "A4";
  // Fit every column on one page wide, as many pages tall as needed (0 = automatic).
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (spec.titleRow !== undefined) layout.setPrintTitleRows(`$${spec.titleRow + 1}:$${spec.titleRow + 1}`);
  // &P and &N are Excel's page number and page count codes.
  layout.headersFooters.defaultForAllPages.centerHeader = spec.header;
  layout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
  for (const row of spec.pageBreaks ?? [])
    sheet.horizontalPageBreaks.add(areaToAddress({ row, column: 0, rowCount: 1, columnCount: 1 }));
  return { sheet, print: { pageLayout: "applied" } };
}
