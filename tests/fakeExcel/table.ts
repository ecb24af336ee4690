/**
 * Tables: `workbook.tables`, `worksheet.tables`, `range.getTables()`, Table, columns, rows, autoFilter.
 * Creation refuses overlaps with other tables and merged cells (InvalidArgument). Header names are unique
 * (blank → ColumnN, duplicates → Name2). Growth: see `growTablesOnWrite` in sheetOps.ts.
 * rows.add never shifts cells outside the table: it needs empty cells below (InvalidOperation otherwise).
 * columns.add inserts cells as Excel does (switch `tableColumnsShift`, default on): see `shiftBesideRight`.
 */
import type { Rect } from "./address";
import { formatAddress, overlaps, parseAddress, rect } from "./address";
import type { BatchContext } from "./batch";
import { clientResult, FakeClientObject, FakeCollection } from "./batch";
import type { FakeClientResult } from "./batch";
import type { HostCore } from "./core";
import { fail } from "./errors";
import { FakeRange, tableRange } from "./range";
import { assertWritable, checkShape, normalizeHeaders, tableColumnNames, writeCells } from "./sheetOps";
import type { SheetState, TableState, Transaction } from "./state";
import { cellValue, clearCellsRaw, forRowsIn, isEmptyValue, rowFor, saveCells } from "./state";
import { FakeWorksheet } from "./worksheet";

function liveTable(host: HostCore, id: string): TableState {
  const t = host.state.tables.find((x) => x.id === id && !x.deleted);
  return t ?? fail("ItemNotFound", "The table no longer exists.", "Table");
}

function sheetOf(host: HostCore, t: TableState): SheetState {
  return (
    host.state.sheetById(t.sheetId) ??
    fail("ItemNotFound", "The table's worksheet no longer exists.", "Table")
  );
}

/** A valid, unused table or defined name (Excel's rules, simplified). */
export function checkNewName(host: HostCore, name: string, except: TableState | null, member: string): void {
  if (
    typeof name !== "string" ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[rRcC]$/.test(name) ||
    name.length > 255
  ) {
    fail("InvalidArgument", `'${String(name)}' is not a valid name.`, member);
  }
  const lower = name.toLowerCase();
  const clash =
    host.state.liveTables().some((t) => t !== except && t.name.toLowerCase() === lower) ||
    host.state.names.some((n) => n.name.toLowerCase() === lower) ||
    host.state.livePivots().some((p) => p.name.toLowerCase() === lower);
  if (clash) fail("ItemAlreadyExists", `The name '${name}' is already used.`, member);
}

/** Cells (values or formulas) present in a rect. */
function anyFilled(sheet: SheetState, r: Rect): boolean {
  let filled = false;
  forRowsIn(sheet, r.r0, r.rows, (_i, row) => {
    for (let c = r.c0; c < r.c0 + r.cols && !filled; c++)
      if (!isEmptyValue(row.v[c]) || row.f?.[c] !== undefined) filled = true;
  });
  return filled;
}

/** Moves a block of cells (values, formulas, styles) by (dr, dc), with undo. */
function moveBlock(tx: Transaction, sheet: SheetState, src: Rect, dr: number, dc: number): void {
  const dest = rect(src.r0 + dr, src.c0 + dc, src.rows, src.cols);
  saveCells(tx, sheet, src);
  saveCells(tx, sheet, dest);
  const block: { v: unknown; f: string | undefined; s: number | undefined }[][] = [];
  for (let i = 0; i < src.rows; i++) {
    const row = sheet.rows.get(src.r0 + i);
    block.push(
      Array.from({ length: src.cols }, (_, j) => ({
        v: row?.v[src.c0 + j],
        f: row?.f?.[src.c0 + j],
        s: row?.s?.[src.c0 + j],
      })),
    );
  }
  clearCellsRaw(sheet, src, true);
  for (let i = 0; i < src.rows; i++) {
    const row = rowFor(sheet, dest.r0 + i);
    for (let j = 0; j < src.cols; j++) {
      const cell = block[i]![j]!;
      row.v[dest.c0 + j] = cell.v as (typeof row.v)[number];
      if (cell.f !== undefined || row.f) (row.f ??= [])[dest.c0 + j] = cell.f;
      if (cell.s !== undefined || row.s) (row.s ??= [])[dest.c0 + j] = cell.s;
    }
  }
}

