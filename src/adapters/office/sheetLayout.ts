import type { CellValue, Grid } from "../../core/grid";
import { isBlankCell } from "../../core/grid";
import { detectHeader, DEFAULT_MAX_SCAN_ROWS } from "../../core/headers";
import type { MappedSheet } from "../../core/plan";
import type { Field, PlatformId } from "../../core/schema";
import { parseOrderId } from "../../core/values";
import { AdapterFailure } from "./adapterError";
import { storedMapping, readWorkflowSettings } from "./orderSheet";
import type { WorkbookSettings } from "./readSettings";
import { readSettings } from "./readSettings";
import { READ_CHUNK_CELLS, readValues } from "./readSnapshot";

/** Where things are on the order sheet, read without reading every row. */
export interface SheetLayout {
  readonly sheetName: string;
  /** 0-based sheet coordinates of the used range's top-left cell. */
  readonly origin: { readonly row: number; readonly column: number };
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  /** Columns of the used range. */
  readonly width: number;
  /** Last used row (0-based sheet row). */
  readonly lastRow: number;
  /** Field → column index relative to `origin.column`. */
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  readonly platform: PlatformId;
  readonly settings: WorkbookSettings;
  readonly strict: boolean;
  readonly autoRoute: boolean;
  /** An import applies a contradicting marketplace status as a logged move (the lead's setting). */
  readonly marketMoves: boolean;
}

/** Reads the layout: stored settings, the used range's extent and its first rows for the header. */
export async function readLayout(
  context: Excel.RequestContext,
): Promise<{ layout: SheetLayout; sheet: Excel.Worksheet }> {
  const stored = await readWorkflowSettings(context);
  if (!stored) throw new AdapterFailure({ kind: "notSetUp" });
  const sheet = context.workbook.worksheets.getItemOrNullObject(stored.sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (sheet.isNullObject) throw new AdapterFailure({ kind: "sheetMissing", sheet: stored.sheetName });
  if (used.isNullObject) throw new AdapterFailure({ kind: "emptySheet", sheet: stored.sheetName });
  const top = sheet.getRangeByIndexes(
    used.rowIndex,
    used.columnIndex,
    Math.min(DEFAULT_MAX_SCAN_ROWS + 5, used.rowCount),
    used.columnCount,
  );
  top.load("values");
  const settings = await readSettings(context);
  await context.sync();
  const detected = detectHeader(top.values as Grid);
  if (!detected.ok) throw new AdapterFailure({ kind: "noHeaderRow", sheet: stored.sheetName });
  return {
    sheet,
    layout: {
      sheetName: stored.sheetName,
      origin: { row: used.rowIndex, column: used.columnIndex },
      headerRow: used.rowIndex + detected.value.headerRow,
      width: used.columnCount,
      lastRow: used.rowIndex + used.rowCount - 1,
      mapping: storedMapping(detected.value, stored.mapping),
      platform: detected.value.platform,
      settings,
      strict: stored.strict,
      autoRoute: stored.autoRoute,
      marketMoves: stored.marketMoves,
    },
  };
}

/** The layout, or null while the workbook has not been set up (no error: there is simply no order sheet yet). */
export async function readLayoutIfSetUp(
  context: Excel.RequestContext,
): Promise<{ layout: SheetLayout; sheet: Excel.Worksheet } | null> {
  try {
    return await readLayout(context);
  } catch (error) {
    if (error instanceof AdapterFailure && error.error.kind === "notSetUp") return null;
    throw error;
  }
}

/** Groups sheet rows into runs of adjacent rows (one range read each). */
export function rowRuns(rows: readonly number[]): { first: number; count: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: { first: number; count: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === row) last.count++;
    else runs.push({ first: row, count: 1 });
  }
  return runs;
}

/**
 * Reads some order rows (0-based sheet rows below the header) in one sync, one range per run of
 * adjacent rows, as a mapped sheet whose data rows are those with an order id.
 */
export async function readRowsAt(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  sheetRows: readonly number[],
): Promise<MappedSheet> {
  const wanted = sheetRows.filter((row) => row > layout.headerRow);
  // Small runs go out together in one sync; a run too big for one response is read in chunks.
  const small: { first: number; range: Excel.Range }[] = [];
  const big: { first: number; count: number }[] = [];
  for (const run of rowRuns(wanted)) {
    if (run.count * layout.width > READ_CHUNK_CELLS) {
      big.push(run);
      continue;
    }
    const range = sheet.getRangeByIndexes(run.first, layout.origin.column, run.count, layout.width);
    range.load("values");
    small.push({ first: run.first, range });
  }
  if (small.length > 0) await context.sync();
  const blocks: { first: number; values: CellValue[][] }[] = small.map(({ first, range }) => ({
    first,
    values: range.values as CellValue[][],
  }));
  for (const run of big) {
    const area = {
      row: run.first,
      column: layout.origin.column,
      rowCount: run.count,
      columnCount: layout.width,
    };
    blocks.push({ first: run.first, values: await readValues(context, sheet, area) });
  }
  // The grid is indexed by sheet row minus origin: rows not read stay undefined (and are not data rows).
  const grid: CellValue[][] = [];
  const dataRows: number[] = [];
  for (const { first, values: rows } of blocks) {
    rows.forEach((values, i) => {
      const index = first + i - layout.origin.row;
      grid[index] = values;
      const id = layout.mapping.orderId === undefined ? null : (values[layout.mapping.orderId] ?? null);
      if (!values.every((v) => isBlankCell(v)) && parseOrderId(id).kind !== "empty") dataRows.push(index);
    });
  }
  dataRows.sort((a, b) => a - b);
  return {
    grid,
    origin: layout.origin,
    headerRow: layout.headerRow - layout.origin.row,
    dataRows,
    mapping: layout.mapping,
    platform: layout.platform,
  };
}

/** Sheet columns (absolute) of the mapped fields. */
export function sheetColumns(
  layout: Pick<SheetLayout, "origin" | "mapping">,
): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  for (const [field, column] of Object.entries(layout.mapping) as [Field, number][])
    columns[field] = layout.origin.column + column;
  return columns;
}
