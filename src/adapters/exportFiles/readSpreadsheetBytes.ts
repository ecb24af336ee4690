import type ExcelJS from "exceljs";
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

/**
 * Reads an export's bytes — a CSV, TSV/TXT or XLSX — into plain grids, one per sheet. Runs wherever the
 * bytes come from: the CLI (a file on disk) and the task pane (a file the user picked), with no Node API.
 * `file` is the name shown in messages; its extension is a hint for the delimiter.
 */
export async function readSpreadsheetBytes(
  file: string,
  bytes: Uint8Array,
): Promise<Result<Spreadsheet, ReadError>> {
  if (bytes.length === 0) return err({ kind: "emptyFile", file });
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(file, bytes);
  if (startsWith(bytes, OLE_MAGIC)) return err({ kind: "legacyXls", file });
  return readDelimited(file, bytes);
}

/** `orders.TSV` → `.tsv`; works on paths with either slash. */
function extensionOf(file: string): string {
  const name = baseName(file);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
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
  const ext = extensionOf(file);
  const delimiter = guessDelimiter(text, ext === ".tsv" || ext === ".txt" ? "\t" : ",");
  const tabbed = delimiter === "\t";
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  // A trailing newline makes papaparse emit one empty row; it is not data.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  const grid: Grid = rows.map((row) => row.map((cell): CellValue => cell));
  const format: FileFormat = tabbed ? "tsv" : "csv";
  return ok({ file, format, encoding, sheets: [{ name: baseName(file), grid }] });
}

const DELIMITERS = [",", "\t", ";", "|"] as const;
const SAMPLE_LINES = 30;

/**
 * The field delimiter, judged on the first 30 non-blank lines with fields counted outside quotes
 * (Douyin puts TABs inside quoted ids). The extension's delimiter (`preferred`: TAB for .tsv/.txt,
 * comma otherwise) is trusted unless the header disagrees: when it does not split the header line but
 * another delimiter splits the header and most lines into the same number of fields, that one wins.
 * Consistency across lines, not the most fields on one line, is the evidence: a TSV whose buyer
 * note holds six commas is still a TSV.
 */
function guessDelimiter(text: string, preferred: string): string {
  const lines = fieldCounts(text);
  const stats = new Map(DELIMITERS.map((d) => [d as string, modalCount(lines.map((l) => l.get(d) ?? 1))]));
  const consistent = (d: string): boolean => {
    const s = stats.get(d);
    return s !== undefined && s.mode >= 2 && s.support >= Math.min(2, lines.length);
  };
  // The header: the first line the extension's delimiter or a consistent one splits into fields
  // (title rows above it split into one field under every delimiter).
  const header = lines.find(
    (l) =>
      (l.get(preferred) ?? 1) >= 2 ||
      DELIMITERS.some((d) => consistent(d) && l.get(d) === stats.get(d)?.mode),
  );
  if (header === undefined || (header.get(preferred) ?? 1) >= 2) return preferred;
  let chosen = preferred;
  let support = 0;
  for (const d of DELIMITERS) {
    const s = stats.get(d);
    if (s && consistent(d) && header.get(d) === s.mode && s.support > support) {
      chosen = d;
      support = s.support;
    }
  }
  return chosen;
}

/** Per non-blank line of the sample: fields per delimiter, counted outside double quotes. */
function fieldCounts(text: string): Map<string, number>[] {
  const lines: Map<string, number>[] = [];
  let counts = new Map<string, number>();
  let blank = true;
  let quoted = false;
  const endLine = (): void => {
    if (!blank) lines.push(counts);
    counts = new Map();
    blank = true;
  };
  for (let i = 0; i < text.length && lines.length < SAMPLE_LINES; i++) {
    const ch = text[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "\n") {
      endLine();
      continue;
    }
    if (ch !== "\r" && ch.trim() !== "") blank = false;
    if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 1) + 1);
  }
  if (lines.length < SAMPLE_LINES) endLine();
  return lines;
}

/** The most frequent value (ties: the larger) and how many times it occurs. */
function modalCount(values: readonly number[]): { mode: number; support: number } {
  const frequency = new Map<number, number>();
  for (const v of values) frequency.set(v, (frequency.get(v) ?? 0) + 1);
  let mode = 1;
  let support = 0;
  for (const [value, n] of frequency) {
    if (n > support || (n === support && value > mode)) {
      mode = value;
      support = n;
    }
  }
  return { mode, support };
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

/**
 * An .xlsx file's workbook, read by ExcelJS (loaded here, not at the top: it takes about 0.35 s to load,
 * which CSV files and `orderflow --help` should not pay); a file it can not read says why.
 */
export async function loadXlsx(
  file: string,
  bytes: Uint8Array,
): Promise<Result<ExcelJS.Workbook, Extract<ReadError, { kind: "notASpreadsheet" }>>> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err({ kind: "notASpreadsheet", file, detail: `not a readable .xlsx (${detail})` });
  }
  return ok(workbook);
}

async function readXlsx(file: string, bytes: Uint8Array): Promise<Result<Spreadsheet, ReadError>> {
  const loaded = await loadXlsx(file, bytes);
  if (!loaded.ok) return loaded;
  const workbook = loaded.value;
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