/** 1 when the Total Row of the table behind `table` is shown (resolved at sync time through the rect's owner). */
function totalsOf(table: FakeTable, r: Rect): number {
  const t = table._ctx._host.state.liveTables().find((x) => x.rect === r);
  return t?.showTotals ? 1 : 0;
}

function growInto(host: HostCore, t: TableState, sheet: SheetState, area: Rect, what: string): void {
  if (t.filtered)
    fail(
      "InvalidOperation",
      `Table '${t.name}' is filtered; clear the filter before ${what}.`,
      `Table.${what}`,
    );
  if (area.r0 + area.rows > 1_048_576 || area.c0 + area.cols > 16_384)
    fail("InvalidArgument", "The table would leave the grid.", `Table.${what}`);
  if (anyFilled(sheet, area))
    fail(
      "InvalidOperation",
      `The fake does not shift cells: ${formatAddress(sheet.name, area)} must be empty for ${what}.`,
      `Table.${what}`,
    );
  for (const other of host.state.liveTables()) {
    if (other !== t && other.sheetId === sheet.id && overlaps(other.rect, area))
      fail("InvalidOperation", `Table '${other.name}' is in the way.`, `Table.${what}`);
  }
  if (sheet.merges.some((m) => overlaps(m, area)))
    fail("InvalidOperation", "Merged cells are in the way.", `Table.${what}`);
}

/**
 * What Excel does to the cells right of a table when a column joins it: a column of cells is inserted in
 * the table's rows only, so everything right of the table in those rows moves one column right, and the
 * rows above and below stay (Range.insert with InsertShiftDirection "Right", ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.insertshiftdirection; "Insert or delete cells,
 * rows, and columns", https://support.microsoft.com/office/6f40e6e4-85af-45e0-b39d-65dd504a3246). Like
 * Excel it refuses to push non-blank cells off the sheet, and to move part of another table, a merged area
 * or a PivotTable ("This operation is not allowed. The operation is attempting to shift cells in a table").
 * Data validation and conditional formats beside the table are not moved (the fake keeps them per rect):
 * the adapter must not rely on either.
 */
function shiftBesideRight(host: HostCore, tx: Transaction, t: TableState, sheet: SheetState): void {
  const what = "columns.add";
  if (t.filtered)
    fail(
      "InvalidOperation",
      `Table '${t.name}' is filtered; clear the filter before ${what}.`,
      `Table.${what}`,
    );
  const first = t.rect.c0 + t.rect.cols;
  let last = first - 1;
  // The last column holding a value, a formula or a format in the table's rows.
  forRowsIn(sheet, t.rect.r0, t.rect.rows, (_r, row) => {
    for (let c = row.v.length - 1; c > last; c--) if (!isEmptyValue(row.v[c])) last = c;
    for (let c = (row.f?.length ?? 0) - 1; c > last; c--) if (row.f?.[c] !== undefined) last = c;
    for (let c = (row.s?.length ?? 0) - 1; c > last; c--) if ((row.s?.[c] ?? 0) !== 0) last = c;
  });
  const band = rect(t.rect.r0, first, t.rect.rows, Math.max(0, 16_384 - first));
  for (const other of host.state.liveTables()) {
    if (other === t || other.sheetId !== sheet.id || !overlaps(other.rect, band)) continue;
    if (other.rect.r0 < band.r0 || other.rect.r0 + other.rect.rows > band.r0 + band.rows)
      fail(
        "InvalidOperation",
        `The operation is attempting to shift cells in table '${other.name}'.`,
        `Table.${what}`,
      );
    last = Math.max(last, other.rect.c0 + other.rect.cols - 1);
  }
  for (const m of sheet.merges) {
    if (!overlaps(m, band)) continue;
    if (m.r0 < band.r0 || m.r0 + m.rows > band.r0 + band.rows)
      fail("InvalidOperation", "The operation would shift part of a merged area.", `Table.${what}`);
    last = Math.max(last, m.c0 + m.cols - 1);
  }
  for (const p of host.state.livePivots())
    if (p.sheetId === sheet.id && p.written && overlaps(p.written, band))
      fail("InvalidOperation", `The operation would shift PivotTable '${p.name}'.`, `Table.${what}`);
  if (last < first) return;
  if (last >= 16_383)
    fail(
      "InvalidOperation",
      "To prevent possible loss of data, Excel cannot shift nonblank cells off of the worksheet.",
      `Table.${what}`,
    );
  const moved = rect(t.rect.r0, first, t.rect.rows, last - first + 1);
  assertWritable(host, sheet, rect(moved.r0, moved.c0, moved.rows, moved.cols + 1), "values");
  moveBlock(tx, sheet, moved, 0, 1);
  for (const other of host.state.liveTables())
    if (other !== t && other.sheetId === sheet.id && overlaps(other.rect, band))
      tx.set(other, "rect", rect(other.rect.r0, other.rect.c0 + 1, other.rect.rows, other.rect.cols));
  if (sheet.merges.some((m) => overlaps(m, band)))
    tx.set(
      sheet,
      "merges",
      sheet.merges.map((m) => (overlaps(m, band) ? rect(m.r0, m.c0 + 1, m.rows, m.cols) : m)),
    );
}

