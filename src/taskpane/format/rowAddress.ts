import { quoteSheet } from "../../core/grid";

/** The A1 address of a whole sheet row (`Orders!12:12`, `'My orders'!12:12`): what the pane asks `port.select` for. */
export function rowAddress(sheetName: string, row: number): string {
  return `${quoteSheet(sheetName)}!${row}:${row}`;
}
