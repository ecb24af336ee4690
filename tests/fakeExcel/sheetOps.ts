/**
 * Workbook mutations and reads at sync time, with their checks: shape of 2-D writes, protection
 * (AccessDenied on locked cells), table growth, used range, header names.
 */
import type { Rect } from "./address";
import { cellCount, formatAddress, intersect, overlaps, rect } from "./address";
import { coerceInput, renderText } from "./cells";
import type { HostCore } from "./core";
import { fail } from "./errors";
import type { CellStyle, SheetState, StoredValue, TableState, Transaction } from "./state";
import { cellStyleId, cellValue, forRowsIn, isEmptyValue, rowFor, saveCells } from "./state";

export interface RangeRef {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

/** A 2-D write must be a rectangular array of exactly the range's shape (InvalidArgument otherwise). */
export function checkShape(value: unknown, r: Rect, prop: string, allowScalar: boolean): unknown[][] | null {
  if (!Array.isArray(value)) {
    if (allowScalar && (typeof value === "string" || typeof value === "number" || typeof value === "boolean"))
      return null;
    fail("InvalidArgument", `Range.${prop} expects a 2-D array of ${r.rows} x ${r.cols}.`, `Range.${prop}`);
  }
  const rows = value as unknown[];
  if (rows.length !== r.rows) {
    fail(
      "InvalidArgument",
      `The number of rows in the ${prop} array (${rows.length}) doesn't match the size of the range (${r.rows}).`,
      `Range.${prop}`,
    );
  }
  for (const row of rows) {
    if (!Array.isArray(row)) fail("InvalidArgument", `Range.${prop} rows must be arrays.`, `Range.${prop}`);
    if (row.length !== r.cols) {
      fail(
        "InvalidArgument",
        `The number of columns in the ${prop} array (${row.length}) doesn't match the size of the range (${r.cols}).`,
        `Range.${prop}`,
      );
    }
  }
  return rows as unknown[][];
}

/**
 * Protected sheet: writing to a locked cell fails with `AccessDenied` — the code Excel's service returns
 * for edits of locked cells ("You cannot perform the requested operation.", seen through the same Excel
 * service in microsoftgraph/microsoft-graph-docs issue #4546; `Excel.ErrorCodes.accessDenied` in the d.ts).
 */
export function assertWritable(
  host: HostCore,
  sheet: SheetState,
  r: Rect,
  what: "values" | "format" | "object",
): void {
  const p = sheet.protection;
  if (!p.protected) return;
  if (what === "format" && p.options.allowFormatCells === true) return;
  if (what === "object" || anyLocked(host, sheet, r)) {
    fail(
      "AccessDenied",
      `You cannot perform the requested operation. The sheet '${sheet.name}' is protected (${formatAddress(sheet.name, r)}).`,
      "Range",
    );
  }
}

function anyLocked(host: HostCore, sheet: SheetState, r: Rect): boolean {
  const st = host.state;
  let storedRows = 0;
  let locked = false;
  forRowsIn(sheet, r.r0, r.rows, (_row, data) => {
    storedRows++;
    if (locked) return;
    for (let c = r.c0; c < r.c0 + r.cols; c++) {
      const id = data.s?.[c] ?? sheet.colStyles.get(c) ?? 0;
      if (st.style(id).locked) {
        locked = true;
        return;
      }
    }
  });
  if (locked) return true;
  if (storedRows < r.rows) {
    for (let c = r.c0; c < r.c0 + r.cols; c++) if (st.style(sheet.colStyles.get(c) ?? 0).locked) return true;
  }
  return false;
}

/** Writes `values` or `formulas` (already shape-checked), parsing input like Excel does. */
export function writeCells(
  host: HostCore,
  tx: Transaction,
  ref: RangeRef,
  grid: unknown[][],
  kind: "values" | "formulas",
): void {
  const { sheet, rect: r } = ref;
  assertWritable(host, sheet, r, "values");
  const single = r.rows === 1 && r.cols === 1 ? cellValue(sheet, r.r0, r.c0) : undefined;
  saveCells(tx, sheet, r);
  const st = host.state;
  for (let i = 0; i < r.rows; i++) {
    const input = grid[i]!;
    const row = rowFor(sheet, r.r0 + i);
    for (let j = 0; j < r.cols; j++) {
      const c = r.c0 + j;
      const raw = input[j];
      const styleId = row.s?.[c] ?? sheet.colStyles.get(c) ?? 0;
      const style = st.style(styleId);
      if (kind === "values" && raw === null) continue; // Excel: null in a values write leaves the cell unchanged
      const parsed = coerceInput(raw, style.numberFormat);
      row.v[c] = parsed.value;
      if (parsed.formula !== undefined || row.f) (row.f ??= [])[c] = parsed.formula;
      if (parsed.impliedFormat !== undefined)
        (row.s ??= [])[c] = st.styleId({ ...style, numberFormat: parsed.impliedFormat });
    }
  }
  renameHeadersIn(host, tx, sheet, r);
  growTablesOnWrite(host, tx, sheet, r);
  if (tx.recordChanges && (host.strict.eventsCheckedAt === "delivery" || host.enableEvents)) {
    tx.changes.push({
      sheetId: sheet.id,
      rect: r,
      before: single,
      after: r.rows === 1 && r.cols === 1 ? cellValue(sheet, r.r0, r.c0) : undefined,
    });
  }
}

/**
 * Reported cases where Excel leaves rows written just below a table outside it: the block starts with a
 * blank row (office-js #2097), has blank rows among filled ones (#3191), or is over 1,500 rows and ends
 * with a blank row (#3013).
 */
function growthBugApplies(sheet: SheetState, r: Rect): boolean {
  const blank = (row: number): boolean => {
    for (let c = r.c0; c < r.c0 + r.cols; c++) if (!isEmptyValue(cellValue(sheet, row, c))) return false;
    return true;
  };
  if (blank(r.r0)) return true;
  let blanks = 0;
  for (let i = 0; i < r.rows; i++) if (blank(r.r0 + i)) blanks++;
  if (blanks > 0 && blanks < r.rows) return true;
  return r.rows > 1_500 && blank(r.r0 + r.rows - 1);
}

/**
 * Table growth (decided, stricter than Excel's auto-expansion): a table grows only through `rows.add`,
 * `columns.add`, or a values/formulas write whose range starts on the row just below the table and spans
 * exactly the table's columns (the documented `getDataBodyRange().getRowsBelow(n).values = …` pattern).
 * Writes to the right of a table, or partial-width writes below it, never change the table.
 */
function growTablesOnWrite(host: HostCore, tx: Transaction, sheet: SheetState, r: Rect): void {
  for (const t of host.state.liveTables()) {
    if (t.sheetId !== sheet.id) continue;
    // A table with its Total Row on does not grow over rows written below the totals.
    if (t.showTotals) continue;
    if (r.r0 === t.rect.r0 + t.rect.rows && r.c0 === t.rect.c0 && r.cols === t.rect.cols) {
      if (host.strict.tableGrowthBugs && growthBugApplies(sheet, r)) continue;
      const grown = rect(t.rect.r0, t.rect.c0, t.rect.rows + r.rows, t.rect.cols);
      for (const other of host.state.liveTables()) {
        if (other !== t && other.sheetId === sheet.id && overlaps(other.rect, grown)) {
          fail(
            "InvalidOperation",
            `Table '${t.name}' cannot grow into table '${other.name}'.`,
            "Range.values",
          );
        }
      }
      tx.set(t, "rect", grown);
    }
  }
}

/** Header cells are unique text: blanks become ColumnN, duplicates get a number (Name, Name2), as Excel does. */
export function normalizeHeaders(
  host: HostCore,
  tx: Transaction,
  sheet: SheetState,
  t: TableState,
  alreadySaved: boolean,
): void {
  const hr = rect(t.rect.r0, t.rect.c0, 1, t.rect.cols);
  if (!alreadySaved) saveCells(tx, sheet, hr);
  const row = rowFor(sheet, hr.r0);
  const seen = new Set<string>();
  for (let j = 0; j < hr.cols; j++) {
    const c = hr.c0 + j;
    const v = row.v[c];
    let name = isEmptyValue(v)
      ? `Column${j + 1}`
      : renderText(v!, host.state.style(cellStyleId(sheet, hr.r0, c)).numberFormat);
    if (seen.has(name.toLowerCase())) {
      let k = 2;
      while (seen.has(`${name}${k}`.toLowerCase())) k++;
      name = `${name}${k}`;
    }
    seen.add(name.toLowerCase());
    row.v[c] = name;
    if (row.f) row.f[c] = undefined;
  }
}

function renameHeadersIn(host: HostCore, tx: Transaction, sheet: SheetState, r: Rect): void {
  for (const t of host.state.liveTables()) {
    if (t.sheetId === sheet.id && intersect(r, rect(t.rect.r0, t.rect.c0, 1, t.rect.cols)))
      normalizeHeaders(host, tx, sheet, t, false);
  }
}

export function tableColumnNames(host: HostCore, t: TableState): string[] {
  const sheet = host.state.sheetById(t.sheetId)!;
  const out: string[] = [];
  for (let j = 0; j < t.rect.cols; j++) out.push(String(cellValue(sheet, t.rect.r0, t.rect.c0 + j)));
  return out;
}

/** Applies a style change to every cell of a rect (whole columns also set the column default). */
export function writeStyle(
  host: HostCore,
  tx: Transaction,
  ref: RangeRef,
  patch: (old: CellStyle) => CellStyle,
  perCell?: (i: number, j: number) => ((old: CellStyle) => CellStyle) | null,
): void {
  const { sheet, rect: r } = ref;
  const st = host.state;
  const memo = new Map<number, number>();
  const map = (id: number, fn: (old: CellStyle) => CellStyle, useMemo: boolean): number => {
    if (useMemo) {
      const hit = memo.get(id);
      if (hit !== undefined) return hit;
    }
    const out = st.styleId(fn(st.style(id)));
    if (useMemo) memo.set(id, out);
    return out;
  };
  saveCells(tx, sheet, r);
  const wholeColumns = r.r0 === 0 && r.rows === 1_048_576;
  if (wholeColumns && !perCell) {
    for (let c = r.c0; c < r.c0 + r.cols; c++)
      tx.mapSet(sheet.colStyles, c, map(sheet.colStyles.get(c) ?? 0, patch, true));
    forRowsIn(sheet, r.r0, r.rows, (_row, data) => {
      if (!data.s) return;
      for (let c = r.c0; c < r.c0 + r.cols; c++) {
        const own = data.s[c];
        if (own !== undefined) data.s[c] = map(own, patch, true);
      }
    });
    return;
  }
  for (let i = 0; i < r.rows; i++) {
    const row = rowFor(sheet, r.r0 + i);
    const s = (row.s ??= []);
    for (let j = 0; j < r.cols; j++) {
      const c = r.c0 + j;
      const fn = perCell ? perCell(i, j) : patch;
      if (!fn) continue;
      s[c] = map(s[c] ?? sheet.colStyles.get(c) ?? 0, fn, !perCell);
    }
  }
}

/** Reads one 2-D property of a range. Enforces the 5,000,000-cell read limit. */
export function readGrid(
  host: HostCore,
  ref: RangeRef,
  kind: "values" | "formulas" | "numberFormat" | "text" | "valueTypes",
): unknown[][] {
  const { sheet, rect: r } = ref;
  if (cellCount(r) > host.maxReadCells) {
    fail(
      "ResponsePayloadSizeLimitExceeded",
      `Reading ${cellCount(r)} cells exceeds the limit of ${host.maxReadCells} cells per range read.`,
      `Range.${kind}`,
    );
  }
  const st = host.state;
  const out: unknown[][] = new Array<unknown[]>(r.rows);
  for (let i = 0; i < r.rows; i++) {
    const row = sheet.rows.get(r.r0 + i);
    const line = new Array<unknown>(r.cols);
    for (let j = 0; j < r.cols; j++) {
      const c = r.c0 + j;
      const v: StoredValue = row?.v[c] ?? "";
      switch (kind) {
        case "values":
          line[j] = v;
          break;
        case "formulas":
          line[j] = row?.f?.[c] ?? v;
          break;
        case "numberFormat":
          line[j] = st.style(row?.s?.[c] ?? sheet.colStyles.get(c) ?? 0).numberFormat;
          break;
        case "text":
          line[j] = renderText(v, st.style(row?.s?.[c] ?? sheet.colStyles.get(c) ?? 0).numberFormat);
          break;
        case "valueTypes":
          line[j] =
            v === ""
              ? "Empty"
              : typeof v === "string"
                ? "String"
                : typeof v === "number"
                  ? "Double"
                  : "Boolean";
          break;
      }
    }
    out[i] = line;
  }
  return out;
}

/** Bounding box of non-empty cells (and, unless valuesOnly, of formulas and non-default formats). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  for (const [r, row] of sheet.rows) {
    let first = -1;
    let last = -1;
    const n = Math.max(row.v.length, valuesOnly ? 0 : Math.max(row.f?.length ?? 0, row.s?.length ?? 0));
    for (let c = 0; c < n; c++) {
      const filled =
        !isEmptyValue(row.v[c]) || (!valuesOnly && (row.f?.[c] !== undefined || (row.s?.[c] ?? 0) !== 0));
      if (filled) {
        if (first < 0) first = c;
        last = c;
      }
    }
    if (first < 0) continue;
    r0 = Math.min(r0, r);
    r1 = Math.max(r1, r);
    c0 = Math.min(c0, first);
    c1 = Math.max(c1, last);
  }
  return r1 < 0 ? null : rect(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
}

/** Uniform value of a style property over a rect, or null when mixed (Excel's convention). */
export function uniformStyle<T>(host: HostCore, ref: RangeRef, pick: (s: CellStyle) => T): T | null {
  const { sheet, rect: r } = ref;
  const st = host.state;
  let first: T | undefined;
  let mixed = false;
  const visit = (id: number): void => {
    const v = pick(st.style(id));
    if (first === undefined) first = v;
    else if (first !== v) mixed = true;
  };
  const maxScan = Math.min(r.rows, 200_000);
  for (let i = 0; i < maxScan && !mixed; i++)
    for (let j = 0; j < r.cols && !mixed; j++) visit(cellStyleId(sheet, r.r0 + i, r.c0 + j));
  return mixed || first === undefined ? null : first;
}

export function tablesOn(host: HostCore, sheet: SheetState): TableState[] {
  return host.state.liveTables().filter((t) => t.sheetId === sheet.id);
}

export function mergedIn(sheet: SheetState, r: Rect): Rect[] {
  return sheet.merges.filter((m) => overlaps(m, r));
}
