/**
 * PivotTables [ExcelApi 1.3 collection; add and hierarchies 1.8]. The fake computes the pivot from a cache of
 * its source (taken at add and at refresh, like Excel's pivot cache) and writes the result grid into the
 * destination cells, so tests read pivot output through `range.values`. Layout (flattened, documented, not
 * Excel's exact compact layout): one header row `[...rowFieldNames, ...columnLabels, ...totalLabels]`, one row
 * per row item (sorted), then a "Grand Total" row. Column labels are the column items joined with " | ",
 * plus " | <data name>" when there are several data hierarchies. Blank items show as "(blank)". Filter
 * hierarchies are recorded but select every item (no filter items can be chosen through the fake).
 */
import type { Rect } from "./address";
import { formatAddress, overlaps, parseAddress, rect } from "./address";
import type { BatchContext } from "./batch";
import { clientResult, FakeClientObject, FakeCollection } from "./batch";
import type { FakeClientResult } from "./batch";
import type { HostCore } from "./core";
import { fail } from "./errors";
import { FakeRange } from "./range";
import { assertWritable, readGrid } from "./sheetOps";
import type { PivotDataField, PivotState, PivotSummary, SheetState, StoredValue, Transaction } from "./state";
import { clearCellsRaw, rowFor, saveCells } from "./state";
import { checkNewName, FakeTable } from "./table";
import { FakeWorksheet } from "./worksheet";

const SUMMARIES: readonly PivotSummary[] = ["Sum", "Count", "Average", "Max", "Min", "CountNumbers"];

function livePivot(host: HostCore, id: string): PivotState {
  return (
    host.state.pivots.find((p) => p.id === id && !p.deleted) ??
    fail("ItemNotFound", "The PivotTable no longer exists.", "PivotTable")
  );
}

/** Reads the source (header + rows) for the pivot cache. */
function snapshotSource(host: HostCore, p: Pick<PivotState, "source">): StoredValue[][] {
  let sheet: SheetState;
  let r: Rect;
  if (p.source.kind === "table") {
    const tableId = p.source.tableId;
    const t =
      host.state.liveTables().find((x) => x.id === tableId) ??
      fail("InvalidReference", "The PivotTable's source table no longer exists.", "PivotTable.refresh");
    sheet = host.state.sheetById(t.sheetId)!;
    r = t.rect;
  } else {
    sheet =
      host.state.sheetById(p.source.sheetId) ??
      fail("InvalidReference", "The PivotTable's source sheet no longer exists.", "PivotTable.refresh");
    r = p.source.rect;
  }
  const grid = readGrid(host, { sheet, rect: r }, "values") as StoredValue[][];
  const header = grid[0] ?? [];
  const names = header.map((h) => String(h));
  if (names.some((n) => n === "") || new Set(names.map((n) => n.toLowerCase())).size !== names.length) {
    fail(
      "InvalidArgument",
      "A PivotTable source needs a header row of unique, non-empty names.",
      "PivotTableCollection.add",
    );
  }
  return grid;
}

interface Acc {
  count: number;
  nums: number;
  sum: number;
  min: number;
  max: number;
}

function summarize(a: Acc | undefined, how: PivotSummary): StoredValue {
  if (!a) return "";
  switch (how) {
    case "Count":
      return a.count;
    case "CountNumbers":
      return a.nums;
    case "Sum":
      return a.sum;
    case "Average":
      return a.nums === 0 ? "#DIV/0!" : a.sum / a.nums;
    case "Max":
      return a.nums === 0 ? 0 : a.max;
    case "Min":
      return a.nums === 0 ? 0 : a.min;
  }
}

function label(v: StoredValue | undefined): StoredValue {
  return v === undefined || v === "" ? "(blank)" : v;
}

function compareKeys(a: readonly StoredValue[], b: readonly StoredValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x === "(blank)") return 1;
    if (y === "(blank)") return -1;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    const c = String(x).toLowerCase().localeCompare(String(y).toLowerCase());
    if (c !== 0) return c;
  }
  return 0;
}

export interface PivotLayoutFlags {
  readonly showRowGrandTotals: boolean;
  readonly showColumnGrandTotals: boolean;
}

