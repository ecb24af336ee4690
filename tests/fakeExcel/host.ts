/**
 * `createFakeExcel()`: the globals (`Excel`, `Office`, `OfficeExtension`) plus helpers that seed and inspect
 * the workbook directly (no load/sync), raise user change events and switch host conditions.
 */
import type { Rect } from "./address";
import { deliverSelection } from "./events";
import { formatAddress, formatLocal, parseAddress, rect } from "./address";
import { FakeClientResult } from "./batch";
import { coerceInput } from "./cells";
import type { FakeExcelOptions, FakeStats, StrictSwitches } from "./core";
import { HostCore } from "./core";
import { describeConditionalFormats } from "./conditionalFormats";
import type { ConditionalFormatInfo } from "./conditionalFormats";
import { FakeRequestContext, makeRun } from "./context";
import { FakeOfficeError } from "./errors";
import { deliver } from "./events";
import { describePivots } from "./pivot";
import { readGrid, usedRect } from "./sheetOps";
import type { CellStyle, SheetState, StoredValue } from "./state";
import { cellFormula, cellStyleId, cellValue, newSheet, rowFor } from "./state";
import { describeTables } from "./table";
import { checkSheetName } from "./worksheet";

/** A seed cell: a plain value, or an object with a formula (and its last value), number format, fill, font. */
export type SeedCell =
  | StoredValue
  | null
  | {
      readonly value?: StoredValue | null;
      readonly formula?: string;
      readonly numberFormat?: string;
      readonly fill?: string | null;
      readonly fontColor?: string;
      readonly bold?: boolean;
      readonly locked?: boolean;
    };

export interface CellInfo {
  readonly value: StoredValue;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly locked: boolean;
}

export interface ValidationInfo {
  readonly address: string;
  readonly type: string;
  readonly rule: Readonly<Record<string, unknown>> | null;
  readonly errorAlert: Readonly<Record<string, unknown>> | null;
  readonly prompt: Readonly<Record<string, unknown>> | null;
  readonly ignoreBlanks: boolean;
}

export interface RaiseChangeOptions {
  readonly sheet: string;
  readonly address: string;
  readonly source?: "Local" | "Remote";
  readonly changeType?: string;
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
  /** Value before the change (only used for a single-cell `details`). */
  readonly valueBefore?: StoredValue;
}

/** Direct seeding of the workbook (applied immediately, no events, no protection checks). */
export interface FakeWorkbookState {
  /** Adds a sheet (first one becomes active), optionally filled from A1 with `grid`. Returns its id. */
  addSheet(name: string, grid?: readonly (readonly SeedCell[])[]): string;
  /** Writes seed cells starting at `topLeft` (e.g. "B2"). Strings are stored as given (no parsing). */
  setCells(sheet: string, topLeft: string, grid: readonly (readonly SeedCell[])[]): void;
  /** Writes `values` like a user typing them (strings parsed: "=…", numbers, dates). */
  typeCells(sheet: string, topLeft: string, grid: readonly (readonly unknown[])[]): void;
  /** Adds a table over `address` (header row = first row) directly. Returns the table name. */
  addTable(sheet: string, address: string, name?: string): string;
  addName(name: string, formula: string): void;
  setSetting(key: string, value: unknown): void;
  deleteSheet(name: string): void;
  sheetNames(): string[];
  activeSheet(): string | null;
}

