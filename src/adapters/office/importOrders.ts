import type { CellValue } from "../../core/grid";
import { isBlankCell } from "../../core/grid";
import type { ExportFile, ImportPlan } from "../../core/import";
import { importBlocker, importOrderIds, planImport, readExports, shiftFormulaRows } from "../../core/import";
import type { CellWrite, MappedSheet } from "../../core/plan";
import { ACTIVITY_SHEET, cacheOf, ORDERS_TABLE, readOrderRows, sheetAfterWrites } from "../../core/plan";
import type { ImportResult, PortError } from "../../core/port";
import { emptyImportResult, importResultOf } from "../../core/port";
import type { Result } from "../../core/result";
import { ok } from "../../core/result";
import { FIELD_LABELS } from "../../core/fieldLabels";
import type { Field, OrderField } from "../../core/schema";
import { parseOrderId } from "../../core/values";
import { AdapterFailure, errorCode } from "./adapterError";
import { applyChange } from "./applyChange";
import { applySettings } from "./applySettings";
import { assertWritable } from "./assertWritable";
import { localNow } from "./clock";
import { literalText } from "./literalText";
import { postActionNotices } from "./postNotifications";
import { READ_CHUNK_CELLS } from "./readSnapshot";
import { runExcel, undoGroups } from "./runExcel";
import type { SheetLayout } from "./sheetLayout";
import { readLayout, readRowsAt } from "./sheetLayout";
import { ChunkedWriter, WRITE_CHUNK_CELLS } from "./writeCells";
import { workflowRuntime } from "./workflowRuntime";

/**
 * The columns read for every row: what identifies a line (platform, order id, line) and what the plan
 * learns from the whole sheet (the team's words for statuses and platforms, who holds how many open
 * orders). Rows an export names are read whole.
 */
const KEY_FIELDS: readonly Field[] = [
  "orderId",
  "platform",
  "lineId",
  "sku",
  "product",
  "variant",
  "status",
  "owner",
];

/**
 * 导入订单 Import orders: merges parsed marketplace exports into the order sheet with the same core plan
 * as `orderflow import`. Reads the key columns of every row and only the rows an export names whole;
 * writes the new lines below the orders (through the orders table, so it grows) and the marketplace-owned
 * cells of existing lines, with their Activity rows, in one `applyChange`: the workbook ends unchanged or
 * consistent whatever sync fails. With `dryRun` nothing is written: the preview's counts.
 */