/** `Excel.TableCollection` (workbook or worksheet scope). */
export class FakeTableCollection extends FakeCollection<TableState, FakeTable> {
  readonly _type = "TableCollection";
  private readonly sheetLocate: ((tx: Transaction) => SheetState) | null;

  constructor(ctx: BatchContext, sheetLocate: ((tx: Transaction) => SheetState) | null) {
    super(ctx);
    this.sheetLocate = sheetLocate;
  }
  override _resolve(tx: Transaction): readonly TableState[] {
    const sheet = this.sheetLocate ? this.sheetLocate(tx) : null;
    return this._ctx._host.state.liveTables().filter((t) => !sheet || t.sheetId === sheet.id);
  }
  override _props(): readonly string[] {
    return ["count"];
  }
  override _itemProps(): readonly string[] {
    return TABLE_PROPS;
  }
  override _makeItem(t: TableState): FakeTable {
    return new FakeTable(this._ctx, () => liveTable(this._ctx._host, t.id));
  }
  get count(): number {
    return this._get("count");
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  getItem(key: string): FakeTable {
    this._use();
    return new FakeTable(
      this._ctx,
      (tx) =>
        this.find(tx, key) ??
        fail("ItemNotFound", `The table '${key}' doesn't exist.`, "TableCollection.getItem"),
    );
  }
  /** [ExcelApi 1.4] */
  getItemOrNullObject(key: string): FakeTable {
    this._use();
    return new FakeTable(
      this._ctx,
      (tx) => this.find(tx, key) ?? fail("ItemNotFound", `The table '${key}' doesn't exist.`),
      true,
    );
  }
  getItemAt(index: number): FakeTable {
    this._use();
    return new FakeTable(
      this._ctx,
      (tx) => this._resolve(tx)[index] ?? fail("ItemNotFound", `No table at ${index}.`),
    );
  }
  private find(tx: Transaction, key: string): TableState | undefined {
    const lower = key.toLowerCase();
    return this._resolve(tx).find((t) => t.name.toLowerCase() === lower || t.id === key);
  }

  /**
   * Creates a table over `address` (string or Range [1.3]). Only `hasHeaders: true` is modelled
   * (NotImplemented otherwise). A one-row range gets one empty data row below it, as in Excel.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    this._use();
    if (typeof address !== "string") this._sameContext(address);
    const holder: { id: string | null } = { id: null };
    const host = this._ctx._host;
    this._call("add", [typeof address === "string" ? address : "<Range>", hasHeaders], (tx) => {
      if (!hasHeaders)
        fail("NotImplemented", "The fake only models tables.add(address, true).", "TableCollection.add");
      let sheet: SheetState;
      let r: Rect;
      if (typeof address === "string") {
        const p =
          parseAddress(address) ??
          fail("InvalidArgument", `Bad address '${address}'.`, "TableCollection.add");
        const scoped = this.sheetLocate ? this.sheetLocate(tx) : null;
        if (p.sheet !== null) {
          sheet =
            host.state.sheetByName(p.sheet) ??
            fail("ItemNotFound", `No sheet '${p.sheet}'.`, "TableCollection.add");
          if (scoped && scoped !== sheet)
            fail("InvalidArgument", "The address is on another worksheet.", "TableCollection.add");
        } else {
          sheet =
            scoped ??
            host.state.sheetById(host.state.activeSheetId ?? "") ??
            fail("ItemNotFound", "No active sheet.");
        }
        r = p.rect;
      } else {
        const ref = address._resolve(tx);
        sheet = ref.sheet;
        r = ref.rect;
      }
      if (r.rows === 1) r = rect(r.r0, r.c0, 2, r.cols);
      assertWritable(host, sheet, r, "object");
      for (const t of host.state.liveTables()) {
        if (t.sheetId === sheet.id && overlaps(t.rect, r))
          fail("InvalidArgument", `The range overlaps table '${t.name}'.`, "TableCollection.add");
      }
      // MergedRangeConflict: "A table can't overlap with ... merged cells"
      // (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
      if (sheet.merges.some((m) => overlaps(m, r)))
        fail("MergedRangeConflict", "A table cannot contain merged cells.", "TableCollection.add");
      for (const p of host.state.livePivots()) {
        if (p.sheetId === sheet.id && p.written && overlaps(p.written, r))
          fail("InvalidArgument", `The range overlaps PivotTable '${p.name}'.`, "TableCollection.add");
      }
      let n = 1;
      while (host.state.liveTables().some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      const table: TableState = {
        id: host.state.nextId("Table"),
        name: `Table${n}`,
        sheetId: sheet.id,
        rect: r,
        showFilterButton: true,
        filtered: false,
        style: "TableStyleMedium2",
        deleted: false,
      };
      normalizeHeaders(host, tx, sheet, table, false);
      tx.set(host.state, "tables", [...host.state.tables, table]);
      tx.set(holder, "id", table.id);
    });
    return new FakeTable(this._ctx, () =>
      liveTable(host, holder.id ?? fail("ItemNotFound", "The table was not created.")),
    );
  }
}

/** `Excel.TableScopedCollection` from `range.getTables()` [1.9]. */
export class FakeTableScopedCollection extends FakeCollection<TableState, FakeTable> {
  readonly _type = "TableScopedCollection";
  private readonly list: (tx: Transaction) => readonly TableState[];
  constructor(ctx: BatchContext, list: (tx: Transaction) => readonly TableState[]) {
    super(ctx);
    this.list = list;
  }
  override _resolve(tx: Transaction): readonly TableState[] {
    return this.list(tx);
  }
  override _itemProps(): readonly string[] {
    return TABLE_PROPS;
  }
  override _makeItem(t: TableState): FakeTable {
    return new FakeTable(this._ctx, () => liveTable(this._ctx._host, t.id));
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
}

const TABLE_PROPS = ["id", "name", "showHeaders", "showTotals", "showFilterButton", "style"];

/** `Excel.Table`. */
export class FakeTable extends FakeClientObject<TableState> {
  readonly _type = "Table";
  private readonly locate: (tx: Transaction) => TableState;

  constructor(ctx: BatchContext, locate: (tx: Transaction) => TableState, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): TableState {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return TABLE_PROPS;
  }
  override _read(prop: string, t: TableState): unknown {
    switch (prop) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "showHeaders":
        return true;
      case "showTotals":
        return t.showTotals === true;
      case "showFilterButton":
        return t.showFilterButton;
      case "style":
        return t.style;
      default:
        return undefined;
    }
  }
  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (tx, t) => {
      checkNewName(this._ctx._host, name, t, "Table.name");
      tx.set(t, "name", name);
    });
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  get style(): string {
    return this._get("style");
  }
  set style(s: string) {
    this._set("style", s, (tx, t) => tx.set(t, "style", s));
  }
  /** [ExcelApi 1.3] */
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  get columns(): FakeTableColumnCollection {
    this._use();
    return this._child("columns", () => new FakeTableColumnCollection(this._ctx, this));
  }
  get rows(): FakeTableRowCollection {
    this._use();
    return this._child("rows", () => new FakeTableRowCollection(this._ctx, this));
  }
  /** [ExcelApi 1.2] */
  get worksheet(): FakeWorksheet {
    this._use();
    return this._child(
      "worksheet",
      () => new FakeWorksheet(this._ctx, (tx) => sheetOf(this._ctx._host, this._resolve(tx))),
    );
  }
  /** [ExcelApi 1.9] */
  get autoFilter(): FakeAutoFilter {
    this._use();
    this._requires("1.9", "Table.autoFilter");
    return this._child("autoFilter", () => new FakeAutoFilter(this._ctx, this));
  }
  getRange(): FakeRange {
    this._use();
    return tableRange(this._ctx, this, (r) => r);
  }
  getHeaderRowRange(): FakeRange {
    this._use();
    return tableRange(this._ctx, this, (r) => rect(r.r0, r.c0, 1, r.cols));
  }
  getDataBodyRange(): FakeRange {
    this._use();
    return tableRange(this._ctx, this, (r) => rect(r.r0 + 1, r.c0, r.rows - 1 - totalsOf(this, r), r.cols));
  }
  /** Deletes the table and its cells' contents and formats. */
  delete(): void {
    this._call("delete", [], (tx, t) => {
      const host = this._ctx._host;
      const sheet = sheetOf(host, t);
      assertWritable(host, sheet, t.rect, "values");
      saveCells(tx, sheet, t.rect);
      clearCellsRaw(sheet, t.rect, true);
      tx.set(t, "deleted", true);
    });
  } /** [ExcelApi 1.2] Keeps the cells, drops the table (setup's undo of a table it made). */
  convertToRange(): FakeRange {
    this._use();
    const holder: { ref: { sheet: SheetState; rect: Rect } | null } = { ref: null };
    this._call("convertToRange", [], (tx, t) => {
      const sheet = sheetOf(this._ctx._host, t);
      assertWritable(this._ctx._host, sheet, t.rect, "object");
      tx.set(holder, "ref", { sheet, rect: t.rect });
      tx.set(t, "deleted", true);
    });
    return new FakeRange(this._ctx, () => holder.ref ?? fail("ItemNotFound", "Not converted."));
  }
}

interface ColumnRef {
  readonly table: TableState;
  readonly index: number;
}

/** `Excel.TableColumnCollection`. */
export class FakeTableColumnCollection extends FakeCollection<ColumnRef, FakeTableColumn> {
  readonly _type = "TableColumnCollection";
  private readonly table: FakeTable;
  constructor(ctx: BatchContext, table: FakeTable) {
    super(ctx);
    this.table = table;
  }
  override _resolve(tx: Transaction): readonly ColumnRef[] {
    const t = this.table._resolve(tx);
    return Array.from({ length: t.rect.cols }, (_, index) => ({ table: t, index }));
  }
  override _props(): readonly string[] {
    return ["count"];
  }
  override _itemProps(): readonly string[] {
    return ["id", "index", "name"];
  }
  override _makeItem(c: ColumnRef): FakeTableColumn {
    const name = tableColumnNames(this._ctx._host, c.table)[c.index]!;
    return new FakeTableColumn(this._ctx, this.table, (tx) => this.byName(tx, name));
  }
  get count(): number {
    return this._get("count");
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  private byName(tx: Transaction, key: string | number): ColumnRef {
    const t = this.table._resolve(tx);
    const names = tableColumnNames(this._ctx._host, t);
    const lower = String(key).toLowerCase();
    let index = names.findIndex((n) => n.toLowerCase() === lower);
    if (index < 0 && typeof key === "number") index = key - 1; // column ids are 1-based positions
    if (index < 0 || index >= names.length)
      fail("ItemNotFound", `The table has no column '${String(key)}'.`, "TableColumnCollection.getItem");
    return { table: t, index };
  }
  getItem(key: string | number): FakeTableColumn {
    this._use();
    return new FakeTableColumn(this._ctx, this.table, (tx) => this.byName(tx, key));
  }
  /** [ExcelApi 1.4] */
  getItemOrNullObject(key: string | number): FakeTableColumn {
    this._use();
    return new FakeTableColumn(this._ctx, this.table, (tx) => this.byName(tx, key), true);
  }
  getItemAt(index: number): FakeTableColumn {
    this._use();
    return new FakeTableColumn(this._ctx, this.table, (tx) => {
      const t = this.table._resolve(tx);
      if (index < 0 || index >= t.rect.cols) fail("ItemNotFound", `No column at ${index}.`);
      return { table: t, index };
    });
  }

  /**
   * Adds a column at `index` (null = right end). `values` is rowCount × 1 including the header cell;
   * `name` [1.4] names the column (it wins over values[0][0]). The cells it moves into must be empty.
   */
  add(
    index?: number | null,
    values?: unknown[][] | boolean | string | number,
    name?: string,
  ): FakeTableColumn {
    this._use();
    const holder: { index: number | null } = { index: null };
    this._call("add", [index ?? null, values ?? null, name ?? null], (tx) => {
      const host = this._ctx._host;
      const t = this.table._resolve(tx);
      const sheet = sheetOf(host, t);
      const at = index === null || index === undefined ? t.rect.cols : index;
      if (!Number.isInteger(at) || at < 0 || at > t.rect.cols)
        fail(
          "InvalidArgument",
          `Column index ${String(index)} is out of range.`,
          "TableColumnCollection.add",
        );
      const colRect = rect(t.rect.r0, t.rect.c0 + at, t.rect.rows, 1);
      let grid: unknown[][];
      if (values === undefined || values === null) grid = Array.from({ length: t.rect.rows }, () => [""]);
      else grid = checkShape(values, colRect, "values", false)!;
      const newName =
        name ?? (isEmptyValue(grid[0]![0] as string) ? `Column${t.rect.cols + 1}` : String(grid[0]![0]));
      if (
        tableColumnNames(host, t).some((n) => n.toLowerCase() === newName.toLowerCase()) &&
        name !== undefined
      ) {
        fail(
          "ItemAlreadyExists",
          `The table already has a column '${newName}'.`,
          "TableColumnCollection.add",
        );
      }
      const outside = rect(t.rect.r0, t.rect.c0 + t.rect.cols, t.rect.rows, 1);
      assertWritable(host, sheet, rect(t.rect.r0, t.rect.c0, t.rect.rows, t.rect.cols + 1), "values");
      if (host.strict.tableColumnsShift) shiftBesideRight(host, tx, t, sheet);
      else growInto(host, t, sheet, outside, "columns.add");
      if (at < t.rect.cols)
        moveBlock(tx, sheet, rect(t.rect.r0, t.rect.c0 + at, t.rect.rows, t.rect.cols - at), 0, 1);
      tx.set(t, "rect", rect(t.rect.r0, t.rect.c0, t.rect.rows, t.rect.cols + 1));
      const withHeader = grid.map((row, i) => (i === 0 ? [newName] : row));
      writeCells(host, tx, { sheet, rect: colRect }, withHeader, "values");
      tx.set(holder, "index", at);
    });
    return new FakeTableColumn(this._ctx, this.table, (tx) => {
      const t = this.table._resolve(tx);
      return { table: t, index: holder.index ?? fail("ItemNotFound", "The column was not added.") };
    });
  }
}

/** `Excel.TableColumn`: id, index, name (writes the header cell), values, getRange/getDataBodyRange/getHeaderRowRange. */
export class FakeTableColumn extends FakeClientObject<ColumnRef> {
  readonly _type = "TableColumn";
  private readonly locate: (tx: Transaction) => ColumnRef;
  private readonly table: FakeTable;
  constructor(ctx: BatchContext, table: FakeTable, locate: (tx: Transaction) => ColumnRef, nullable = false) {
    super(ctx, nullable);
    this.table = table;
    this.locate = locate;
  }
  override _resolve(tx: Transaction): ColumnRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["id", "index", "name", "values"];
  }
  override _read(prop: string, c: ColumnRef): unknown {
    const host = this._ctx._host;
    switch (prop) {
      case "id":
        return c.index + 1;
      case "index":
        return c.index;
      case "name":
        return tableColumnNames(host, c.table)[c.index];
      case "values": {
        const sheet = sheetOf(host, c.table);
        return Array.from({ length: c.table.rect.rows }, (_, i) => [
          cellValue(sheet, c.table.rect.r0 + i, c.table.rect.c0 + c.index),
        ]);
      }
      default:
        return undefined;
    }
  }
  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (tx, c) => {
      const host = this._ctx._host;
      if (
        tableColumnNames(host, c.table).some(
          (n, i) => i !== c.index && n.toLowerCase() === name.toLowerCase(),
        )
      ) {
        fail("ItemAlreadyExists", `The table already has a column '${name}'.`, "TableColumn.name");
      }
      writeCells(
        host,
        tx,
        { sheet: sheetOf(host, c.table), rect: rect(c.table.rect.r0, c.table.rect.c0 + c.index, 1, 1) },
        [[name]],
        "values",
      );
    });
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  private part(pick: (r: Rect, index: number) => Rect): FakeRange {
    this._use();
    return new FakeRange(this._ctx, (tx) => {
      const c = this._resolve(tx);
      return { sheet: sheetOf(this._ctx._host, c.table), rect: pick(c.table.rect, c.index) };
    });
  }
  getRange(): FakeRange {
    return this.part((r, i) => rect(r.r0, r.c0 + i, r.rows, 1));
  }
  getDataBodyRange(): FakeRange {
    return this.part((r, i) => rect(r.r0 + 1, r.c0 + i, r.rows - 1, 1));
  }
}