export interface FakeExcelHost {
  /** The `Excel` global: `run`, `RequestContext`, `ErrorCodes` and string enums used by the adapter. */
  readonly Excel: FakeExcelNamespace;
  readonly Office: FakeOfficeNamespace;
  readonly OfficeExtension: FakeOfficeExtensionNamespace;
  readonly workbook: FakeWorkbookState;
  readonly stats: FakeStats;
  /** Calls of application.suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync that synced. */
  readonly suspensions: { readonly calculation: number; readonly screenUpdating: number };
  /** Errors thrown by change handlers (Excel swallows them; tests should assert this is empty). */
  readonly eventErrors: readonly unknown[];
  /** Sets `globalThis.Excel/Office/OfficeExtension`; returns a function that restores the previous values. */
  install(): () => void;
  /** Highest supported version of a set ("1.8"), or false for none. Default ExcelApi "1.17". */
  setRequirementSet(name: string, version: string | false): void;
  /**
   * While on, syncs fail with InvalidOperationInCellEditMode (or `code`, e.g. "InvalidOperation", which Excel
   * also answers) unless the run used `delayForCellEdit` (then they wait).
   */
  setCellEditMode(on: boolean, code?: string): void;
  /**
   * Makes the `n`-th non-empty sync from now fail with `code`: "before" applies nothing of it (edit mode,
   * payload), "middle" fails at its middle write statement after applying the ones before (a protected
   * range), "last" at its last statement. The default place follows the code.
   */
  failSync(n: number, code: string, at?: "before" | "middle" | "last"): void;
  /** Runs `fn` (a user's or co-author's edit) just before the `n`-th non-empty sync from now. */
  beforeSync(n: number, fn: () => void): void;
  /** Non-empty syncs so far (what `failSync` counts). */
  readonly syncNumber: number;
  /** Undo records Excel would keep: one per sync with writes, one per Excel.run with `mergeUndoGroup`. */
  readonly undoRecords: number;
  /** The strictness switches in force (see README). */
  readonly strict: StrictSwitches;
  /** Shows or hides a table's Total Row (a row added below the body, with "Total" in its first cell). */
  setTableTotals(table: string, on: boolean): void;
  /**
   * A co-author's OrderFlow appends `rows` to a table at the same moment (through the table, so the table
   * grows), and this runtime hears of it as a Remote change.
   */
  coauthorAppend(table: string, rows: readonly (readonly StoredValue[])[]): Promise<void>;
  protectSheet(sheet: string, options?: Record<string, unknown>, password?: string): void;
  unprotectSheet(sheet: string): void;
  /** Marks cells as unlocked (format.protection.locked = false) without going through the API. */
  unlockCells(sheet: string, address: string): void;
  mergeCells(sheet: string, address: string): void;
  setTableFiltered(table: string, filtered: boolean): void;
  /** Selects cells as a user would ("A2:A3,A6" selects several areas, as Ctrl-click does) and raises onSelectionChanged. */
  select(sheet: string, address: string): Promise<void>;
  /** Raises worksheet onChanged for a change already in the workbook (details only for one cell). */
  raiseChange(options: RaiseChangeOptions): Promise<void>;
  /** Edits cells as a user would (values parsed like typing), then raises onChanged (source Local, triggerSource Unknown). */
  userEdit(
    sheet: string,
    address: string,
    values: readonly (readonly unknown[])[],
    source?: "Local" | "Remote",
  ): Promise<void>;
  /** Waits for change events raised by the add-in's own writes. */
  flushEvents(): Promise<void>;
  /** Values from A1 to the bottom-right of the used range ([] when empty), or of `address`. */
  sheetValues(sheet: string, address?: string): StoredValue[][];
  sheetFormulas(sheet: string, address?: string): (string | StoredValue)[][];
  /** Number formats / fills / font colours / bold per cell, same area as sheetValues. */
  sheetFormats(
    sheet: string,
    address?: string,
  ): { numberFormat: string[][]; fill: (string | null)[][]; fontColor: string[][]; bold: boolean[][] };
  cell(sheet: string, address: string): CellInfo;
  /** Deep plain copy of a sheet (cells with formulas and styles, tables, validation, formats, merges, …) for "nothing changed" checks. */
  snapshot(sheet: string): unknown;
  usedAddress(sheet: string, valuesOnly?: boolean): string | null;
  validationRules(sheet: string): ValidationInfo[];
  conditionalFormats(sheet: string): ConditionalFormatInfo[];
  tables(): ReturnType<typeof describeTables>;
  pivots(): ReturnType<typeof describePivots>;
  names(): { name: string; formula: string; comment: string }[];
  settings(): Record<string, unknown>;
  charts(sheet: string): {
    name: string;
    chartType: string;
    sourceAddress: string;
    seriesBy: string;
    title: string;
    position: { start: string; end: string | null } | null;
  }[];
  merges(sheet: string): string[];
  frozen(sheet: string): { rows: number; cols: number };
  columnWidth(sheet: string, column: number): number;
  /** Whether a column (0-based) of the sheet is hidden. */
  columnHidden(sheet: string, column: number): boolean;
  isProtected(sheet: string): boolean;
  /** Handlers registered by the add-in (worksheet + workbook level) for a sheet. */
  handlerCount(sheet: string): number;
}

export interface FakeExcelNamespace {
  run(...args: unknown[]): Promise<unknown>;
  readonly RequestContext: typeof FakeRequestContext;
  readonly ErrorCodes: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
}

