import type { PackingSlipsPlan } from "../../core/warehouse";

/** Column widths of a slip in characters (label, value, label, value), as on the Office sheet. */
const SLIP_COLUMN_CHARS = [12, 34, 12, 20] as const;

/**
 * The packing slips as an XLSX file (exceljs): the same cells as the Office sheet, text-formatted, with
 * its print setup — A4 portrait, fit to one page wide, page numbers in the footer and a page break above
 * each page's first slip — so the file prints (or converts to PDF) the way Excel would print the sheet.
 * The barcodes are not drawn here (the Office sheet draws them as filled cells).
 */
export async function writePackingSlipsXlsx(plan: PackingSlipsPlan): Promise<Uint8Array> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(plan.sheetName, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    headerFooter: { oddHeader: `&C${plan.sheetName}`, oddFooter: "&C&P / &N" },
  });
  SLIP_COLUMN_CHARS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  plan.grid.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      // Text as text: an id keeps its digits and a note starting with "=" stays a note.
      cell.numFmt = "@";
      cell.value = typeof value === "number" ? value : value === null || value === false ? "" : String(value);
    });
  });
  for (const { row, column } of plan.bold) sheet.getRow(row + 1).getCell(column + 1).font = { bold: true };
  // exceljs breaks after a row: the row above each page's first slip carries the break.
  for (const first of plan.pageBreaks) sheet.getRow(first).addPageBreak();
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