/** The pivot's output grid, or null when no hierarchy is placed yet. */
export function computePivot(p: PivotState, flags: PivotLayoutFlags): StoredValue[][] | null {
  if (p.rows.length === 0 && p.columns.length === 0 && p.data.length === 0) return null;
  const header = (p.cache[0] ?? []).map((h) => String(h).toLowerCase());
  const idx = (f: string): number => header.indexOf(f.toLowerCase());
  const rowIdx = p.rows.map(idx);
  const colIdx = p.columns.map(idx);
  const dataIdx = p.data.map((d) => idx(d.field));
  const cells = new Map<string, Acc[]>();
  const rowKeys = new Map<string, StoredValue[]>();
  const colKeys = new Map<string, StoredValue[]>();
  const add = (key: string, rec: readonly StoredValue[]): void => {
    let accs = cells.get(key);
    if (!accs) {
      accs = p.data.map(() => ({ count: 0, nums: 0, sum: 0, min: Infinity, max: -Infinity }));
      cells.set(key, accs);
    }
    dataIdx.forEach((di, k) => {
      const v = rec[di];
      const a = accs[k]!;
      if (v === undefined || v === "") return;
      a.count++;
      if (typeof v === "number") {
        a.nums++;
        a.sum += v;
        a.min = Math.min(a.min, v);
        a.max = Math.max(a.max, v);
      }
    });
  };
  for (const rec of p.cache.slice(1)) {
    const rk = rowIdx.map((i) => label(rec[i]));
    const ck = colIdx.map((i) => label(rec[i]));
    const rks = JSON.stringify(rk);
    const cks = JSON.stringify(ck);
    rowKeys.set(rks, rk);
    colKeys.set(cks, ck);
    add(`${rks}|${cks}`, rec);
    add(`${rks}|*`, rec);
    add(`*|${cks}`, rec);
    add("*|*", rec);
  }
  const rows = [...rowKeys.entries()].sort((a, b) => compareKeys(a[1], b[1]));
  const cols = p.columns.length === 0 ? [] : [...colKeys.entries()].sort((a, b) => compareKeys(a[1], b[1]));
  const labelCols = Math.max(p.rows.length, 1);
  const multi = p.data.length > 1;
  const head: StoredValue[] = p.rows.length > 0 ? [...p.rows] : [""];
  for (const [, ck] of cols)
    for (const d of p.data) head.push(ck.map(String).join(" | ") + (multi ? ` | ${d.name}` : ""));
  const totalsColumn = p.columns.length === 0 || flags.showRowGrandTotals;
  if (totalsColumn)
    for (const d of p.data)
      head.push(p.columns.length === 0 ? d.name : multi ? `Total ${d.name}` : "Grand Total");
  const out: StoredValue[][] = [head];
  const line = (rks: string, labels: StoredValue[]): StoredValue[] => {
    const l: StoredValue[] = [...labels];
    for (const [cks] of cols)
      p.data.forEach((d, k) => l.push(summarize(cells.get(`${rks}|${cks}`)?.[k], d.summarizeBy)));
    if (totalsColumn) p.data.forEach((d, k) => l.push(summarize(cells.get(`${rks}|*`)?.[k], d.summarizeBy)));
    return l;
  };
  if (p.rows.length > 0) for (const [rks, rk] of rows) out.push(line(rks, rk));
  if (p.rows.length === 0 || flags.showColumnGrandTotals) {
    const labels: StoredValue[] = ["Grand Total", ...Array.from({ length: labelCols - 1 }, () => "")];
    out.push(line("*", labels));
  }
  return out;
}