export async function importOrders(
  files: readonly ExportFile[],
  options: { readonly who: string; readonly dryRun: boolean; readonly addColumns?: readonly OrderField[] },
): Promise<Result<ImportResult, PortError>> {
  const acted: { current: { plan: ImportPlan; rows: number[] } | null } = { current: null };
  const result = await runExcel(async (context, journal): Promise<ImportResult> => {
    let { layout, sheet } = await readLayout(context);
    const now = localNow();
    let table = await ordersTable(context, layout);
    // The exports are read once: their ids choose the rows read whole, their lines make the plan.
    const reads = readExports(files, now.utcOffsetMinutes);
    const planOn = async () => {
      const read = await readForImport(context, sheet, layout, table, importOrderIds(reads));
      const plan = planImport({
        sheet: read,
        sheetName: layout.sheetName,
        workflow: layout.settings.workflow,
        team: layout.settings.team,
        reasons: layout.settings.reasons,
        exports: files,
        reads,
        now: now.serial,
        utcOffsetMinutes: now.utcOffsetMinutes,
        who: options.who,
        autoRoute: layout.autoRoute,
        applyMarketMoves: layout.marketMoves,
        deadlines: layout.settings.deadlines,
      });
      return { mapped: read, planned: plan };
    };
    let { mapped, planned } = await planOn();
    // Columns the lead asked for (fields the exports fill and the sheet lacks): added at the right of the
    // orders, headed in both languages, only when the import is otherwise good to go; then planned again.
    const adding = (options.addColumns ?? []).filter((field) => layout.mapping[field] === undefined);
    let addedColumns: readonly OrderField[] = [];
    // A table gaining a column shifts the cells right of it in its rows (Excel.InsertShiftDirection
    // "Right"): with the sheet's cells beside the orders table, no column is added.
    const beside = table !== null && table.rightEnd < layout.origin.column + layout.width;
    if (adding.length > 0 && beside && planned.ok)
      return {
        ...importResultOf(planned.value, layout.sheetName),
        blocker: { message: "import.cellsBesideTable", params: { sheet: layout.sheetName } },
      };
    if (!options.dryRun && adding.length > 0 && planned.ok && !importBlocker(planned.value)) {
      await assertWritable(context, [layout.sheetName, ACTIVITY_SHEET]);
      await addColumns(context, sheet, layout, table, adding);
      ({ layout, sheet } = await readLayout(context));
      table = await ordersTable(context, layout);
      ({ mapped, planned } = await planOn());
      addedColumns = adding;
    }
    if (!planned.ok) {
      const error = planned.error;
      return {
        ...emptyImportResult(layout.sheetName),
        blocker:
          error.kind === "teamNoOrderId"
            ? { message: "import.teamNoOrderId", params: { sheet: error.sheet } }
            : {
                message: "import.rowsBelowOrders",
                params: { sheet: error.sheet, row: error.row, text: error.text },
              },
      };
    }
    const plan = planned.value;
    const summary = importResultOf(plan, layout.sheetName);
    const blocker = importBlocker(plan);
    if (blocker) return { ...summary, blocker };
    if (options.dryRun || (plan.added === 0 && plan.updates.length === 0 && plan.log.length === 0))
      return summary;

    // Checked already when columns were added (same run, same sheets).
    if (addedColumns.length === 0) await assertWritable(context, [layout.sheetName, ACTIVITY_SHEET]);
    const appended = plan.append.values.length;
    const template = await templateRow(context, sheet, layout, mapped, plan);
    if (appended > 0) {
      // Not yet "began": empty rows and formats change no order cell (applyChange begins the writes).
      try {
        // The orders table takes the new rows (a table does not grow when cells are written below it),
        // then the rows take the number formats of the last order row, so ids stay text and times read as
        // times. A failure here leaves empty rows at most: no order cell changed.
        await growTable(context, table, plan.append.row, appended);
        const writer = new ChunkedWriter(context, sheet);
        await writer.writeColumnFormats(
          {
            row: plan.append.row,
            column: plan.append.column,
            rowCount: appended,
            columnCount: template.formats.length,
          },
          template.formats,
        );
        await writer.flush();
      } catch (error) {
        throw protectedAsSheet(error, layout.sheetName);
      }
    }
    const writes: CellWrite[] = [...plan.updates.map((write) => textSafe(write, layout, template.formats))];
    if (appended > 0) writes.push(appendWrite(plan, template));
    const logged = await applyChange(context, journal, sheet, writes, plan.log).catch((error: unknown) => {
      throw protectedAsSheet(error, layout.sheetName);
    });
    // Every cell and its log landed: whatever fails from here leaves a consistent workbook.
    journal.settle("consistent");
    const rows = [
      ...plan.changes.map((change) => change.row - 1),
      ...plan.append.values.map((_, i) => plan.append.row + i),
    ];
    acted.current = { plan, rows };
    // The runtime's cache takes what the import wrote (the sheet holds exactly that now), without
    // reading the rows again.
    if (workflowRuntime.started && rows.length > 0)
      workflowRuntime.absorb(
        cacheOf(readOrderRows(sheetAfter(mapped, plan, rows), layout.settings.workflow)),
      );
    return {
      ...summary,
      ...(addedColumns.length > 0 ? { addedColumns } : {}),
      written: true,
      logged,
      undo: undoGroups() ? "oneStep" : "perRequest",
    };
  });
  const done = acted.current;
  // The pane's views follow the sheet through this event (the whole sheet: many rows changed).
  if (!result.ok || !done) {
    if (!result.ok && result.error.outcome === "consistent") workflowRuntime.notify();
    return result;
  }
  workflowRuntime.notify();
  // New rows below the body get the dropdowns and highlight rules the body has (idempotent; a failure
  // there leaves the import as it is and the pane offers Apply settings).
  const extended = done.plan.added > 0 ? await applySettings() : null;
  const notices = await postActionNotices(done.plan.log, done.rows);
  return ok({
    ...result.value,
    notices,
    ...(extended && !extended.ok ? { settingsNotApplied: true } : {}),
  });
}

/**
 * Adds a column per field at the right of the orders, headed `快递单号 Tracking number` as setup heads the
 * columns it adds (the header recogniser reads it back as that field). Through the orders table when
 * there is one (`TableColumnCollection.add`, ExcelApi 1.4 for the name), else a header cell.
 */
async function addColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  table: OrdersTableInfo | null,
  fields: readonly OrderField[],
): Promise<void> {
  const headers = fields.map((field) => `${FIELD_LABELS[field]["zh-CN"]} ${FIELD_LABELS[field]["en-US"]}`);
  if (table) for (const header of headers) table.table.columns.add(undefined, undefined, header);
  else
    sheet.getRangeByIndexes(layout.headerRow, layout.origin.column + layout.width, 1, headers.length).values =
      [headers];
  await context.sync();
}

