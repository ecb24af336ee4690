import type { Area } from "../../core/plan";
import { quoteSheet } from "../../core/grid";
import { areaAddress } from "../../core/plan";

/** `A1`-style address of an area on a sheet; sheet names are quoted as Excel does when needed. */
export function areaToAddress(area: Area, sheet?: string): string {
  const cells = areaAddress(area);
  return sheet === undefined ? cells : `${quoteSheet(sheet)}!${cells}`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Parses an address Excel returns (`Orders!B2:D9`, `'My sheet'!A1`, `Sheet1!A:A`, `Sheet1!3:5`) into a
 * 0-based area; the sheet part is optional. Whole columns and rows span Excel's full grid.
 */
export function addressToArea(address: string): Area & { sheet?: string } {
  const bang = address.lastIndexOf("!");
  const sheetPart = bang === -1 ? undefined : address.slice(0, bang);
  const cells = bang === -1 ? address : address.slice(bang + 1);
  const sheet = sheetPart?.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  const [first = "", last = first] = cells.replace(/\$/g, "").split(":");
  const parse = (ref: string): { row?: number; column?: number } => {
    const match = /^([A-Za-z]*)(\d*)$/.exec(ref);
    if (!match) throw new Error(`Not an A1 address: ${address}`);
    return {
      column: match[1] ? columnIndex(match[1]) : undefined,
      row: match[2] ? Number(match[2]) - 1 : undefined,
    };
  };
  const a = parse(first);
  const b = parse(last);
  const row = a.row ?? 0;
  const column = a.column ?? 0;
  const lastRow = b.row ?? 1_048_575;
  const lastColumn = b.column ?? 16_383;
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    row,
    column,
    rowCount: lastRow - row + 1,
    columnCount: lastColumn - column + 1,
  };
}
