/**
 * The in-memory workbook: sheets with sparse row storage, interned cell styles, tables, names, settings,
 * pivots, charts, validation and conditional-format entries, plus the Transaction that records an undo
 * log so a failing sync leaves the workbook exactly as it was (all-or-nothing).
 */
import type { Rect } from "./address";

/** A stored cell value. Empty cells read as "" (like Excel's `Range.values`). */
export type StoredValue = string | number | boolean;

/** One worksheet row: dense arrays indexed by column; `undefined` = empty / inherit. */
export interface RowData {
  v: (StoredValue | undefined)[];
  f: (string | undefined)[] | undefined;
  s: (number | undefined)[] | undefined;
}

export interface CellStyle {
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly locked: boolean;
  readonly wrapText: boolean;
}

export const DEFAULT_STYLE: CellStyle = {
  numberFormat: "General",
  fill: null,
  fontColor: "#000000",
  bold: false,
  italic: false,
  locked: true,
  wrapText: false,
};

export type DataValidationRuleData = Record<string, unknown>;

export interface ValidationEntry {
  readonly rect: Rect;
  readonly rule: DataValidationRuleData | null;
  readonly errorAlert: Record<string, unknown> | null;
  readonly prompt: Record<string, unknown> | null;
  readonly ignoreBlanks: boolean;
}

/** The one kind of conditional format OrderFlow writes (and so the one the fake models). */
export type ConditionalFormatKind = "Custom";

export interface CfFormat {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  numberFormat: string | null;
}

export interface CfEntry {
  readonly id: string;
  rects: readonly Rect[];
  readonly type: ConditionalFormatKind;
  /** Priority is the entry's index in `SheetState.conditionalFormats` (0 = highest), as in Excel. */
  stopIfTrue: boolean;
  /** `{ formula }`. */
  rule: Record<string, unknown>;
  format: CfFormat;
}

export interface ChartState {
  readonly id: string;
  name: string;
  chartType: string;
  readonly sourceAddress: string;
  readonly seriesBy: string;
  title: string;
  position: { start: string; end: string | null } | null;
}

export interface ProtectionState {
  readonly protected: boolean;
  readonly password: string | null;
  readonly options: Readonly<Record<string, unknown>>;
}

export type ChangeHandler = (args: unknown) => Promise<unknown>;

export interface HandlerEntry {
  readonly contextId: number;
  readonly handler: ChangeHandler;
}

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  deleted: boolean;
  readonly rows: Map<number, RowData>;
  readonly colStyles: Map<number, number>;
  readonly colWidths: Map<number, number>;
  /** Hidden columns (`Range.columnHidden`, ExcelApi 1.2). */
  readonly colHidden: Map<number, boolean>;
  merges: readonly Rect[];
  protection: ProtectionState;
  freeze: { readonly rows: number; readonly cols: number };
  validations: readonly ValidationEntry[];
  conditionalFormats: readonly CfEntry[];
  charts: readonly ChartState[];
  handlers: readonly HandlerEntry[];
  /** `worksheet.onSelectionChanged` handlers [1.7]. */
  selectionHandlers: readonly HandlerEntry[];
}

export interface TableState {
  readonly id: string;
  name: string;
  sheetId: string;
  /** Whole table including the header row. */
  rect: Rect;
  showFilterButton: boolean;
  filtered: boolean;
  style: string;
  deleted: boolean;
  /** The Total Row is shown: the rect's last row is the totals row, not body. */
  showTotals?: boolean;
}

export type PivotSummary = "Sum" | "Count" | "Average" | "Max" | "Min" | "CountNumbers";

export interface PivotDataField {
  readonly field: string;
  name: string;
  summarizeBy: PivotSummary;
  numberFormat: string | null;
}

export interface PivotState {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  readonly anchor: { readonly r: number; readonly c: number };
  readonly source:
    | { readonly kind: "table"; readonly tableId: string }
    | { readonly kind: "range"; readonly sheetId: string; readonly rect: Rect };
  rows: readonly string[];
  columns: readonly string[];
  filters: readonly string[];
  data: readonly PivotDataField[];
  layoutType: "Compact" | "Tabular" | "Outline";
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
  /** Source snapshot (header + rows) taken at add/refresh, like Excel's pivot cache. */
  cache: readonly (readonly StoredValue[])[];
  written: Rect | null;
  deleted: boolean;
}

export interface NamedItemState {
  readonly name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

/** A cell change made by a sync, for add-in change events. */
export interface ChangeRecord {
  readonly sheetId: string;
  readonly rect: Rect;
  readonly before: StoredValue | undefined;
  readonly after: StoredValue | undefined;
}

/**
 * Records how to undo every mutation of a sync and what to do once it commits.
 * All state changes during a sync go through `set`, `mapSet`, `saveCells` or `onUndo`.
 */
export class Transaction {
  private readonly undo: (() => void)[] = [];
  private readonly commits: (() => void)[] = [];
  responseChars = 0;
  /** Cell changes of this sync (for the add-in's own change events), when `recordChanges`. */
  readonly changes: ChangeRecord[] = [];
  recordChanges = false;

  /** Assigns `obj[key] = value`, remembering the old value. */
  set<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): void {
    const old = obj[key];
    this.undo.push(() => {
      obj[key] = old;
    });
    obj[key] = value;
  }

  mapSet<K, V>(map: Map<K, V>, key: K, value: V | undefined): void {
    const had = map.has(key);
    const old = map.get(key);
    this.undo.push(() => {
      if (had) map.set(key, old as V);
      else map.delete(key);
    });
    if (value === undefined) map.delete(key);
    else map.set(key, value);
  }

  onUndo(fn: () => void): void {
    this.undo.push(fn);
  }

