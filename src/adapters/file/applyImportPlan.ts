import { promises as fs } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { shiftFormulaRows } from "../../core/import";
import { columnLetter } from "../../core/grid";
import type { ImportPlan } from "../../core/import";
import { ACTIVITY_HEADER, ACTIVITY_SHEET, ACTIVITY_TABLE, activityRow } from "../../core/plan";
import { carryAddinParts } from "./carryAddinParts";
import type { LoadedTable } from "./teamWorkbook";
import { decodeCell, findTable } from "./teamWorkbook";

export interface AppliedImport {
  readonly cellsWritten: number;
  readonly rowsAppended: number;
  readonly logRows: number;
}

/**
 * What ExcelJS keeps of a loaded sheet that its typings do not declare: validation per cell address and
 * the conditional-format blocks (a space-separated `ref` each).
 */
interface SheetModel {
  readonly dataValidations: { readonly model: Record<string, ExcelJS.DataValidation | undefined> };
  readonly conditionalFormattings: { ref: string }[];
}

const LOG_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/**
 * Applies an import plan to a loaded team workbook: marketplace-owned cells of existing rows, new rows
 * below the last order row with the formats and dropdowns of the row above them, the order table and
 * the highlight rules grown over the new rows, and the log rows appended to the Activity table. Text is
 * written as text (a string cell is never a formula in the file library), ids keep every digit.
 */
export function applyImportPlan(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  plan: ImportPlan,
): AppliedImport {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`sheet ${sheetName} vanished between read and write`);
  let cellsWritten = 0;
  let formulas = 0;
  for (const write of plan.updates) {
    write.values.forEach((values, r) => {
      values.forEach((value, c) => {
        sheet.getCell(write.area.row + r + 1, write.area.column + c + 1).value = value;
        cellsWritten++;
      });
    });
  }

  const { row: firstNew, column: firstColumn, values: rows } = plan.append;
  if (rows.length > 0) {
    // 1-based row of the last existing order row (the header when the sheet had none): the template.
    const template = firstNew;
    const validations = (sheet as unknown as SheetModel).dataValidations.model;
    const templateRow = sheet.getRow(template);
    rows.forEach((values, r) => {
      const target = sheet.getRow(firstNew + r + 1);
      values.forEach((value, c) => {
        const column = firstColumn + c + 1;
        const cell = target.getCell(column);
        if (template > 1) {
          const above = templateRow.getCell(column);
          cell.style = above.style;
          const validation = validations[above.address];
          if (validation) validations[cell.address] = validation;
        }
        if (value !== null) {
          cell.value = value;
          cellsWritten++;
        } else if (template > 1) {
          // The team's formula columns (profit, days open …) continue on the new rows, as Excel
          // fills a table's calculated column.
          const formula = templateRow.getCell(column).formula;
          if (formula) {
            cell.value = { formula: shiftFormulaRows(formula, r + 1) };
            formulas++;
          }
        }
      });
    });
    // Written formulas have no cached result: ask the spreadsheet to calculate on open.
    if (formulas > 0) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
    const lastNew = firstNew + rows.length;
    growTables(sheet, template, lastNew);
    growHighlights(sheet, template, lastNew);
  }

  const logRows = appendLog(workbook, plan);
  return { cellsWritten, rowsAppended: rows.length, logRows };
}

/** Tables whose last row is the template row reach down to the last new row. */
function growTables(sheet: ExcelJS.Worksheet, template: number, lastNew: number): void {
  const tables = (sheet as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {};
  for (const { table } of Object.values(tables)) {
    const ref = table.tableRef ?? table.ref;
    if (!ref || table.totalsRow) continue;
    const [from = "A1", to = from] = ref.split(":");
    const end = decodeCell(to);
    if (end.row + 1 !== template) continue;
    const grown = `${from}:${columnLetter(end.column)}${lastNew}`;
    table.tableRef = grown;
    if (table.autoFilterRef) table.autoFilterRef = grown;
  }
}

/** Highlight rules over the order rows (ending on the template row) cover the new rows too. */
function growHighlights(sheet: ExcelJS.Worksheet, template: number, lastNew: number): void {
  for (const rule of (sheet as unknown as SheetModel).conditionalFormattings) {
    rule.ref = rule.ref
      .split(/\s+/)
      .map((range) => {
        const [from = "A1", to = from] = range.split(":");
        const start = decodeCell(from);
        const end = decodeCell(to);
        if (end.row + 1 !== template || start.row + 1 > template) return range;
        return `${from}:${columnLetter(end.column)}${lastNew}`;
      })
      .join(" ");
  }
}

/** Log rows go below the Activity table (grown over them), or into a new Activity sheet and table. */
function appendLog(workbook: ExcelJS.Workbook, plan: ImportPlan): number {
  if (plan.log.length === 0) return 0;
  const rows = plan.log.map(activityRow);
  const found = findTable(workbook, ACTIVITY_TABLE);
  if (!found) {
    const sheet = workbook.getWorksheet(ACTIVITY_SHEET) ?? workbook.addWorksheet(ACTIVITY_SHEET);
    const start = sheet.rowCount === 0 ? 1 : sheet.rowCount + 2;
    sheet.addTable({
      name: ACTIVITY_TABLE,
      ref: `A${start}`,
      headerRow: true,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns: ACTIVITY_HEADER.map((name) => ({ name, filterButton: true })),
      rows: rows.map((row) => [...row]),
    });
    sheet.getColumn(1).numFmt = LOG_TIME_FORMAT;
    return rows.length;
  }
  const { sheet, table } = found;
  const ref = table.table.tableRef ?? table.table.ref ?? "A1";
  const [from = "A1", to = from] = ref.split(":");
  const start = decodeCell(from);
  const end = decodeCell(to);
  // A new table keeps one empty body row: fill it first.
  let next = end.row + 2;
  const lastBody = sheet.getRow(end.row + 1);
  if (
    end.row > start.row &&
    ACTIVITY_HEADER.every((_, c) => lastBody.getCell(start.column + c + 1).value == null)
  )
    next--;
  rows.forEach((values, r) => {
    const target = sheet.getRow(next + r);
    values.forEach((value, c) => {
      const cell = target.getCell(start.column + c + 1);
      cell.numFmt = c === 0 ? LOG_TIME_FORMAT : "@";
      cell.value = value;
    });
  });
  const grown = `${from}:${columnLetter(end.column)}${next + rows.length - 1}`;
  table.table.tableRef = grown;
  if (table.table.autoFilterRef) table.table.autoFilterRef = grown;
  return rows.length;
}

/**
 * Writes the workbook to `out` with the add-in parts of the file it was read from (`original`), through
 * a temporary file in the same folder renamed at the end, so a failure leaves no half-written file (and
 * an existing `out` untouched).
 */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  original: Uint8Array,
  out: string,
): Promise<void> {
  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    const written = new Uint8Array(await workbook.xlsx.writeBuffer());
    await fs.writeFile(temporary, await carryAddinParts(original, written));
    await fs.rename(temporary, out);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