interface RowRef {
  readonly table: TableState;
  readonly index: number;
}

/** `Excel.TableRowCollection`. */
export class FakeTableRowCollection extends FakeCollection<RowRef, FakeTableRow> {
  readonly _type = "TableRowCollection";
  private readonly table: FakeTable;
  constructor(ctx: BatchContext, table: FakeTable) {
    super(ctx);
    this.table = table;
  }
  override _resolve(tx: Transaction): readonly RowRef[] {
    const t = this.table._resolve(tx);
    return Array.from({ length: t.rect.rows - 1 - (t.showTotals ? 1 : 0) }, (_, index) => ({
      table: t,
      index,
    }));
  }
  override _props(): readonly string[] {
    return ["count"];
  }
  override _itemProps(): readonly string[] {
    return ["index", "values"];
  }
  override _makeItem(r: RowRef): FakeTableRow {
    return new FakeTableRow(this._ctx, () => r);
  }
  get count(): number {
    return this._get("count");
  }
  /** [ExcelApi 1.4] */
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  getItemAt(index: number): FakeTableRow {
    this._use();
    return new FakeTableRow(
      this._ctx,
      (tx) => this._resolve(tx)[index] ?? fail("ItemNotFound", `No row at ${index}.`),
    );
  }

  /**
   * Adds rows at `index` of the body (null = bottom). `values` is n × columnCount (several rows need 1.4).
   * The n rows just below the table must be empty; `alwaysInsert` needs ExcelApi 1.15.
   */
  add(
    index?: number | null,
    values?: unknown[][] | boolean | string | number,
    alwaysInsert?: boolean,
  ): FakeTableRow {
    this._use();
    if (alwaysInsert !== undefined) this._requires("1.15", "TableRowCollection.add(alwaysInsert)");
    const holder: { index: number | null } = { index: null };
    this._call("add", [index ?? null, values ?? null], (tx) => {
      const host = this._ctx._host;
      const t = this.table._resolve(tx);
      const sheet = sheetOf(host, t);
      // With the Total Row on, new rows go above it and the totals row moves down.
      const totals = t.showTotals ? 1 : 0;
      const bodyRows = t.rect.rows - 1 - totals;
      const at = index === null || index === undefined ? bodyRows : index;
      if (!Number.isInteger(at) || at < 0 || at > bodyRows)
        fail("InvalidArgument", `Row index ${String(index)} is out of range.`, "TableRowCollection.add");
      const n = Array.isArray(values) ? values.length : 1;
      if (n < 1) fail("InvalidArgument", "rows.add needs at least one row.", "TableRowCollection.add");
      if (n > 1) host.requireExcelApi("1.4", "TableRowCollection.add (several rows)");
      const target = rect(t.rect.r0 + 1 + at, t.rect.c0, n, t.rect.cols);
      const grid =
        values === undefined || values === null
          ? [Array.from({ length: t.rect.cols }, () => "")]
          : checkShape(values, target, "values", false)!;
      const below = rect(t.rect.r0 + t.rect.rows, t.rect.c0, n, t.rect.cols);
      assertWritable(host, sheet, rect(t.rect.r0, t.rect.c0, t.rect.rows + n, t.rect.cols), "values");
      growInto(host, t, sheet, below, "rows.add");
      if (at < bodyRows + totals)
        moveBlock(tx, sheet, rect(t.rect.r0 + 1 + at, t.rect.c0, bodyRows + totals - at, t.rect.cols), n, 0);
      tx.set(t, "rect", rect(t.rect.r0, t.rect.c0, t.rect.rows + n, t.rect.cols));
      writeCells(
        host,
        tx,
        { sheet, rect: target },
        grid.map((row) => row.map((v) => (v === null ? "" : v))),
        "values",
      );
      tx.set(holder, "index", at);
    });
    return new FakeTableRow(this._ctx, (tx) => {
      const t = this.table._resolve(tx);
      return { table: t, index: holder.index ?? fail("ItemNotFound", "The row was not added.") };
    });
  }
}