/** Recomputes from the cache and rewrites the destination (undoable). */
export function renderPivot(host: HostCore, tx: Transaction, p: PivotState): void {
  const sheet = host.state.sheetById(p.sheetId) ?? fail("ItemNotFound", "The PivotTable's sheet is gone.");
  const grid = computePivot(p, {
    showRowGrandTotals: p.showRowGrandTotals,
    showColumnGrandTotals: p.showColumnGrandTotals,
  });
  if (p.written) {
    assertWritable(host, sheet, p.written, "object");
    saveCells(tx, sheet, p.written);
    clearCellsRaw(sheet, p.written, true);
  }
  if (!grid) {
    tx.set(p, "written", null);
    return;
  }
  const area = rect(p.anchor.r, p.anchor.c, grid.length, grid[0]!.length);
  assertWritable(host, sheet, area, "object");
  for (const t of host.state.liveTables()) {
    if (t.sheetId === sheet.id && overlaps(t.rect, area))
      fail("InvalidOperation", `The PivotTable would overlap table '${t.name}'.`, "PivotTable");
  }
  for (const other of host.state.livePivots()) {
    if (other !== p && other.sheetId === sheet.id && other.written && overlaps(other.written, area)) {
      fail("InvalidOperation", `The PivotTable would overlap PivotTable '${other.name}'.`, "PivotTable");
    }
  }
  saveCells(tx, sheet, area);
  const st = host.state;
  const dataStart = Math.max(p.rows.length, 1);
  grid.forEach((line, i) => {
    const row = rowFor(sheet, area.r0 + i);
    line.forEach((v, j) => {
      const c = area.c0 + j;
      row.v[c] = v === "" ? undefined : v;
      if (row.f) row.f[c] = undefined;
      if (i > 0 && j >= dataStart) {
        const d = p.data[(j - dataStart) % Math.max(p.data.length, 1)];
        if (d?.numberFormat)
          (row.s ??= [])[c] = st.styleId({ ...st.style(row.s?.[c] ?? 0), numberFormat: d.numberFormat });
      }
    });
  });
  tx.set(p, "written", area);
}

/** `Excel.PivotTableCollection` (workbook or worksheet scope). */
export class FakePivotTableCollection extends FakeCollection<PivotState, FakePivotTable> {
  readonly _type = "PivotTableCollection";
  private readonly sheetLocate: ((tx: Transaction) => SheetState) | null;

