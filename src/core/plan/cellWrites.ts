import type { CellValue } from "../grid";
import type { MappedSheet } from "./orderRows";
import type { CellWrite } from "./types";

/** One cell to write: 0-based sheet row and column. */
export interface CellChange {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

/**
 * Groups single-cell changes into as few rectangular writes as possible: vertical runs of adjacent
 * rows in one column (a selection of 1,000 rows in a block becomes one write per column).
 */
export function groupCellChanges(changes: readonly CellChange[]): CellWrite[] {
  const byColumn = new Map<number, CellChange[]>();
  for (const change of changes) {
    const list = byColumn.get(change.column) ?? [];
    list.push(change);
    byColumn.set(change.column, list);
  }
  const writes: CellWrite[] = [];
  for (const [column, list] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    // The last change to a cell wins, as if the changes were applied in order.
    const byRow = new Map<number, CellValue>();
    for (const change of list) byRow.set(change.row, change.value);
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === (rows[i - 1] ?? 0) + 1) continue;
      const first = rows[start] ?? 0;
      const run = rows.slice(start, i);
      writes.push({
        area: { row: first, column, rowCount: run.length, columnCount: 1 },
        values: run.map((row) => [byRow.get(row) ?? null]),
      });
      start = i;
    }
  }
  return writes;
}

/**
 * The mapped sheet as `writes` leave it (what the sheet holds after an action, without reading it again):
 * a copy of the grid with each write's cells set; a null in a write leaves its cell as it was. Rows the
 * grid has not read stay unread.
 */
export function sheetAfterWrites(mapped: MappedSheet, writes: readonly CellWrite[]): MappedSheet {
  const grid = mapped.grid.map((row) => (row ? [...row] : row));
  for (const write of writes)
    write.values.forEach((values, i) => {
      const row = grid[write.area.row + i - mapped.origin.row];
      if (!row) return;
      values.forEach((value, j) => {
        if (value !== null) row[write.area.column + j - mapped.origin.column] = value;
      });
    });
  return { ...mapped, grid };
}
