import type { CellValue } from "../../core/grid";
import type { Area, SheetSnapshot } from "../../core/plan";
import { addressToArea } from "./a1";
import { isApiSupported } from "./requirements";

/**
 * Cells per read request. Excel on the web refuses responses over 5 MB; at ~50 bytes a cell this
 * stays near 2 MB, and a chunk that still overflows is retried at half the size
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 */
export const READ_CHUNK_CELLS = 40_000;

/** Reads a block of a sheet's values in row chunks, one sync per chunk so chunks are not batched together. */
export async function readValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  chunkCells = READ_CHUNK_CELLS,
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  let rowsPerChunk = Math.max(1, Math.floor(chunkCells / Math.max(1, area.columnCount)));
  let offset = 0;
  while (offset < area.rowCount) {
    const count = Math.min(rowsPerChunk, area.rowCount - offset);
    const part = sheet.getRangeByIndexes(area.row + offset, area.column, count, area.columnCount);
    part.load("values");
    try {
      // One sync per chunk is the point of chunking (see READ_CHUNK_CELLS).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (isPayloadError(error) && rowsPerChunk > 1) {
        rowsPerChunk = Math.max(1, Math.floor(rowsPerChunk / 2));
        continue;
      }
      throw error;
    }
    for (const row of part.values as CellValue[][]) rows.push(row);
    offset += count;
  }
  return rows;
}

export function isPayloadError(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Reads what setup and the checks plan from: the used range's values (chunked), the table holding
 * the header row, other tables in the used range and merged areas (ExcelApi 1.13, when available).
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<SheetSnapshot | null> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  sheet.load("name");
  sheet.tables.load("items/name");
  await context.sync();
  if (used.isNullObject) return null;
  const area: Area = {
    row: used.rowIndex,
    column: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };

  const tableRanges = sheet.tables.items.map((table) => {
    const range = table.getRange();
    range.load("address");
    return { name: table.name, range };
  });
  await context.sync();
  const mergedAreas = await readMergedAreas(context, used, area);

  const grid = await readValues(context, sheet, area);
  return {
    sheetName: sheet.name,
    origin: { row: area.row, column: area.column },
    grid,
    tables: tableRanges.map((t) => ({ name: t.name, area: addressToArea(t.range.address) })),
    mergedAreas,
  };
}

/**
 * Merged areas of the used range (ExcelApi 1.13), in a request of their own: past 512 areas Excel
 * "will fail to return the result"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * Then the whole used range counts as merged, so setup keeps to plain ranges (no table over merged cells).
 */
async function readMergedAreas(
  context: Excel.RequestContext,
  used: Excel.Range,
  area: Area,
): Promise<Area[]> {
  if (!isApiSupported("1.13")) return [];
  try {
    const merged = used.getMergedAreasOrNullObject();
    merged.load("address");
    await context.sync();
    return merged.isNullObject ? [] : merged.address.split(",").map((a) => addressToArea(a.trim()));
  } catch {
    return [area];
  }
}