  constructor(ctx: BatchContext, sheetLocate: ((tx: Transaction) => SheetState) | null) {
    super(ctx);
    this.sheetLocate = sheetLocate;
  }
  override _resolve(tx: Transaction): readonly PivotState[] {
    const sheet = this.sheetLocate ? this.sheetLocate(tx) : null;
    return this._ctx._host.state.livePivots().filter((p) => !sheet || p.sheetId === sheet.id);
  }
  override _itemProps(): readonly string[] {
    return ["id", "name"];
  }
  override _makeItem(p: PivotState): FakePivotTable {
    return new FakePivotTable(this._ctx, () => livePivot(this._ctx._host, p.id));
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  private find(tx: Transaction, name: string): PivotState | undefined {
    const lower = name.toLowerCase();
    return this._resolve(tx).find((p) => p.name.toLowerCase() === lower);
  }
  getItem(name: string): FakePivotTable {
    this._use();
    return new FakePivotTable(
      this._ctx,
      (tx) =>
        this.find(tx, name) ??
        fail("ItemNotFound", `The PivotTable '${name}' doesn't exist.`, "PivotTableCollection.getItem"),
    );
  }
  /** [ExcelApi 1.4] */
  getItemOrNullObject(name: string): FakePivotTable {
    this._use();
    return new FakePivotTable(
      this._ctx,
      (tx) => this.find(tx, name) ?? fail("ItemNotFound", `The PivotTable '${name}' doesn't exist.`),
      true,
    );
  }
  refreshAll(): void {
    this._call("refreshAll", [], (tx, list) => {
      for (const p of list) {
        tx.set(p, "cache", snapshotSource(this._ctx._host, p));
        renderPivot(this._ctx._host, tx, p);
      }
    });
  }

  /** [ExcelApi 1.8] `add(name, source: Table | Range | string, destination: Range | string)`. */
  add(name: string, source: FakeTable | FakeRange | string, destination: FakeRange | string): FakePivotTable {
    this._use();
    this._requires("1.8", "PivotTableCollection.add");
    if (typeof source !== "string") this._sameContext(source);
    if (typeof destination !== "string") this._sameContext(destination);
    const holder: { id: string | null } = { id: null };
    const host = this._ctx._host;
    this._call(
      "add",
      [
        name,
        typeof source === "string" ? source : "<object>",
        typeof destination === "string" ? destination : "<Range>",
      ],
      (tx) => {
        checkNewName(host, name, null, "PivotTableCollection.add");
        let src: PivotState["source"];
        if (source instanceof FakeTable) src = { kind: "table", tableId: source._resolve(tx).id };
        else if (source instanceof FakeRange) {
          const ref = source._resolve(tx);
          src = { kind: "range", sheetId: ref.sheet.id, rect: ref.rect };
        } else {
          const table = host.state.tableByName(source);
          const p = table ? null : parseAddress(source);
          if (table) src = { kind: "table", tableId: table.id };
          else if (p && p.sheet !== null) {
            const s =
              host.state.sheetByName(p.sheet) ??
              fail("InvalidArgument", `No sheet '${p.sheet}'.`, "PivotTableCollection.add");
            src = { kind: "range", sheetId: s.id, rect: p.rect };
          } else fail("InvalidArgument", `Bad PivotTable source '${source}'.`, "PivotTableCollection.add");
        }
        let sheet: SheetState;
        let anchor: Rect;
        if (destination instanceof FakeRange) {
          const ref = destination._resolve(tx);
          sheet = ref.sheet;
          anchor = ref.rect;
        } else {
          const p =
            parseAddress(destination) ??
            fail("InvalidArgument", `Bad destination '${destination}'.`, "PivotTableCollection.add");
          const scoped = this.sheetLocate ? this.sheetLocate(tx) : null;
          sheet =
            p.sheet !== null
              ? (host.state.sheetByName(p.sheet) ?? fail("InvalidArgument", `No sheet '${p.sheet}'.`))
              : (scoped ??
                fail("InvalidArgument", "The destination needs a sheet name.", "PivotTableCollection.add"));
          anchor = p.rect;
        }
        assertWritable(host, sheet, anchor, "object");
        const state: PivotState = {
          id: host.state.nextId("Pivot"),
          name,
          sheetId: sheet.id,
          anchor: { r: anchor.r0, c: anchor.c0 },
          source: src,
          rows: [],
          columns: [],
          filters: [],
          data: [],
          layoutType: "Compact",
          showRowGrandTotals: true,
          showColumnGrandTotals: true,
          cache: [],
          written: null,
          deleted: false,
        };
        state.cache = snapshotSource(host, state);
        tx.set(host.state, "pivots", [...host.state.pivots, state]);
        tx.set(holder, "id", state.id);
      },
    );
    return new FakePivotTable(this._ctx, () =>
      livePivot(host, holder.id ?? fail("ItemNotFound", "The PivotTable was not created.")),
    );
  }
}

/** `Excel.PivotTable`. */
export class FakePivotTable extends FakeClientObject<PivotState> {
  readonly _type = "PivotTable";
  private readonly locate: (tx: Transaction) => PivotState;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => PivotState, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): PivotState {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["id", "name"];
  }
  override _read(prop: string, p: PivotState): unknown {
    return prop === "id" ? p.id : p.name;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (tx, p) => {
      checkNewName(this._ctx._host, name, null, "PivotTable.name");
      tx.set(p, "name", name);
    });
  }
  get worksheet(): FakeWorksheet {
    this._use();
    return this._child(
      "worksheet",
      () =>
        new FakeWorksheet(
          this._ctx,
          (tx) =>
            this._ctx._host.state.sheetById(this._resolve(tx).sheetId) ?? fail("ItemNotFound", "Sheet gone."),
        ),
    );
  }
  /** [1.8] Every source field, named by the source's header text. */
  get hierarchies(): FakePivotHierarchyCollection {
    this._use();
    this._requires("1.8", "PivotTable.hierarchies");
    return this._child("hierarchies", () => new FakePivotHierarchyCollection(this._ctx, this));
  }
  get rowHierarchies(): FakeAxisCollection {
    return this.axis("rows", "rowHierarchies");
  }
  get columnHierarchies(): FakeAxisCollection {
    return this.axis("columns", "columnHierarchies");
  }
  get filterHierarchies(): FakeAxisCollection {
    return this.axis("filters", "filterHierarchies");
  }
  get dataHierarchies(): FakeDataHierarchyCollection {
    this._use();
    this._requires("1.8", "PivotTable.dataHierarchies");
    return this._child("dataHierarchies", () => new FakeDataHierarchyCollection(this._ctx, this));
  }
  private axis(axis: "rows" | "columns" | "filters", member: string): FakeAxisCollection {
    this._use();
    this._requires("1.8", `PivotTable.${member}`);
    return this._child(member, () => new FakeAxisCollection(this._ctx, this, axis));
  }
  get layout(): FakePivotLayout {
    this._use();
    this._requires("1.8", "PivotTable.layout");
    return this._child("layout", () => new FakePivotLayout(this._ctx, this));
  }
  /** Re-reads the source into the cache and rewrites the output. */
  refresh(): void {
    this._call("refresh", [], (tx, p) => {
      tx.set(p, "cache", snapshotSource(this._ctx._host, p));
      renderPivot(this._ctx._host, tx, p);
    });
  }
  /** [1.8] Removes the PivotTable and clears its output cells. */
  delete(): void {
    this._requires("1.8", "PivotTable.delete");
    this._call("delete", [], (tx, p) => {
      const host = this._ctx._host;
      const sheet = host.state.sheetById(p.sheetId);
      if (sheet && p.written) {
        assertWritable(host, sheet, p.written, "object");
        saveCells(tx, sheet, p.written);
        clearCellsRaw(sheet, p.written, true);
      }
      tx.set(p, "deleted", true);
    });
  }
}

