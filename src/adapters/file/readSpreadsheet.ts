import { promises as fs } from "node:fs";
import type { Result } from "../../core/result";
import { err } from "../../core/result";
import type { ReadError, Spreadsheet } from "../exportFiles/readSpreadsheetBytes";
import { readSpreadsheetBytes } from "../exportFiles/readSpreadsheetBytes";

export type { ReadError, SheetGrid, Spreadsheet } from "../exportFiles/readSpreadsheetBytes";
export { sheetGrid } from "../exportFiles/readSpreadsheetBytes";

/** Reads a CSV, TSV/TXT or XLSX export file into plain grids, one per sheet. Never writes to the file. */
export async function readSpreadsheet(file: string): Promise<Result<Spreadsheet, ReadError>> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return err({ kind: "notAFile", file });
    bytes = await fs.readFile(file);
  } catch {
    return err({ kind: "fileMissing", file });
  }
  return readSpreadsheetBytes(file, bytes);
}