  onCommit(fn: () => void): void {
    this.commits.push(fn);
  }

  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]!();
    this.undo.length = 0;
  }

  commit(): void {
    for (const fn of this.commits) fn();
  }
}

/** Calls fn for every stored row in [r0, r0 + rows), choosing the cheaper of scanning the rect or the map. */
export function forRowsIn(
  sheet: SheetState,
  r0: number,
  rows: number,
  fn: (r: number, row: RowData) => void,
): void {
  if (rows <= sheet.rows.size) {
    for (let r = r0; r < r0 + rows; r++) {
      const row = sheet.rows.get(r);
      if (row) fn(r, row);
    }
    return;
  }
  for (const [r, row] of sheet.rows) if (r >= r0 && r < r0 + rows) fn(r, row);
}

export function rowFor(sheet: SheetState, r: number): RowData {
  let row = sheet.rows.get(r);
  if (!row) {
    row = { v: [], f: undefined, s: undefined };
    sheet.rows.set(r, row);
  }
  return row;
}

/** Snapshots the cells of a rect so a rollback restores values, formulas and styles exactly. */
export function saveCells(tx: Transaction, sheet: SheetState, rect: Rect): void {
  const saved: [
    number,
    (StoredValue | undefined)[],
    (string | undefined)[] | null,
    (number | undefined)[] | null,
  ][] = [];
  const c1 = rect.c0 + rect.cols;
  forRowsIn(sheet, rect.r0, rect.rows, (r, row) => {
    saved.push([
      r,
      row.v.slice(rect.c0, c1),
      row.f ? row.f.slice(rect.c0, c1) : null,
      row.s ? row.s.slice(rect.c0, c1) : null,
    ]);
  });
  tx.onUndo(() => {
    clearCellsRaw(sheet, rect, true);
    for (const [r, v, f, s] of saved) {
      const row = rowFor(sheet, r);
      for (let i = 0; i < rect.cols; i++) {
        row.v[rect.c0 + i] = v[i];
        if (f || row.f) (row.f ??= [])[rect.c0 + i] = f ? f[i] : undefined;
        if (s || row.s) (row.s ??= [])[rect.c0 + i] = s ? s[i] : undefined;
      }
    }
  });
}

/** Empties values and formulas (and styles when `styles`) in a rect, without undo. */
export function clearCellsRaw(sheet: SheetState, rect: Rect, styles: boolean): void {
  const c1 = rect.c0 + rect.cols;
  forRowsIn(sheet, rect.r0, rect.rows, (_r, row) => {
    for (let c = rect.c0; c < c1 && c < row.v.length; c++) row.v[c] = undefined;
    if (row.f) for (let c = rect.c0; c < c1 && c < row.f.length; c++) row.f[c] = undefined;
    if (styles && row.s) for (let c = rect.c0; c < c1 && c < row.s.length; c++) row.s[c] = undefined;
  });
}

export function isEmptyValue(v: StoredValue | undefined): boolean {
  return v === undefined || v === "";
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: "Visible",
    deleted: false,
    rows: new Map(),
    colStyles: new Map(),
    colWidths: new Map(),
    colHidden: new Map(),
    merges: [],
    protection: { protected: false, password: null, options: {} },
    freeze: { rows: 0, cols: 0 },
    validations: [],
    conditionalFormats: [],
    charts: [],
    handlers: [],
    selectionHandlers: [],
  };
}

/** The whole workbook. Collections are immutable arrays replaced through `Transaction.set`. */
export class WorkbookState {
  sheets: readonly SheetState[] = [];
  tables: readonly TableState[] = [];
  pivots: readonly PivotState[] = [];
  names: readonly NamedItemState[] = [];
  settings: ReadonlyMap<string, string> = new Map();
  activeSheetId: string | null = null;
  /** `areas` when several are selected (Ctrl-click); `rect` is the first. */
  selection: { sheetId: string; rect: Rect; areas?: readonly Rect[] } | null = null;
  workbookHandlers: readonly HandlerEntry[] = [];
  private readonly styles: CellStyle[] = [DEFAULT_STYLE];
  private readonly styleIds = new Map<string, number>([[styleKey(DEFAULT_STYLE), 0]]);
  private nextIdValue = 1;

  nextId(prefix: string): string {
    return `{${prefix}-${String(this.nextIdValue++).padStart(4, "0")}}`;
  }

  style(id: number): CellStyle {
    return this.styles[id] ?? DEFAULT_STYLE;
  }

  /** Interns a style (append-only, so it needs no undo). */
  styleId(style: CellStyle): number {
    const key = styleKey(style);
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.styleIds.set(key, id);
    }
    return id;
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => !s.deleted && s.id === id);
  }

  liveTables(): TableState[] {
    return this.tables.filter((t) => !t.deleted);
  }

  tableByName(name: string): TableState | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => !t.deleted && (t.name.toLowerCase() === lower || t.id === name));
  }

  livePivots(): PivotState[] {
    return this.pivots.filter((p) => !p.deleted);
  }
}

function styleKey(s: CellStyle): string {
  return `${s.numberFormat}\u0001${s.fill ?? ""}\u0001${s.fontColor}\u0001${s.bold ? 1 : 0}${s.italic ? 1 : 0}${s.locked ? 1 : 0}${s.wrapText ? 1 : 0}`;
}

/** Style id of a cell: its own, else its column's, else the default. */
export function cellStyleId(sheet: SheetState, r: number, c: number): number {
  return sheet.rows.get(r)?.s?.[c] ?? sheet.colStyles.get(c) ?? 0;
}

export function cellValue(sheet: SheetState, r: number, c: number): StoredValue {
  return sheet.rows.get(r)?.v[c] ?? "";
}

export function cellFormula(sheet: SheetState, r: number, c: number): string | undefined {
  return sheet.rows.get(r)?.f?.[c];
}