interface OrdersTableInfo {
  readonly table: Excel.Table;
  /** 0-based sheet row just below the body (where `rows.add` puts new rows). */
  readonly bodyEnd: number;
  /** 0-based sheet row of the Total Row, when it is on. */
  readonly totalsRow: number | null;
  /** 0-based sheet column just right of the table. */
  readonly rightEnd: number;
}

/** The orders table setup made, when it is on the order sheet with the header OrderFlow reads. */
async function ordersTable(
  context: Excel.RequestContext,
  layout: SheetLayout,
): Promise<OrdersTableInfo | null> {
  const table = context.workbook.tables.getItemOrNullObject(ORDERS_TABLE);
  await context.sync();
  if (table.isNullObject) return null;
  const whole = table.getRange();
  whole.load("rowIndex,rowCount,columnIndex,columnCount");
  table.load("showTotals");
  table.worksheet.load("name");
  await context.sync();
  if (table.worksheet.name !== layout.sheetName || whole.rowIndex !== layout.headerRow) return null;
  const end = whole.rowIndex + whole.rowCount;
  const rightEnd = whole.columnIndex + whole.columnCount;
  return table.showTotals
    ? { table, bodyEnd: end - 1, totalsRow: end - 1, rightEnd }
    : { table, bodyEnd: end, totalsRow: null, rightEnd };
}

/**
 * The order sheet as the plan needs it, read proportionally: the header, the key columns of every row in
 * chunks (several columns per request), whole rows for the lines an export names, and whole rows below
 * the last order (where new rows would go: a totals row there stops the import). Other cells stay null.
 */
async function readForImport(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  table: OrdersTableInfo | null,
  ids: ReadonlySet<string>,
): Promise<MappedSheet> {
  const { origin, headerRow, lastRow, width, mapping } = layout;
  const grid: CellValue[][] = [];
  const header = sheet.getRangeByIndexes(headerRow, origin.column, 1, width);
  // The header rides on the first chunk's request.
  header.load("values");

  const columns = [...new Set(KEY_FIELDS.map((field) => mapping[field]).filter((c) => c !== undefined))];
  const firstRow = headerRow + 1;
  const rowCount = Math.max(0, lastRow - headerRow);
  const perChunk = Math.max(1, Math.floor(READ_CHUNK_CELLS / Math.max(1, columns.length)));
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  for (let from = 0; from < rowCount; from += perChunk) {
    const count = Math.min(perChunk, rowCount - from);
    const parts = columns.map((column) => {
      const range = sheet.getRangeByIndexes(firstRow + from, origin.column + column, count, 1);
      range.load("values");
      return { column, range };
    });
    // One request per chunk of rows, every key column in it.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (let i = 0; i < count; i++) {
      const row = blank();
      for (const { column, range } of parts) row[column] = (range.values[i]?.[0] ?? null) as CellValue;
      grid[firstRow + from + i - origin.row] = row;
    }
  }
  if (rowCount === 0) await context.sync();
  grid[headerRow - origin.row] = (header.values[0] ?? []) as CellValue[];

  // Rows an export names, and rows below the last order line (other than the table's Total Row), whole.
  const idColumn = mapping.orderId;
  const whole: number[] = [];
  let lastOrder = headerRow;
  for (let row = firstRow; row <= lastRow; row++) {
    const id = idColumn === undefined ? null : (grid[row - origin.row]?.[idColumn] ?? null);
    const parsed = parseOrderId(id);
    if (parsed.kind === "empty") continue;
    lastOrder = row;
    if (parsed.kind === "ok" && ids.has(parsed.text)) whole.push(row);
  }
  for (let row = lastOrder + 1; row <= lastRow; row++) if (row !== table?.totalsRow) whole.push(row);
  const read = await readRowsAt(context, sheet, layout, whole);
  for (const row of whole) {
    const values = read.grid[row - origin.row];
    if (values) grid[row - origin.row] = [...values];
  }
  if (table?.totalsRow != null) grid[table.totalsRow - origin.row] = blank();

  const dataRows: number[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const values = grid[row - origin.row];
    const id = idColumn === undefined ? null : (values?.[idColumn] ?? null);
    if (values && !values.every((v) => isBlankCell(v)) && parseOrderId(id).kind !== "empty")
      dataRows.push(row - origin.row);
  }
  return {
    grid,
    origin,
    headerRow: headerRow - origin.row,
    dataRows,
    mapping,
    platform: layout.platform,
  };
}