/** `Excel.TableRow`: index, values, getRange(). */
export class FakeTableRow extends FakeClientObject<RowRef> {
  readonly _type = "TableRow";
  private readonly locate: (tx: Transaction) => RowRef;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => RowRef) {
    super(ctx);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): RowRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["index", "values"];
  }
  override _read(prop: string, r: RowRef): unknown {
    if (prop === "index") return r.index;
    const sheet = sheetOf(this._ctx._host, r.table);
    return [
      Array.from({ length: r.table.rect.cols }, (_, j) =>
        cellValue(sheet, r.table.rect.r0 + 1 + r.index, r.table.rect.c0 + j),
      ),
    ];
  }
  get index(): number {
    return this._get("index");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  getRange(): FakeRange {
    this._use();
    return new FakeRange(this._ctx, (tx) => {
      const r = this._resolve(tx);
      return {
        sheet: sheetOf(this._ctx._host, r.table),
        rect: rect(r.table.rect.r0 + 1 + r.index, r.table.rect.c0, 1, r.table.rect.cols),
      };
    });
  }
}

/** `Excel.AutoFilter` [1.9], minimal: enabled, isDataFiltered, clearCriteria(). */
export class FakeAutoFilter extends FakeClientObject<TableState> {
  readonly _type = "AutoFilter";
  private readonly table: FakeTable;
  constructor(ctx: BatchContext, table: FakeTable) {
    super(ctx);
    this.table = table;
  }
  override _resolve(tx: Transaction): TableState {
    return this.table._resolve(tx);
  }
  override _props(): readonly string[] {
    return ["enabled", "isDataFiltered"];
  }
  override _read(prop: string, t: TableState): unknown {
    return prop === "enabled" ? t.showFilterButton : t.filtered;
  }
  get enabled(): boolean {
    return this._get("enabled");
  }
  get isDataFiltered(): boolean {
    return this._get("isDataFiltered");
  }
}

/** Inspection helper: tables as plain data. */
export function describeTables(
  host: HostCore,
): { name: string; id: string; sheet: string; address: string; columns: string[]; filtered: boolean }[] {
  return host.state.liveTables().map((t) => {
    const sheet = host.state.sheetById(t.sheetId)!;
    return {
      name: t.name,
      id: t.id,
      sheet: sheet.name,
      address: formatAddress(sheet.name, t.rect),
      columns: tableColumnNames(host, t),
      filtered: t.filtered,
    };
  });
}
