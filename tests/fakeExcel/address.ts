/**
 * A1 addresses: parsing (`A1`, `A1:C3`, `$A$1`, `A:C`, `1:3`, `Sheet1!A1`, `'My Sheet'!A:A`) and formatting
 * the way Excel's `Range.address` does (no `$`, sheet name quoted only when Excel quotes it).
 */
import { columnLetter } from "../../src/core/grid";

/** Excel's grid size (rows × columns). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based, with positive size. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ParsedAddress {
  readonly sheet: string | null;
  readonly rect: Rect;
}

export function rect(r0: number, c0: number, rows: number, cols: number): Rect {
  return { r0, c0, rows, cols };
}

/** True when the rectangle lies inside Excel's grid. */
export function inGrid(r: Rect): boolean {
  return (
    Number.isInteger(r.r0) &&
    Number.isInteger(r.c0) &&
    Number.isInteger(r.rows) &&
    Number.isInteger(r.cols) &&
    r.r0 >= 0 &&
    r.c0 >= 0 &&
    r.rows >= 1 &&
    r.cols >= 1 &&
    r.r0 + r.rows <= MAX_ROWS &&
    r.c0 + r.cols <= MAX_COLUMNS
  );
}

/** Column letters → 0-based index, or -1. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLUMNS ? n - 1 : -1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseCell(s: string): { r: number; c: number } | null {
  const m = CELL.exec(s);
  if (!m) return null;
  const c = columnIndex(m[1]!);
  const r = Number(m[2]) - 1;
  return c < 0 || r < 0 || r >= MAX_ROWS ? null : { r, c };
}

/** Parses the part after `!` (or a whole local address). */
export function parseLocal(addr: string): Rect | null {
  const parts = addr.trim().split(":");
  if (parts.length === 1) {
    const cell = parseCell(parts[0]!);
    return cell ? rect(cell.r, cell.c, 1, 1) : null;
  }
  if (parts.length !== 2) return null;
  const [a, b] = [parts[0]!, parts[1]!];
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca && cb) return span(ca.r, ca.c, cb.r, cb.c);
  const colA = COL.exec(a);
  const colB = COL.exec(b);
  if (colA && colB) {
    const x = columnIndex(colA[1]!);
    const y = columnIndex(colB[1]!);
    return x < 0 || y < 0 ? null : span(0, x, MAX_ROWS - 1, y);
  }
  const rowA = ROW.exec(a);
  const rowB = ROW.exec(b);
  if (rowA && rowB) {
    const x = Number(rowA[1]) - 1;
    const y = Number(rowB[1]) - 1;
    return x < 0 || y < 0 || x >= MAX_ROWS || y >= MAX_ROWS ? null : span(x, 0, y, MAX_COLUMNS - 1);
  }
  return null;
}

function span(ra: number, ca: number, rb: number, cb: number): Rect {
  const r0 = Math.min(ra, rb);
  const c0 = Math.min(ca, cb);
  return rect(r0, c0, Math.max(ra, rb) - r0 + 1, Math.max(ca, cb) - c0 + 1);
}

/** Parses `Sheet!A1:B2`, `'It''s'!A1`, `A1`. Returns null for anything else (names are resolved elsewhere). */
export function parseAddress(addr: string): ParsedAddress | null {
  const text = addr.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) {
    const r = parseLocal(text);
    return r ? { sheet: null, rect: r } : null;
  }
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3) return null;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const r = parseLocal(text.slice(bang + 1));
  return r && sheet.length > 0 ? { sheet, rect: r } : null;
}

/**
 * Excel quotes a sheet name in a reference when it contains anything but Unicode word characters and `.`,
 * starts with a digit or `.`, or reads as a cell reference (A1 or R1C1). Observed rules, summarised in
 * jmcnamara/XlsxWriter issue #1078 ("worksheet name quoting"): `'Sheet 1'`, `'1Sheet'`, `'A1'` are quoted;
 * `Sheet_1`, `订单` (CJK letters are word characters) are not.
 */
export function quoteSheetName(name: string): string {
  const needs =
    /[^\p{L}\p{N}\p{M}_.]/u.test(name) ||
    /^[\d.]/.test(name) ||
    parseCell(name) !== null ||
    /^(R|C)(\d*)$/i.test(name) ||
    /^R\d*C\d*$/i.test(name);
  return needs ? `'${name.replace(/'/g, "''")}'` : name;
}

/** `A1`, `A1:C3`, `A:C` (whole columns), `1:3` (whole rows). */
export function formatLocal(r: Rect): string {
  if (r.c0 === 0 && r.cols === MAX_COLUMNS) return `${r.r0 + 1}:${r.r0 + r.rows}`;
  if (r.r0 === 0 && r.rows === MAX_ROWS) return `${columnLetter(r.c0)}:${columnLetter(r.c0 + r.cols - 1)}`;
  const first = `${columnLetter(r.c0)}${r.r0 + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${columnLetter(r.c0 + r.cols - 1)}${r.r0 + r.rows}`;
}

/** `Sheet1!A1:C3` / `'My Sheet'!A:A`, as `Range.address` returns it. */
export function formatAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${formatLocal(r)}`;
}

/** Absolute form for defined names and validation sources: `=Lists!$A$2:$A$8`. */
export function formatAbsolute(sheet: string, r: Rect): string {
  const a = `$${columnLetter(r.c0)}$${r.r0 + 1}`;
  const b = `$${columnLetter(r.c0 + r.cols - 1)}$${r.r0 + r.rows}`;
  return `${quoteSheetName(sheet)}!${r.rows === 1 && r.cols === 1 ? a : `${a}:${b}`}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r0 + a.rows, b.r0 + b.rows);
  const c1 = Math.min(a.c0 + a.cols, b.c0 + b.cols);
  return r1 > r0 && c1 > c0 ? rect(r0, c0, r1 - r0, c1 - c0) : null;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return intersect(a, b) !== null;
}

/** `a` minus `b`: up to four rectangles covering what is left. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  const aBottom = a.r0 + a.rows;
  const iBottom = i.r0 + i.rows;
  if (i.r0 > a.r0) out.push(rect(a.r0, a.c0, i.r0 - a.r0, a.cols));
  if (iBottom < aBottom) out.push(rect(iBottom, a.c0, aBottom - iBottom, a.cols));
  if (i.c0 > a.c0) out.push(rect(i.r0, a.c0, i.rows, i.c0 - a.c0));
  const iRight = i.c0 + i.cols;
  const aRight = a.c0 + a.cols;
  if (iRight < aRight) out.push(rect(i.r0, iRight, i.rows, aRight - iRight));
  return out;
}

export function cellCount(r: Rect): number {
  return r.rows * r.cols;
}
