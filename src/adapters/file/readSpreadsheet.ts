import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { CellValue, Grid } from "../../core/grid";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { TextEncoding } from "./decodeText";
import { decodeText } from "./decodeText";

export type FileFormat = "csv" | "tsv" | "xlsx";

export interface SheetGrid {
  readonly name: string;
  readonly grid: Grid;
}

export interface Spreadsheet {
  readonly file: string;
  readonly format: FileFormat;
  /** Text files only. */
  readonly encoding?: TextEncoding;
  readonly sheets: readonly SheetGrid[];
}

export type ReadError =
  | { readonly kind: "fileMissing"; readonly file: string }
  | { readonly kind: "notAFile"; readonly file: string }
  | { readonly kind: "emptyFile"; readonly file: string }
  | { readonly kind: "legacyXls"; readonly file: string }
  | { readonly kind: "notASpreadsheet"; readonly file: string; readonly detail: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads a CSV, TSV/TXT or XLSX export into plain grids, one per sheet. Never writes to the file. */
export async function readSpreadsheet(file: string): Promise<Result<Spreadsheet, ReadError>> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return err({ kind: "notAFile", file });
    bytes = await fs.readFile(file);
  } catch {
    return err({ kind: "fileMissing", file });
  }
  if (bytes.length === 0) return err({ kind: "emptyFile", file });
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(file, bytes);
  if (startsWith(bytes, OLE_MAGIC)) return err({ kind: "legacyXls", file });
  return readDelimited(file, bytes);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function readDelimited(file: string, bytes: Uint8Array): Result<Spreadsheet, ReadError> {
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) {
    return err({ kind: "notASpreadsheet", file, detail: "binary content" });
  }
  if (text.trim() === "") return err({ kind: "emptyFile", file });
  const ext = path.extname(file).toLowerCase();
  const delimiter = guessDelimiter(text, ext === ".tsv" || ext === ".txt" ? "\t" : ",");
  const tabbed = delimiter === "\t";
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  // A trailing newline makes papaparse emit one empty row; it is not data.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  const grid: Grid = rows.map((row) => row.map((cell): CellValue => cell));
  const format: FileFormat = tabbed ? "tsv" : "csv";
  return ok({ file, format, encoding, sheets: [{ name: path.basename(file), grid }] });
}

const DELIMITERS = [",", "\t", ";", "|"] as const;

/**
 * The delimiter that splits some line of the first 30 into the most fields, counted outside quotes
 * (Douyin puts TABs inside quoted ids, so a plain count would pick TAB). Ties go to `preferred`.
 */
function guessDelimiter(text: string, preferred: string): string {
  const best = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let line = 0;
  let counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length && line < 30; i++) {
    const ch = text[i] ?? "";
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") {
      for (const [d, n] of counts) best.set(d, Math.max(best.get(d) ?? 0, n));
      counts = new Map();
      line++;
    } else if (!quoted && best.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  for (const [d, n] of counts) best.set(d, Math.max(best.get(d) ?? 0, n));
  let chosen = preferred;
  for (const d of DELIMITERS) if ((best.get(d) ?? 0) > (best.get(chosen) ?? 0)) chosen = d;
  return chosen;
}

/** Control characters other than tab/CR/LF in the first kilobytes mean this is no text export. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  return control > 0 && control / sample.length > 0.01;
}

async function readXlsx(file: string, bytes: Uint8Array): Promise<Result<Spreadsheet, ReadError>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err({ kind: "notASpreadsheet", file, detail: `not a readable .xlsx (${detail})` });
  }
  const sheets: SheetGrid[] = workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    grid: sheetGrid(sheet),
  }));
  if (sheets.length === 0) return err({ kind: "emptyFile", file });
  return ok({ file, format: "xlsx", sheets });
}

/** A worksheet as the plain grid Excel's `Range.values` would give (merged areas: top-left cell only). */
export function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const grid: CellValue[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = new Array<CellValue>(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged area keeps its value in the top-left cell only, as Excel's `values` does.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      values[col - 1] = plainValue(cell.value);
    });
    grid.push(values);
  }
  return grid;
}

/** ExcelJS cell value → the plain value Excel's `Range.values` would give. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    // ExcelJS gives a date cell as a Date whose UTC fields are the sheet's wall-clock time.
    return value.getTime() / 86_400_000 + 25_569;
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in result) return result.error;
    return plainValue(result);
  }
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : plainValue(value.text);
  if ("error" in value) return value.error;
  return null;
}