interface FieldRef {
  readonly pivot: PivotState;
  readonly field: string;
}

function fieldOf(p: PivotState, name: string): string {
  const header = (p.cache[0] ?? []).map((h) => String(h));
  return (
    header.find((h) => h.toLowerCase() === name.toLowerCase()) ??
    fail("ItemNotFound", `The PivotTable has no hierarchy '${name}'.`, "PivotHierarchyCollection.getItem")
  );
}

/** `Excel.PivotHierarchyCollection`: getItem(name) by source header text (ItemNotFound at sync otherwise). */
export class FakePivotHierarchyCollection extends FakeCollection<FieldRef, FakePivotHierarchy> {
  readonly _type = "PivotHierarchyCollection";
  private readonly pivot: FakePivotTable;
  constructor(ctx: BatchContext, pivot: FakePivotTable) {
    super(ctx);
    this.pivot = pivot;
  }
  override _resolve(tx: Transaction): readonly FieldRef[] {
    const p = this.pivot._resolve(tx);
    return (p.cache[0] ?? []).map((h) => ({ pivot: p, field: String(h) }));
  }
  override _itemProps(): readonly string[] {
    return ["id", "name"];
  }
  override _makeItem(f: FieldRef): FakePivotHierarchy {
    return new FakePivotHierarchy(this._ctx, () => f);
  }
  getItem(name: string): FakePivotHierarchy {
    this._use();
    return new FakePivotHierarchy(this._ctx, (tx) => {
      const p = this.pivot._resolve(tx);
      return { pivot: p, field: fieldOf(p, name) };
    });
  }
  getItemOrNullObject(name: string): FakePivotHierarchy {
    this._use();
    return new FakePivotHierarchy(
      this._ctx,
      (tx) => {
        const p = this.pivot._resolve(tx);
        return { pivot: p, field: fieldOf(p, name) };
      },
      true,
    );
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
}

/** `Excel.PivotHierarchy` (also serves as Row/Column/Filter PivotHierarchy). */
export class FakePivotHierarchy extends FakeClientObject<FieldRef> {
  readonly _type = "PivotHierarchy";
  private readonly locate: (tx: Transaction) => FieldRef;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => FieldRef, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): FieldRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["id", "name"];
  }
  override _read(_prop: string, f: FieldRef): unknown {
    return f.field;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
}

