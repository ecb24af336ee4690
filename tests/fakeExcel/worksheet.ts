/** Worksheets: the collection, Worksheet, freeze panes, protection. */
import type { Rect } from "./address";
import { MAX_COLUMNS, MAX_ROWS, parseAddress, rect } from "./address";
import type { BatchContext } from "./batch";
import { clientResult, FakeClientObject, FakeCollection } from "./batch";
import type { FakeClientResult } from "./batch";
import { FakeChartCollection } from "./chart";
import type { HostCore } from "./core";
import { fail } from "./errors";
import { FakeEventHandlers } from "./events";
import { FakePageBreakCollection, FakePageLayout } from "./pageLayout";
import { FakePivotTableCollection } from "./pivot";
import { FakeRange } from "./range";
import { usedRect } from "./sheetOps";
import type { SheetState, Transaction } from "./state";
import { newSheet } from "./state";
import { FakeTableCollection } from "./table";

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting/ending with ', not "History". */
export function checkSheetName(
  host: HostCore,
  name: string,
  except: SheetState | null,
  member: string,
): void {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    fail("InvalidArgument", `'${String(name)}' is not a valid worksheet name.`, member);
  }
  const other = host.state.sheetByName(name);
  if (other && other !== except)
    fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`, member);
}

/** Resolves a defined name or A1 address on a sheet. */
export function rectOn(host: HostCore, sheet: SheetState, address: string, member: string): Rect {
  const p = parseAddress(address);
  if (p) {
    if (p.sheet !== null && p.sheet.toLowerCase() !== sheet.name.toLowerCase())
      fail("InvalidArgument", `'${address}' is not on worksheet '${sheet.name}'.`, member);
    return p.rect;
  }
  const named = host.state.names.find((n) => n.name.toLowerCase() === address.toLowerCase());
  const target = named ? parseAddress(named.formula.replace(/\$/g, "")) : null;
  if (target && (target.sheet === null || target.sheet.toLowerCase() === sheet.name.toLowerCase()))
    return target.rect;
  return fail("InvalidArgument", `The address '${address}' is not valid.`, member);
}

function liveSheet(host: HostCore, id: string): SheetState {
  return host.state.sheetById(id) ?? fail("ItemNotFound", "The worksheet no longer exists.", "Worksheet");
}

const SHEET_PROPS = ["id", "name", "position", "visibility"];

/** `Excel.WorksheetCollection`. */
export class FakeWorksheetCollection extends FakeCollection<SheetState, FakeWorksheet> {
  readonly _type = "WorksheetCollection";
  override _resolve(): readonly SheetState[] {
    return this._ctx._host.state.sheets.filter((s) => !s.deleted);
  }
  override _itemProps(): readonly string[] {
    return SHEET_PROPS;
  }
  override _makeItem(s: SheetState): FakeWorksheet {
    return new FakeWorksheet(this._ctx, () => liveSheet(this._ctx._host, s.id));
  }
  /** [ExcelApi 1.4] */
  getCount(visibleOnly = false): FakeClientResult<number> {
    return clientResult(
      this,
      "getCount",
      (_tx, list) => list.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }
  private find(key: string): SheetState | undefined {
    const st = this._ctx._host.state;
    return st.sheetByName(key) ?? st.sheetById(key);
  }
  /** By name (case-insensitive) or id. */
  getItem(key: string): FakeWorksheet {
    this._use();
    return new FakeWorksheet(
      this._ctx,
      () =>
        this.find(key) ??
        fail("ItemNotFound", `The worksheet '${key}' doesn't exist.`, "WorksheetCollection.getItem"),
    );
  }
  /** [ExcelApi 1.4] */
  getItemOrNullObject(key: string): FakeWorksheet {
    this._use();
    return new FakeWorksheet(
      this._ctx,
      () => this.find(key) ?? fail("ItemNotFound", `The worksheet '${key}' doesn't exist.`),
      true,
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    this._use();
    const st = this._ctx._host.state;
    return new FakeWorksheet(
      this._ctx,
      () => st.sheetById(st.activeSheetId ?? "") ?? fail("ItemNotFound", "No active worksheet."),
    );
  }
  /** Adds a sheet at the end (name "SheetN" when omitted). */
  add(name?: string): FakeWorksheet {
    this._use();
    const host = this._ctx._host;
    const holder: { id: string | null } = { id: null };
    this._call("add", [name ?? null], (tx) => {
      const st = host.state;
      let n = name;
      if (n === undefined) {
        let k = st.sheets.filter((s) => !s.deleted).length + 1;
        while (st.sheetByName(`Sheet${k}`)) k++;
        n = `Sheet${k}`;
      }
      checkSheetName(host, n, null, "WorksheetCollection.add");
      const sheet = newSheet(st.nextId("Sheet"), n);
      tx.set(st, "sheets", [...st.sheets, sheet]);
      tx.set(holder, "id", sheet.id);
    });
    return new FakeWorksheet(this._ctx, () =>
      liveSheet(host, holder.id ?? fail("ItemNotFound", "The worksheet was not created.")),
    );
  }
  /** [ExcelApi 1.9] */
  get onChanged(): FakeEventHandlers {
    this._use();
    this._requires("1.9", "WorksheetCollection.onChanged");
    const st = this._ctx._host.state;
    return this._child(
      "onChanged",
      () =>
        new FakeEventHandlers(
          this._ctx,
          () => ({ owner: st, key: "workbookHandlers", list: st.workbookHandlers }),
          () => this._use(),
        ),
    );
  }
}