export interface FakeOfficeNamespace {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    readonly displayLanguage: string;
    readonly contentLanguage: string;
    readonly host: string;
    readonly platform: string;
  };
  onReady(
    callback?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
  readonly [key: string]: unknown;
}

export interface FakeOfficeExtensionNamespace {
  readonly Error: typeof FakeOfficeError;
  readonly ErrorCodes: Readonly<Record<string, string>>;
  readonly ClientResult: typeof FakeClientResult;
  readonly [key: string]: unknown;
}

const EXCEL_ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  filteredRangeConflict: "FilteredRangeConflict",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedOperation: "UnsupportedOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
} as const;

const OOE_ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

function seedCell(host: HostCore, sheet: SheetState, r: number, c: number, cell: SeedCell): void {
  const row = rowFor(sheet, r);
  const st = host.state;
  if (cell === null || typeof cell !== "object") {
    row.v[c] = cell === null || cell === "" ? undefined : cell;
    if (row.f) row.f[c] = undefined;
    return;
  }
  row.v[c] = cell.value === null || cell.value === "" ? undefined : cell.value;
  if (cell.formula !== undefined || row.f) (row.f ??= [])[c] = cell.formula;
  const base = st.style(cellStyleId(sheet, r, c));
  const style: CellStyle = {
    ...base,
    numberFormat: cell.numberFormat ?? base.numberFormat,
    fill: cell.fill === undefined ? base.fill : cell.fill,
    fontColor: cell.fontColor ?? base.fontColor,
    bold: cell.bold ?? base.bold,
    locked: cell.locked ?? base.locked,
  };
  (row.s ??= [])[c] = st.styleId(style);
}

