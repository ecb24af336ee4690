import type { CellValue } from "../../core/grid";
import { bilingual } from "../../core/i18n/translate";
import type { Area, SettingsBlock } from "../../core/plan";
import { SETTINGS_SHEET } from "../../core/plan";
import { areaToAddress } from "./a1";
import { AdapterFailure } from "./adapterError";

/** Where setup writes a settings table again: its header row and first column (0-based), and whether a title goes above. */
export interface BlockPlace {
  readonly row: number;
  readonly column: number;
  readonly title: boolean;
}

const BLOCKED = {
  "zh-CN":
    "OrderFlow 工作表上的“{table}”表格需要重写并变大，但 {area} 里有你的内容。请移走这些内容后再设置；未做任何更改。",
  "en-US":
    "The “{table}” table on the OrderFlow sheet is written again and grows, but {area} holds your content. Move it away and set up again; nothing was changed.",
} as const;

/**
 * Where setup writes the settings tables it rewrites on an existing settings sheet (the lifecycle with the
 * team's confirmed words, the generated Lists): where the table is now, so a table the lead moved is
 * followed, else where a new sheet would have it. Every cell the new table covers beyond the old one (and
 * a title cell) must be empty: the lead's notes beside or below a table are never overwritten. Reads only;
 * throws before setup writes anything.
 */
export async function placeSettingsBlocks(
  context: Excel.RequestContext,
  settings: Excel.Worksheet,
  blocks: readonly SettingsBlock[],
  tables: Readonly<Partial<Record<SettingsBlock["id"], Excel.Table>>>,
): Promise<Map<SettingsBlock["id"], BlockPlace>> {
  const now = blocks.map((block) => {
    const table = tables[block.id];
    if (!table || table.isNullObject) return null;
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  if (now.some((range) => range !== null)) await context.sync();
  const checks = blocks.map((block, index) => {
    const old = now[index];
    const rows = block.grid.length;
    const columns = Math.max(1, ...block.grid.map((row) => row.length));
    const place: BlockPlace = old
      ? { row: old.rowIndex, column: old.columnIndex, title: false }
      : { row: block.row, column: block.column, title: true };
    const oldArea: Area | null = old
      ? { row: old.rowIndex, column: old.columnIndex, rowCount: old.rowCount, columnCount: old.columnCount }
      : null;
    const area: Area = { row: place.row, column: place.column, rowCount: rows, columnCount: columns };
    const cells = settings.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);
    cells.load("values");
    const hidden = block.hiddenColumns ?? [];
    let titleColumn = 0;
    while (hidden.includes(titleColumn)) titleColumn++;
    const title =
      place.title && place.row > 0
        ? settings.getRangeByIndexes(place.row - 1, place.column + titleColumn, 1, 1)
        : null;
    title?.load("values");
    return { block, place, oldArea, area, cells, title };
  });
  await context.sync();
  const places = new Map<SettingsBlock["id"], BlockPlace>();
  for (const { block, place, oldArea, area, cells, title } of checks) {
    const values = cells.values as CellValue[][];
    const inOld = (row: number, column: number): boolean =>
      oldArea !== null &&
      row >= oldArea.row &&
      row < oldArea.row + oldArea.rowCount &&
      column >= oldArea.column &&
      column < oldArea.column + oldArea.columnCount;
    const taken = values.some((cellsOfRow, i) =>
      cellsOfRow.some((value, j) => value !== "" && value !== null && !inOld(area.row + i, area.column + j)),
    );
    const titleValue = title ? (title.values as CellValue[][])[0]?.[0] : "";
    const titleTaken = titleValue !== "" && titleValue !== null && titleValue !== block.title;
    if (taken || titleTaken) {
      const detail = bilingual(BLOCKED, {
        table: block.title,
        area: areaToAddress(area, SETTINGS_SHEET),
      });
      throw new AdapterFailure({ kind: "settingsInvalid", detail });
    }
    places.set(block.id, place);
  }
  return places;
}