/** The acted rows as the sheet holds them after the import: the rows read, the updates, the new rows. */
function sheetAfter(mapped: MappedSheet, plan: ImportPlan, rows: readonly number[]): MappedSheet {
  const appended: CellWrite = {
    area: {
      row: plan.append.row,
      column: plan.append.column,
      rowCount: plan.append.values.length,
      columnCount: plan.append.values[0]?.length ?? 0,
    },
    values: plan.append.values,
  };
  // The new rows were never read: give them rows to be written into.
  const grid = [...mapped.grid];
  plan.append.values.forEach((values, i) => {
    grid[plan.append.row + i - mapped.origin.row] = new Array<CellValue>(values.length).fill(null);
  });
  const after = sheetAfterWrites({ ...mapped, grid }, [...plan.updates, appended]);
  return { ...after, dataRows: rows.map((row) => row - mapped.origin.row) };
}

interface TemplateRow {
  /** Number format per column of the appended block. */
  readonly formats: readonly string[];
  /** The last order row's formulas per column ("" where it holds none). */
  readonly formulas: readonly string[];
  /** How many rows below the template the first new row is. */
  readonly offset: number;
}

/**
 * The last order row: new rows take its number formats and continue its formula columns (profit, days
 * open …), as Excel's table would; a sheet with no orders yet gives General and no formulas.
 */
async function templateRow(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  mapped: MappedSheet,
  plan: ImportPlan,
): Promise<TemplateRow> {
  const width = plan.append.values[0]?.length ?? layout.width;
  const last = mapped.dataRows[mapped.dataRows.length - 1];
  if (last === undefined)
    return {
      formats: new Array<string>(width).fill("General"),
      formulas: new Array<string>(width).fill(""),
      offset: 0,
    };
  const row = mapped.origin.row + last;
  const range = sheet.getRangeByIndexes(row, plan.append.column, 1, width);
  range.load("numberFormat,formulas");
  await context.sync();
  const formulas = (range.formulas[0] ?? []).map((f) =>
    typeof f === "string" && f.startsWith("=") ? f : "",
  );
  return {
    formats: (range.numberFormat[0] ?? []).map((f) => String(f || "General")),
    formulas,
    offset: plan.append.row - row,
  };
}

/** Grows the orders table to reach the new rows: `rows.add` of empty rows, in chunks, at the body's end. */
async function growTable(
  context: Excel.RequestContext,
  table: OrdersTableInfo | null,
  firstNewRow: number,
  count: number,
): Promise<void> {
  if (!table || table.bodyEnd < firstNewRow) return;
  const missing = firstNewRow + count - table.bodyEnd;
  if (missing <= 0) return;
  const columns = table.table.columns;
  columns.load("count");
  await context.sync();
  const perChunk = Math.max(1, Math.floor(WRITE_CHUNK_CELLS / Math.max(1, columns.count)));
  for (let added = 0; added < missing; added += perChunk) {
    const n = Math.min(perChunk, missing - added);
    table.table.rows.add(
      undefined,
      Array.from({ length: n }, () => new Array<string>(columns.count).fill("")),
    );
    // One request per chunk keeps each under the payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

/** The new rows: the plan's values, text kept as text, and the template's formulas where the row has nothing. */
function appendWrite(plan: ImportPlan, template: TemplateRow): CellWrite {
  const values = plan.append.values.map((row, i) =>
    row.map((value, column): CellValue => {
      const formula = template.formulas[column] ?? "";
      if ((value === null || value === "") && formula !== "")
        return shiftFormulaRows(formula, template.offset + i);
      return safeCell(value, template.formats[column] ?? "General");
    }),
  );
  return {
    area: {
      row: plan.append.row,
      column: plan.append.column,
      rowCount: values.length,
      columnCount: values[0]?.length ?? 0,
    },
    values,
  };
}

/** Updates of existing rows, text kept as text (the template's formats stand for the column's). */
function textSafe(write: CellWrite, layout: SheetLayout, formats: readonly string[]): CellWrite {
  return {
    area: write.area,
    values: write.values.map((row) =>
      row.map((value, j) =>
        safeCell(value, formats[write.area.column + j - layout.origin.column] ?? "General"),
      ),
    ),
  };
}

/** A cell from an export as `Range.values` must carry it: text Excel would convert keeps its apostrophe. */
function safeCell(value: CellValue, format: string): CellValue {
  if (typeof value !== "string" || value === "" || format === "@") return value;
  return literalText(value);
}

/** Excel's AccessDenied names no sheet: say which one (the order sheet, or the Activity log behind it). */
function protectedAsSheet(error: unknown, sheetName: string): unknown {
  return errorCode(error) === "AccessDenied"
    ? new AdapterFailure({ kind: "protectedSheet", sheet: sheetName })
    : error;
}