/** `Excel.Worksheet`. */
export class FakeWorksheet extends FakeClientObject<SheetState> {
  readonly _type = "Worksheet";
  private readonly locate: (tx: Transaction) => SheetState;
  _sheetId: string | undefined = undefined;

  constructor(ctx: BatchContext, locate: (tx: Transaction) => SheetState, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  /** Bound to the sheet found first (a rename later in the batch keeps it). */
  override _resolve(tx: Transaction): SheetState {
    if (this._sheetId !== undefined) return liveSheet(this._ctx._host, this._sheetId);
    const s = this.locate(tx);
    if (s.deleted) fail("ItemNotFound", "The worksheet no longer exists.", "Worksheet");
    tx.set(this, "_sheetId", s.id);
    return s;
  }
  override _props(): readonly string[] {
    return SHEET_PROPS;
  }
  override _read(prop: string, s: SheetState): unknown {
    switch (prop) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this._ctx._host.state.sheets.filter((x) => !x.deleted).indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        return undefined;
    }
  }
  override _nav(name: string): FakeClientObject<unknown> | undefined {
    switch (name) {
      case "tables":
        return this.tables;
      case "protection":
        return this.protection;
      case "charts":
        return this.charts;
      case "freezePanes":
        return this.freezePanes;
      default:
        return undefined;
    }
  }
  private get host(): HostCore {
    return this._ctx._host;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set(
      "name",
      name,
      (tx, s) => {
        checkSheetName(this.host, name, s, "Worksheet.name");
        tx.set(s, "name", name);
      },
      true,
    );
  }
  get position(): number {
    return this._get("position");
  }
  set position(p: number) {
    this._set("position", p, (tx, s) => {
      const st = this.host.state;
      const live = st.sheets.filter((x) => !x.deleted);
      if (!Number.isInteger(p) || p < 0 || p >= live.length)
        fail("InvalidArgument", `Position ${p} is out of range.`, "Worksheet.position");
      const rest = live.filter((x) => x !== s);
      rest.splice(p, 0, s);
      tx.set(st, "sheets", [...rest, ...st.sheets.filter((x) => x.deleted)]);
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  /** [ExcelApi 1.2] Hiding the last visible sheet fails (InvalidOperation). */
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this._set("visibility", v, (tx, s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v))
        fail("InvalidArgument", `Unknown visibility '${String(v)}'.`, "Worksheet.visibility");
      const others = this.host.state.sheets.filter(
        (x) => !x.deleted && x !== s && x.visibility === "Visible",
      );
      if (v !== "Visible" && others.length === 0)
        fail("InvalidOperation", "A workbook needs at least one visible sheet.", "Worksheet.visibility");
      tx.set(s, "visibility", v);
    });
  }

