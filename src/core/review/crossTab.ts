import type { CellValue } from "../grid";

/** Excel's label for empty items in a PivotTable. */
export const BLANK_ITEM = "(blank)";

function compareItems(a: string, b: string): number {
  if (a === b) return 0;
  if (a === BLANK_ITEM) return 1;
  if (b === BLANK_ITEM) return -1;
  return a.toLowerCase().localeCompare(b.toLowerCase());
}

/**
 * A static count table shaped like a PivotTable's flattened layout (the stand-in where the PivotTable
 * API is missing): header `[rowName, ...column items, total]`, one row per row item (ascending, blank
 * last), then a total row. Without a column field the header is `[rowName, countName]`.
 */
export function crossTab(
  records: readonly (readonly CellValue[])[],
  rowColumn: number,
  columnColumn: number | null,
  names: { readonly row: string; readonly count: string; readonly total: string },
): CellValue[][] {
  const item = (v: CellValue | undefined): string =>
    v === null || v === undefined || v === "" ? BLANK_ITEM : String(v);
  const counts = new Map<string, Map<string, number>>();
  const columnItems = new Set<string>();
  for (const record of records) {
    const r = item(record[rowColumn]);
    const c = columnColumn === null ? "" : item(record[columnColumn]);
    columnItems.add(c);
    const byColumn = counts.get(r) ?? new Map<string, number>();
    byColumn.set(c, (byColumn.get(c) ?? 0) + 1);
    counts.set(r, byColumn);
  }
  const rows = [...counts.keys()].sort(compareItems);
  const columns = columnColumn === null ? [] : [...columnItems].sort(compareItems);
  const header: CellValue[] = [names.row, ...columns, columnColumn === null ? names.count : names.total];
  const sum = (m: Map<string, number> | undefined): number =>
    [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);
  const grid: CellValue[][] = [header];
  for (const r of rows) {
    const byColumn = counts.get(r);
    grid.push([r, ...columns.map((c) => byColumn?.get(c) ?? ""), sum(byColumn)]);
  }
  const columnTotals = columns.map((c) => [...counts.values()].reduce((n, m) => n + (m.get(c) ?? 0), 0));
  grid.push([names.total, ...columnTotals, records.length]);
  return grid;
}