/** Builds a fresh fake Excel host with an empty workbook. */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcelHost {
  const host = new HostCore(options);
  const st = host.state;
  const run = makeRun(host);

  const sheetOf = (name: string): SheetState => {
    const s = st.sheetByName(name);
    if (!s) throw new Error(`fake Excel: no sheet '${name}'`);
    return s;
  };
  const rectOf = (address: string): Rect => {
    const p = parseAddress(address);
    if (!p) throw new Error(`fake Excel: bad address '${address}'`);
    return p.rect;
  };
  const area = (sheet: SheetState, address?: string): Rect | null => {
    if (address !== undefined) return rectOf(address);
    const u = usedRect(sheet, false);
    return u ? rect(0, 0, u.r0 + u.rows, u.c0 + u.cols) : null;
  };
  const grid = (sheet: string, kind: "values" | "formulas", address?: string): StoredValue[][] => {
    const s = sheetOf(sheet);
    const r = area(s, address);
    return r ? (readGrid(host, { sheet: s, rect: r }, kind) as StoredValue[][]) : [];
  };
  const cellInfo = (s: SheetState, r: number, c: number): CellInfo => {
    const style = st.style(cellStyleId(s, r, c));
    return {
      value: cellValue(s, r, c),
      formula: cellFormula(s, r, c) ?? null,
      numberFormat: style.numberFormat,
      fill: style.fill,
      fontColor: style.fontColor,
      bold: style.bold,
      locked: style.locked,
    };
  };

  const workbook: FakeWorkbookState = {
    addSheet(name, seed) {
      checkSheetName(host, name, null, "addSheet");
      const sheet = newSheet(st.nextId("Sheet"), name);
      st.sheets = [...st.sheets, sheet];
      if (st.activeSheetId === null) {
        st.activeSheetId = sheet.id;
        st.selection = { sheetId: sheet.id, rect: rect(0, 0, 1, 1) };
      }
      if (seed) workbook.setCells(name, "A1", seed);
      return sheet.id;
    },
    setCells(sheet, topLeft, seed) {
      const s = sheetOf(sheet);
      const at = rectOf(topLeft);
      seed.forEach((line, i) => line.forEach((cell, j) => seedCell(host, s, at.r0 + i, at.c0 + j, cell)));
    },
    typeCells(sheet, topLeft, values) {
      const s = sheetOf(sheet);
      const at = rectOf(topLeft);
      values.forEach((line, i) =>
        line.forEach((v, j) => {
          const r = at.r0 + i;
          const c = at.c0 + j;
          const style = st.style(cellStyleId(s, r, c));
          const parsed = coerceInput(v, style.numberFormat);
          const row = rowFor(s, r);
          row.v[c] = parsed.value;
          if (parsed.formula !== undefined || row.f) (row.f ??= [])[c] = parsed.formula;
          if (parsed.impliedFormat)
            (row.s ??= [])[c] = st.styleId({ ...style, numberFormat: parsed.impliedFormat });
        }),
      );
    },
    addTable(sheet, address, name) {
      const s = sheetOf(sheet);
      const r = rectOf(address);
      let n = 1;
      while (st.tableByName(`Table${n}`)) n++;
      const tableName = name ?? `Table${n}`;
      st.tables = [
        ...st.tables,
        {
          id: st.nextId("Table"),
          name: tableName,
          sheetId: s.id,
          rect: r,
          showFilterButton: true,
          filtered: false,
          style: "TableStyleMedium2",
          deleted: false,
        },
      ];
      return tableName;
    },
    addName(name, formula) {
      st.names = [
        ...st.names,
        { name, formula: formula.startsWith("=") ? formula : `=${formula}`, comment: "", visible: true },
      ];
    },
    setSetting(key, value) {
      const next = new Map(st.settings);
      next.set(key, JSON.stringify(value));
      st.settings = next;
    },
    deleteSheet(name) {
      const s = sheetOf(name);
      s.deleted = true;
      if (st.activeSheetId === s.id) st.activeSheetId = st.sheets.find((x) => !x.deleted)?.id ?? null;
    },
    sheetNames: () => st.sheets.filter((s) => !s.deleted).map((s) => s.name),
    activeSheet: () => st.sheetById(st.activeSheetId ?? "")?.name ?? null,
  };

  const raise = async (o: RaiseChangeOptions, after?: StoredValue): Promise<void> => {
    const s = sheetOf(o.sheet);
    // Several areas arrive as one event with a comma-separated address ("F3,F5:F6").
    const areas = o.address.split(",").map((a) => rectOf(a.trim()));
    const r = areas[0]!;
    const single = areas.length === 1 && r.rows === 1 && r.cols === 1;
    await deliver(host, {
      sheet: s,
      rect: r,
      ...(areas.length > 1 ? { address: areas.map((a) => formatLocal(a)).join(",") } : {}),
      source: o.source ?? "Local",
      changeType: o.changeType ?? "RangeEdited",
      triggerSource: o.triggerSource ?? "Unknown",
      before: o.valueBefore,
      after: single ? (after ?? cellValue(s, r.r0, r.c0)) : undefined,
    });
  };

  const Excel: FakeExcelNamespace = {
    run,
    RequestContext: FakeRequestContext,
    ErrorCodes: EXCEL_ERROR_CODES,
    ConditionalFormatType: { custom: "Custom" },
    AggregationFunction: {
      sum: "Sum",
      count: "Count",
      average: "Average",
      max: "Max",
      min: "Min",
      countNumbers: "CountNumbers",
    },
    EventSource: { local: "Local", remote: "Remote" },
    EventTriggerSource: { thisLocalAddin: "ThisLocalAddin", unknown: "Unknown" },
  };
  const Office: FakeOfficeNamespace = {
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          host.supports(name, minVersion === undefined ? "1.1" : String(minVersion)),
      },
      displayLanguage: host.displayLanguage,
      contentLanguage: host.displayLanguage,
      host: "Excel",
      platform: "PC",
    },
    onReady: (callback) => {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    StartupBehavior: { load: "Load", none: "None" },
    addin: {
      /** Records the behaviour, readable as `Office.addin.startupBehavior` in tests. */
      startupBehavior: "None",
      setStartupBehavior(behavior: string) {
        (this as { startupBehavior: string }).startupBehavior = behavior;
        return Promise.resolve();
      },
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
    },
  };
  const OfficeExtension: FakeOfficeExtensionNamespace = {
    Error: FakeOfficeError,
    ErrorCodes: OOE_ERROR_CODES,
    ClientResult: FakeClientResult,
    config: { extendedErrorLogging: false },
  };

  return {
    Excel,
    Office,
    OfficeExtension,
    workbook,
    stats: host.stats,
    suspensions: host.suspensions,
    eventErrors: host.eventErrors,
    install() {
      const g = globalThis as Record<string, unknown>;
      const before = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
      g.Excel = Excel;
      g.Office = Office;
      g.OfficeExtension = OfficeExtension;
      return () => {
        g.Excel = before.Excel;
        g.Office = before.Office;
        g.OfficeExtension = before.OfficeExtension;
      };
    },
    setRequirementSet(name, version) {
      host.sets.set(name, version);
    },
    setCellEditMode: (on, code) => host.setCellEditMode(on, code),
    failSync(n, code, at) {
      const place =
        at ?? (code === "AccessDenied" ? "middle" : code === "GeneralException" ? "last" : "before");
      host.faults.set(host.syncNumber + n, { code, at: place });
    },
    beforeSync(n, fn) {
      const key = host.syncNumber + n;
      host.beforeSyncHooks.set(key, [...(host.beforeSyncHooks.get(key) ?? []), fn]);
    },
    get syncNumber() {
      return host.syncNumber;
    },
    get undoRecords() {
      return host.undoRecords;
    },
    get strict() {
      return host.strict;
    },
    setTableTotals(table, on) {
      const t = st.tableByName(table);
      if (!t) throw new Error(`fake Excel: no table '${table}'`);
      if (t.showTotals === on) return;
      const s = st.sheetById(t.sheetId)!;
      const totalRow = t.rect.r0 + t.rect.rows - (on ? 0 : 1);
      if (on) {
        seedCell(host, s, totalRow, t.rect.c0, "Total");
        t.rect = rect(t.rect.r0, t.rect.c0, t.rect.rows + 1, t.rect.cols);
      } else {
        for (let c = t.rect.c0; c < t.rect.c0 + t.rect.cols; c++) seedCell(host, s, totalRow, c, null);
        t.rect = rect(t.rect.r0, t.rect.c0, t.rect.rows - 1, t.rect.cols);
      }
      t.showTotals = on;
    },
    async coauthorAppend(table, rows) {
      const t = st.tableByName(table);
      if (!t) throw new Error(`fake Excel: no table '${table}'`);
      const s = st.sheetById(t.sheetId)!;
      const totals = t.showTotals ? 1 : 0;
      const at = t.rect.r0 + t.rect.rows - totals;
      if (totals) {
        const old = readGrid(host, { sheet: s, rect: rect(at, t.rect.c0, 1, t.rect.cols) }, "values")[0]!;
        workbook.setCells(s.name, formatLocal(rect(at + rows.length, t.rect.c0, 1, 1)), [old as SeedCell[]]);
      }
      workbook.setCells(s.name, formatLocal(rect(at, t.rect.c0, 1, 1)), rows);
      t.rect = rect(t.rect.r0, t.rect.c0, t.rect.rows + rows.length, t.rect.cols);
      await raise({
        sheet: s.name,
        address: formatLocal(rect(at, t.rect.c0, rows.length + totals, t.rect.cols)),
        source: "Remote",
      });
    },
    protectSheet(sheet, opts, password) {
      sheetOf(sheet).protection = {
        protected: true,
        password: password ?? null,
        options: { ...(opts ?? {}) },
      };
    },
    unprotectSheet(sheet) {
      sheetOf(sheet).protection = { protected: false, password: null, options: {} };
    },
    unlockCells(sheet, address) {
      const s = sheetOf(sheet);
      const r = rectOf(address);
      for (let i = 0; i < r.rows; i++) {
        const row = rowFor(s, r.r0 + i);
        for (let j = 0; j < r.cols; j++)
          (row.s ??= [])[r.c0 + j] = st.styleId({
            ...st.style(cellStyleId(s, r.r0 + i, r.c0 + j)),
            locked: false,
          });
      }
    },
    mergeCells(sheet, address) {
      const s = sheetOf(sheet);
      s.merges = [...s.merges, rectOf(address)];
    },
    setTableFiltered(table, filtered) {
      const t = st.tableByName(table);
      if (!t) throw new Error(`fake Excel: no table '${table}'`);
      t.filtered = filtered;
    },
    select(sheet, address) {
      const s = sheetOf(sheet);
      st.activeSheetId = s.id;
      const areas = address.split(",").map((a) => rectOf(a.trim()));
      const first = areas[0]!;
      st.selection =
        areas.length > 1 ? { sheetId: s.id, rect: first, areas } : { sheetId: s.id, rect: first };
      return deliverSelection(host, s, first, areas.map((a) => formatLocal(a)).join(","));
    },
    raiseChange: (o) => raise(o),
    async userEdit(sheet, address, values, source = "Local") {
      const s = sheetOf(sheet);
      const areas = address.split(",").map((a) => rectOf(a.trim()));
      const r = areas[0]!;
      const before =
        areas.length === 1 && r.rows === 1 && r.cols === 1 ? cellValue(s, r.r0, r.c0) : undefined;
      // Several areas (Ctrl-click, then Ctrl+Enter) all take the same values.
      for (const a of areas) workbook.typeCells(sheet, formatLocal(rect(a.r0, a.c0, 1, 1)), values);
      await raise({ sheet, address, source, ...(before === undefined ? {} : { valueBefore: before }) });
    },
    async flushEvents() {
      while (host.pendingEvents.size > 0) await Promise.all([...host.pendingEvents]);
    },
    sheetValues: (sheet, address) => grid(sheet, "values", address),
    sheetFormulas: (sheet, address) => grid(sheet, "formulas", address),
    sheetFormats(sheet, address) {
      const s = sheetOf(sheet);
      const r = area(s, address);
      const out = {
        numberFormat: [] as string[][],
        fill: [] as (string | null)[][],
        fontColor: [] as string[][],
        bold: [] as boolean[][],
      };
      if (!r) return out;
      for (let i = 0; i < r.rows; i++) {
        const cells = Array.from({ length: r.cols }, (_, j) => st.style(cellStyleId(s, r.r0 + i, r.c0 + j)));
        out.numberFormat.push(cells.map((c) => c.numberFormat));
        out.fill.push(cells.map((c) => c.fill));
        out.fontColor.push(cells.map((c) => c.fontColor));
        out.bold.push(cells.map((c) => c.bold));
      }
      return out;
    },
    cell(sheet, address) {
      const r = rectOf(address);
      return cellInfo(sheetOf(sheet), r.r0, r.c0);
    },
    snapshot(sheet) {
      const s = sheetOf(sheet);
      const cells: Record<string, CellInfo> = {};
      const rows = [...s.rows.keys()].sort((a, b) => a - b);
      for (const r of rows) {
        const row = s.rows.get(r)!;
        const n = Math.max(row.v.length, row.f?.length ?? 0, row.s?.length ?? 0);
        for (let c = 0; c < n; c++) {
          const info = cellInfo(s, r, c);
          if (info.value !== "" || info.formula !== null || (row.s?.[c] ?? 0) !== 0)
            cells[formatLocal(rect(r, c, 1, 1))] = info;
        }
      }
      return {
        name: s.name,
        cells,
        columnStyles: [...s.colStyles.entries()].map(([c, id]) => [c, st.style(id)]),
        columnWidths: [...s.colWidths.entries()],
        hiddenColumns: [...s.colHidden.keys()].sort((a, b) => a - b),
        merges: s.merges.map((m) => formatLocal(m)),
        validations: s.validations.map((v) => ({ ...v, rect: formatLocal(v.rect) })),
        conditionalFormats: describeConditionalFormats(s),
        tables: describeTables(host).filter((t) => t.sheet === s.name),
        protection: s.protection,
        freeze: s.freeze,
        visibility: s.visibility,
      };
    },
    usedAddress(sheet, valuesOnly = false) {
      const s = sheetOf(sheet);
      const u = usedRect(s, valuesOnly);
      return u ? formatAddress(s.name, u) : null;
    },
    validationRules(sheet) {
      const s = sheetOf(sheet);
      return s.validations.map((v) => ({
        address: formatAddress(s.name, v.rect),
        type: v.rule ? Object.keys(v.rule)[0]! : "none",
        rule: v.rule,
        errorAlert: v.errorAlert,
        prompt: v.prompt,
        ignoreBlanks: v.ignoreBlanks,
      }));
    },
    conditionalFormats: (sheet) => describeConditionalFormats(sheetOf(sheet)),
    tables: () => describeTables(host),
    pivots: () => describePivots(host),
    names: () => st.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment })),
    settings: () =>
      Object.fromEntries([...st.settings.entries()].map(([k, v]) => [k, JSON.parse(v) as unknown])),
    charts: (sheet) =>
      sheetOf(sheet).charts.map((c) => ({
        name: c.name,
        chartType: c.chartType,
        sourceAddress: c.sourceAddress,
        seriesBy: c.seriesBy,
        title: c.title,
        position: c.position,
      })),
    merges: (sheet) => sheetOf(sheet).merges.map((m) => formatAddress(sheet, m)),
    frozen: (sheet) => ({ ...sheetOf(sheet).freeze }),
    columnWidth: (sheet, column) => sheetOf(sheet).colWidths.get(column) ?? 48,
    columnHidden: (sheet, column) => sheetOf(sheet).colHidden.get(column) === true,
    isProtected: (sheet) => sheetOf(sheet).protection.protected,
    handlerCount: (sheet) => sheetOf(sheet).handlers.length + st.workbookHandlers.length,
  };
}