  private range(fn: (s: SheetState) => Rect, nullable = false): FakeRange {
    this._use();
    return new FakeRange(
      this._ctx,
      (tx) => {
        const sheet = this._resolve(tx);
        return { sheet, rect: fn(sheet) };
      },
      nullable,
    );
  }
  /** `getRange()` = whole sheet; addresses may carry this sheet's name; defined names resolve too. */
  getRange(address?: string): FakeRange {
    return this.range((s) =>
      address === undefined || address === ""
        ? rect(0, 0, MAX_ROWS, MAX_COLUMNS)
        : rectOn(this.host, s, address, "Worksheet.getRange"),
    );
  }
  /** [ExcelApi 1.7] */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._requires("1.7", "Worksheet.getRangeByIndexes");
    return this.range(() => rect(startRow, startColumn, rowCount, columnCount));
  }
  getCell(row: number, column: number): FakeRange {
    return this.range(() => rect(row, column, 1, 1));
  }
  /** A1 on an empty sheet, like Excel. `valuesOnly` [1.2]. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range((s) => usedRect(s, valuesOnly) ?? rect(0, 0, 1, 1));
  }
  /** [ExcelApi 1.4] A null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this._requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    return this.range(
      (s) =>
        usedRect(s, valuesOnly) ??
        fail("ItemNotFound", "The worksheet is empty.", "Worksheet.getUsedRangeOrNullObject"),
      true,
    );
  }
  activate(): void {
    this._call(
      "activate",
      [],
      (tx, s) => {
        if (s.visibility !== "Visible")
          fail("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
        tx.set(this.host.state, "activeSheetId", s.id);
        tx.set(this.host.state, "selection", { sheetId: s.id, rect: rect(0, 0, 1, 1) });
      },
      false,
    );
  }
  /** Deletes the sheet with its tables and pivots; the last visible sheet cannot go. */
  delete(): void {
    this._call("delete", [], (tx, s) => {
      const st = this.host.state;
      if (!st.sheets.some((x) => !x.deleted && x !== s && x.visibility === "Visible"))
        fail("InvalidOperation", "A workbook needs at least one visible sheet.", "Worksheet.delete");
      if (s.protection.protected)
        fail("AccessDenied", "A protected sheet cannot be deleted.", "Worksheet.delete");
      tx.set(s, "deleted", true);
      for (const t of st.tables) if (t.sheetId === s.id && !t.deleted) tx.set(t, "deleted", true);
      for (const p of st.pivots) if (p.sheetId === s.id && !p.deleted) tx.set(p, "deleted", true);
      if (st.activeSheetId === s.id) {
        const next = st.sheets.find((x) => !x.deleted && x.visibility === "Visible");
        tx.set(st, "activeSheetId", next?.id ?? null);
        tx.set(st, "selection", next ? { sheetId: next.id, rect: rect(0, 0, 1, 1) } : null);
      }
    });
  }
  get tables(): FakeTableCollection {
    this._use();
    return this._child("tables", () => new FakeTableCollection(this._ctx, (tx) => this._resolve(tx)));
  }
  /** [ExcelApi 1.3] (add needs 1.8) */
  get pivotTables(): FakePivotTableCollection {
    this._use();
    this._requires("1.3", "Worksheet.pivotTables");
    return this._child(
      "pivotTables",
      () => new FakePivotTableCollection(this._ctx, (tx) => this._resolve(tx)),
    );
  }
  get charts(): FakeChartCollection {
    this._use();
    return this._child("charts", () => new FakeChartCollection(this._ctx, (tx) => this._resolve(tx)));
  }
  /** [ExcelApi 1.7] */
  get freezePanes(): FakeFreezePanes {
    this._use();
    this._requires("1.7", "Worksheet.freezePanes");
    return this._child("freezePanes", () => new FakeFreezePanes(this._ctx, this));
  }
  /** [ExcelApi 1.9] Page layout and page breaks: recorded for tests (pageLayout.ts). */
  get pageLayout(): FakePageLayout {
    this._use();
    this._requires("1.9", "Worksheet.pageLayout");
    return this._child("pageLayout", () => new FakePageLayout(this._ctx, this));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    this._use();
    this._requires("1.9", "Worksheet.horizontalPageBreaks");
    return this._child("horizontalPageBreaks", () => new FakePageBreakCollection(this._ctx, this));
  }
  /** [ExcelApi 1.2] */
  get protection(): FakeWorksheetProtection {
    this._use();
    this._requires("1.2", "Worksheet.protection");
    return this._child("protection", () => new FakeWorksheetProtection(this._ctx, this));
  }
  /** [ExcelApi 1.7] */
  get onSelectionChanged(): FakeEventHandlers {
    this._use();
    this._requires("1.7", "Worksheet.onSelectionChanged");
    return this._child(
      "onSelectionChanged",
      () =>
        new FakeEventHandlers(
          this._ctx,
          (tx) => {
            const s = this._resolve(tx);
            return { owner: s, key: "selectionHandlers", list: s.selectionHandlers };
          },
          () => this._use(),
        ),
    );
  }
  /** [ExcelApi 1.7] */
  get onChanged(): FakeEventHandlers {
    this._use();
    this._requires("1.7", "Worksheet.onChanged");
    return this._child(
      "onChanged",
      () =>
        new FakeEventHandlers(
          this._ctx,
          (tx) => {
            const s = this._resolve(tx);
            return { owner: s, key: "handlers", list: s.handlers };
          },
          () => this._use(),
        ),
    );
  }
}

/** `Excel.WorksheetFreezePanes` [1.7]: freezeRows, freezeColumns, unfreeze, getLocationOrNullObject. */
export class FakeFreezePanes extends FakeClientObject<SheetState> {
  readonly _type = "WorksheetFreezePanes";
  private readonly sheet: FakeWorksheet;
  constructor(ctx: BatchContext, sheet: FakeWorksheet) {
    super(ctx);
    this.sheet = sheet;
  }
  override _resolve(tx: Transaction): SheetState {
    return this.sheet._resolve(tx);
  }
  override _props(): readonly string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (tx, s) => tx.set(s, "freeze", { rows: count, cols: 0 }), false);
  }
}

/**
 * `Excel.WorksheetProtection` [1.2]: protected, options (read only: OrderFlow never protects a sheet; tests
 * protect one with `host.protectSheet`).
 */
export class FakeWorksheetProtection extends FakeClientObject<SheetState> {
  readonly _type = "WorksheetProtection";
  private readonly sheet: FakeWorksheet;
  constructor(ctx: BatchContext, sheet: FakeWorksheet) {
    super(ctx);
    this.sheet = sheet;
  }
  override _resolve(tx: Transaction): SheetState {
    return this.sheet._resolve(tx);
  }
  override _props(): readonly string[] {
    return ["protected", "options"];
  }
  override _read(prop: string, s: SheetState): unknown {
    return prop === "protected" ? s.protection.protected : { ...s.protection.options };
  }
  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Record<string, unknown> {
    return this._get("options");
  }
}