/** Row, column and filter hierarchy collections. */
export class FakeAxisCollection extends FakeCollection<FieldRef, FakePivotHierarchy> {
  readonly _type: string;
  private readonly pivot: FakePivotTable;
  private readonly axis: "rows" | "columns" | "filters";
  constructor(ctx: BatchContext, pivot: FakePivotTable, axis: "rows" | "columns" | "filters") {
    super(ctx);
    this.pivot = pivot;
    this.axis = axis;
    this._type = axis === "filters" ? "FilterPivotHierarchyCollection" : "RowColumnPivotHierarchyCollection";
  }
  override _resolve(tx: Transaction): readonly FieldRef[] {
    const p = this.pivot._resolve(tx);
    return p[this.axis].map((field) => ({ pivot: p, field }));
  }
  override _itemProps(): readonly string[] {
    return ["id", "name"];
  }
  override _makeItem(f: FieldRef): FakePivotHierarchy {
    return new FakePivotHierarchy(this._ctx, () => f);
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  /** Places a hierarchy on this axis (InvalidArgument when it is already on a row/column/filter axis). */
  add(hierarchy: FakePivotHierarchy): FakePivotHierarchy {
    this._use();
    this._sameContext(hierarchy);
    this._call("add", [hierarchy._type], (tx) => {
      const f = hierarchy._resolve(tx);
      const p = this.pivot._resolve(tx);
      if (f.pivot !== p)
        fail("InvalidArgument", "The hierarchy belongs to another PivotTable.", `${this._type}.add`);
      if (p.rows.includes(f.field) || p.columns.includes(f.field) || p.filters.includes(f.field)) {
        fail("InvalidArgument", `'${f.field}' is already on an axis of the PivotTable.`, `${this._type}.add`);
      }
      tx.set(p, this.axis, [...p[this.axis], f.field]);
      renderPivot(this._ctx._host, tx, p);
    });
    return new FakePivotHierarchy(this._ctx, (tx) => hierarchy._resolve(tx));
  }
  remove(hierarchy: FakePivotHierarchy): void {
    this._use();
    this._sameContext(hierarchy);
    this._call("remove", [], (tx) => {
      const f = hierarchy._resolve(tx);
      const p = this.pivot._resolve(tx);
      tx.set(
        p,
        this.axis,
        p[this.axis].filter((x) => x !== f.field),
      );
      renderPivot(this._ctx._host, tx, p);
    });
  }
}

interface DataRef {
  readonly pivot: PivotState;
  readonly data: PivotDataField;
}

/** `Excel.DataPivotHierarchyCollection`. */
export class FakeDataHierarchyCollection extends FakeCollection<DataRef, FakeDataPivotHierarchy> {
  readonly _type = "DataPivotHierarchyCollection";
  private readonly pivot: FakePivotTable;
  constructor(ctx: BatchContext, pivot: FakePivotTable) {
    super(ctx);
    this.pivot = pivot;
  }
  override _resolve(tx: Transaction): readonly DataRef[] {
    const p = this.pivot._resolve(tx);
    return p.data.map((data) => ({ pivot: p, data }));
  }
  override _itemProps(): readonly string[] {
    return ["id", "name", "summarizeBy", "numberFormat"];
  }
  override _makeItem(d: DataRef): FakeDataPivotHierarchy {
    return new FakeDataPivotHierarchy(this._ctx, () => d);
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  /** Adds a data hierarchy: Sum when every source value is a number, else Count (Excel's default). */
  add(hierarchy: FakePivotHierarchy): FakeDataPivotHierarchy {
    this._use();
    this._sameContext(hierarchy);
    const holder: { data: PivotDataField | null } = { data: null };
    this._call("add", [hierarchy._type], (tx) => {
      const f = hierarchy._resolve(tx);
      const p = this.pivot._resolve(tx);
      if (f.pivot !== p)
        fail(
          "InvalidArgument",
          "The hierarchy belongs to another PivotTable.",
          "DataPivotHierarchyCollection.add",
        );
      const col = (p.cache[0] ?? []).map(String).indexOf(f.field);
      const values = p.cache
        .slice(1)
        .map((r) => r[col])
        .filter((v) => v !== undefined && v !== "");
      const how: PivotSummary =
        values.length > 0 && values.every((v) => typeof v === "number") ? "Sum" : "Count";
      let name = `${how} of ${f.field}`;
      let k = 2;
      while (p.data.some((d) => d.name === name)) name = `${how} of ${f.field}${k++}`;
      const data: PivotDataField = { field: f.field, name, summarizeBy: how, numberFormat: null };
      tx.set(p, "data", [...p.data, data]);
      tx.set(holder, "data", data);
      renderPivot(this._ctx._host, tx, p);
    });
    return new FakeDataPivotHierarchy(this._ctx, (tx) => {
      const p = this.pivot._resolve(tx);
      const d =
        holder.data && p.data.includes(holder.data)
          ? holder.data
          : fail("ItemNotFound", "The data hierarchy was not added.");
      return { pivot: p, data: d };
    });
  }
}

/** `Excel.DataPivotHierarchy`: name, summarizeBy (Sum, Count, Average, Max, Min, CountNumbers), numberFormat. */
export class FakeDataPivotHierarchy extends FakeClientObject<DataRef> {
  readonly _type = "DataPivotHierarchy";
  private readonly locate: (tx: Transaction) => DataRef;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => DataRef) {
    super(ctx);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): DataRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["id", "name", "summarizeBy", "numberFormat"];
  }
  override _read(prop: string, { data }: DataRef): unknown {
    switch (prop) {
      case "id":
      case "name":
        return data.name;
      case "summarizeBy":
        return data.summarizeBy;
      default:
        return data.numberFormat ?? "General";
    }
  }
  private update(prop: string, value: unknown, apply: (tx: Transaction, d: PivotDataField) => void): void {
    this._set(prop, value, (tx, { pivot, data }) => {
      apply(tx, data);
      renderPivot(this._ctx._host, tx, pivot);
    });
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this.update("name", name, (tx, d) => {
      if (typeof name !== "string" || name === "")
        fail("InvalidArgument", "A data hierarchy needs a name.", "DataPivotHierarchy.name");
      tx.set(d, "name", name);
    });
  }
  get summarizeBy(): PivotSummary {
    return this._get("summarizeBy");
  }
  /** Renames "Sum of X" to "Count of X" etc. when the name is still the default one. */
  set summarizeBy(how: PivotSummary) {
    this.update("summarizeBy", how, (tx, d) => {
      if (!SUMMARIES.includes(how))
        fail(
          "NotImplemented",
          `The fake computes ${SUMMARIES.join(", ")}; not '${String(how)}'.`,
          "DataPivotHierarchy.summarizeBy",
        );
      if (d.name === `${d.summarizeBy} of ${d.field}`) tx.set(d, "name", `${how} of ${d.field}`);
      tx.set(d, "summarizeBy", how);
    });
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(f: string) {
    this.update("numberFormat", f, (tx, d) => tx.set(d, "numberFormat", f));
  }
}

/** `Excel.PivotLayout`: layoutType, showRowGrandTotals, showColumnGrandTotals, getRange(). */
export class FakePivotLayout extends FakeClientObject<PivotState> {
  readonly _type = "PivotLayout";
  private readonly pivot: FakePivotTable;
  constructor(ctx: BatchContext, pivot: FakePivotTable) {
    super(ctx);
    this.pivot = pivot;
  }
  override _resolve(tx: Transaction): PivotState {
    return this.pivot._resolve(tx);
  }
  override _props(): readonly string[] {
    return ["layoutType", "showRowGrandTotals", "showColumnGrandTotals"];
  }
  override _read(prop: string, p: PivotState): unknown {
    if (prop === "layoutType") return p.layoutType;
    return prop === "showRowGrandTotals" ? p.showRowGrandTotals : p.showColumnGrandTotals;
  }
  get layoutType(): string {
    return this._get("layoutType");
  }
  set layoutType(t: "Compact" | "Tabular" | "Outline") {
    this._set("layoutType", t, (tx, p) => {
      if (!["Compact", "Tabular", "Outline"].includes(t))
        fail("InvalidArgument", `Unknown layoutType '${String(t)}'.`, "PivotLayout.layoutType");
      tx.set(p, "layoutType", t);
    });
  }
  get showRowGrandTotals(): boolean {
    return this._get("showRowGrandTotals");
  }
  set showRowGrandTotals(on: boolean) {
    this._set("showRowGrandTotals", on, (tx, p) => {
      tx.set(p, "showRowGrandTotals", on);
      renderPivot(this._ctx._host, tx, p);
    });
  }
  get showColumnGrandTotals(): boolean {
    return this._get("showColumnGrandTotals");
  }
  set showColumnGrandTotals(on: boolean) {
    this._set("showColumnGrandTotals", on, (tx, p) => {
      tx.set(p, "showColumnGrandTotals", on);
      renderPivot(this._ctx._host, tx, p);
    });
  }
  /** The output area (the anchor cell while the PivotTable is empty). */
  getRange(): FakeRange {
    this._use();
    return new FakeRange(this._ctx, (tx) => {
      const p = this._resolve(tx);
      const sheet = this._ctx._host.state.sheetById(p.sheetId) ?? fail("ItemNotFound", "Sheet gone.");
      return { sheet, rect: p.written ?? rect(p.anchor.r, p.anchor.c, 1, 1) };
    });
  }
}

/** Inspection: pivots as plain data. */
export function describePivots(host: HostCore): {
  name: string;
  sheet: string;
  address: string | null;
  rows: string[];
  columns: string[];
  filters: string[];
  data: { field: string; name: string; summarizeBy: string }[];
  layoutType: string;
}[] {
  return host.state.livePivots().map((p) => {
    const sheet = host.state.sheetById(p.sheetId)!;
    return {
      name: p.name,
      sheet: sheet.name,
      address: p.written ? formatAddress(sheet.name, p.written) : null,
      rows: [...p.rows],
      columns: [...p.columns],
      filters: [...p.filters],
      data: p.data.map((d) => ({ field: d.field, name: d.name, summarizeBy: d.summarizeBy })),
      layoutType: p.layoutType,
    };
  });
}
