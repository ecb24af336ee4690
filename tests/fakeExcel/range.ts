/**
 * Range, RangeFormat (fill, font, protection), RangeAreas. Every method that derives a range resolves it at
 * sync time; every write is shape-checked, protection-checked and undoable.
 */
import type { Rect } from "./address";
import {
  cellCount,
  formatAddress,
  inGrid,
  intersect,
  MAX_COLUMNS,
  MAX_ROWS,
  overlaps,
  rect,
  subtract,
} from "./address";
import type { BatchContext } from "./batch";
import { FakeClientObject } from "./batch";
import { fail } from "./errors";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import type { RangeRef } from "./sheetOps";
import {
  assertWritable,
  checkShape,
  mergedIn,
  readGrid,
  tablesOn,
  uniformStyle,
  usedRect,
  writeCells,
  writeStyle,
} from "./sheetOps";
import type { CellStyle, SheetState, Transaction } from "./state";
import { clearCellsRaw, saveCells } from "./state";
import type { FakeTable } from "./table";
import { FakeTableScopedCollection } from "./table";
import { FakeDataValidation } from "./validation";
import { FakeWorksheet } from "./worksheet";

const RANGE_PROPS = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "numberFormat",
  "text",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "isEntireColumn",
  "isEntireRow",
  "valueTypes",
  "columnHidden",
] as const;

type Locate = (tx: Transaction) => RangeRef;

/** `Excel.Range`. */
export class FakeRange extends FakeClientObject<RangeRef> {
  readonly _type = "Range";
  _fixed: RangeRef | undefined = undefined;
  private readonly locate: Locate;

  constructor(ctx: BatchContext, locate: Locate, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }

  override _resolve(tx: Transaction): RangeRef {
    const fixed = this._fixed;
    if (fixed) {
      if (fixed.sheet.deleted) fail("ItemNotFound", "The worksheet of this range was deleted.", "Range");
      return fixed;
    }
    const ref = this.locate(tx);
    if (!inGrid(ref.rect)) fail("InvalidArgument", "The range lies outside the worksheet grid.", "Range");
    tx.set(this, "_fixed", ref);
    return ref;
  }

  override _props(): readonly string[] {
    return RANGE_PROPS;
  }

  override _read(prop: string, ref: RangeRef): unknown {
    const host = this._ctx._host;
    const r = ref.rect;
    switch (prop) {
      case "address":
        return formatAddress(ref.sheet.name, r);
      case "addressLocal":
        return formatAddress(ref.sheet.name, r);
      case "values":
      case "formulas":
      case "numberFormat":
      case "text":
      case "valueTypes":
        return readGrid(host, ref, prop);
      case "rowIndex":
        return r.r0;
      case "columnIndex":
        return r.c0;
      case "rowCount":
        return r.rows;
      case "columnCount":
        return r.cols;
      case "cellCount":
        return cellCount(r);
      case "isEntireColumn":
        return r.r0 === 0 && r.rows === MAX_ROWS;
      case "isEntireRow":
        return r.c0 === 0 && r.cols === MAX_COLUMNS;
      case "columnHidden": {
        // True when every column of the range is hidden, false when none, null when mixed (Excel.Range docs).
        let hidden = 0;
        const cols = Math.min(r.cols, 16_384);
        for (let c = r.c0; c < r.c0 + cols; c++) if (ref.sheet.colHidden.get(c)) hidden++;
        return hidden === cols ? true : hidden === 0 ? false : null;
      }
      default:
        return undefined;
    }
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    switch (name) {
      case "format":
        return this.format;
      case "worksheet":
        return this.worksheet;
      case "dataValidation":
        return this.dataValidation;
      default:
        return undefined;
    }
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, (tx, ref) =>
      writeCells(this._ctx._host, tx, ref, checkShape(v, ref.rect, "values", false)!, "values"),
    );
  }

  /**
   * [ExcelApi 1.2] Whether the range's columns are hidden; setting it hides or shows every column of the
   * range (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
   * A format change: refused on a protected sheet like other formats.
   */
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this._set("columnHidden", hidden, (tx, ref) => {
      if (typeof hidden !== "boolean")
        fail("InvalidArgument", "columnHidden must be true or false.", "Range.columnHidden");
      assertWritable(this._ctx._host, ref.sheet, ref.rect, "format");
      for (let c = ref.rect.c0; c < ref.rect.c0 + ref.rect.cols; c++)
        tx.mapSet(ref.sheet.colHidden, c, hidden ? true : undefined);
    });
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, (tx, ref) =>
      writeCells(this._ctx._host, tx, ref, checkShape(v, ref.rect, "formulas", false)!, "formulas"),
    );
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  /** A 2-D array of the range's shape, or (like Excel) one string applied to every cell. */
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v, (tx, ref) => {
      const host = this._ctx._host;
      assertWritable(host, ref.sheet, ref.rect, "format");
      const grid = checkShape(v, ref.rect, "numberFormat", true);
      if (!grid) {
        const f = String(v);
        writeStyle(host, tx, ref, (s) => ({ ...s, numberFormat: f }));
      } else {
        writeStyle(
          host,
          tx,
          ref,
          (s) => s,
          (i, j) => {
            const f = grid[i]![j];
            if (f === null || f === undefined) return null;
            if (typeof f !== "string")
              fail("InvalidArgument", "Number formats must be strings.", "Range.numberFormat");
            return (s: CellStyle) => ({ ...s, numberFormat: f });
          },
        );
      }
    });
  }

  private derive(fn: (ref: RangeRef) => Rect, nullable = false): FakeRange {
    this._use();
    return new FakeRange(
      this._ctx,
      (tx) => {
        const ref = this._resolve(tx);
        return { sheet: ref.sheet, rect: fn(ref) };
      },
      nullable,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0 + row, r.c0 + column, 1, 1));
  }
  getRow(row: number): FakeRange {
    return this.derive(({ rect: r }) => {
      if (row < 0 || row >= r.rows)
        fail("InvalidArgument", `Row ${row} is outside the range.`, "Range.getRow");
      return rect(r.r0 + row, r.c0, 1, r.cols);
    });
  }
  getColumn(column: number): FakeRange {
    return this.derive(({ rect: r }) => {
      if (column < 0 || column >= r.cols)
        fail("InvalidArgument", `Column ${column} is outside the range.`, "Range.getColumn");
      return rect(r.r0, r.c0 + column, r.rows, 1);
    });
  }
  getRowsBelow(count = 1): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0 + r.rows, r.c0, count, r.cols));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0, r.c0, r.rows + deltaRows, r.cols + deltaColumns));
  }
  /** [1.1] The `count` columns right of the range, over its rows (an old team table's e-mail column). */
  getColumnsAfter(count = 1): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0, r.c0 + r.cols, r.rows, count));
  }
  /** [1.1] The whole columns of the range (hiding the settings sheet's key columns). */
  getEntireColumn(): FakeRange {
    return this.derive(({ rect: r }) => rect(0, r.c0, MAX_ROWS, r.cols));
  }
  getLastRow(): FakeRange {
    return this.derive(({ rect: r }) => rect(r.r0 + r.rows - 1, r.c0, 1, r.cols));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.derive((ref) => {
      const u = usedRect(ref.sheet, valuesOnly);
      const i = u ? intersect(u, ref.rect) : null;
      return i ?? rect(ref.rect.r0, ref.rect.c0, 1, 1);
    });
  }

  /** [ExcelApi 1.4] */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derive((ref) => {
      const u = usedRect(ref.sheet, valuesOnly);
      return (
        (u ? intersect(u, ref.rect) : null) ??
        fail("ItemNotFound", "The range is empty.", "Range.getUsedRangeOrNullObject")
      );
    }, true);
  }

  clear(
    applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All",
  ): void {
    this._call("clear", [applyTo], (tx, ref) => {
      const host = this._ctx._host;
      const contents = applyTo !== "Formats" && applyTo !== "Hyperlinks" && applyTo !== "RemoveHyperlinks";
      const formats = applyTo === "All" || applyTo === "Formats";
      assertWritable(host, ref.sheet, ref.rect, contents ? "values" : "format");
      saveCells(tx, ref.sheet, ref.rect);
      clearCellsRaw(ref.sheet, ref.rect, formats);
      if (tx.recordChanges && contents)
        tx.changes.push({ sheetId: ref.sheet.id, rect: ref.rect, before: undefined, after: undefined });
    });
  }

  select(): void {
    this._call(
      "select",
      [],
      (tx, ref) => {
        tx.set(this._ctx._host.state, "selection", { sheetId: ref.sheet.id, rect: ref.rect });
        tx.set(this._ctx._host.state, "activeSheetId", ref.sheet.id);
      },
      false,
    );
  }

  /**
   * [ExcelApi 1.13] Merged areas overlapping this range; a null object when there are none. "If the merged
   * areas count in this range is more than 512, then this method will fail to return the result"
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1));
   * the code is not documented: the fake answers GeneralException.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._use();
    this._requires("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this._ctx,
      (tx) => {
        const ref = this._resolve(tx);
        const areas = mergedIn(ref.sheet, ref.rect);
        if (areas.length === 0) fail("ItemNotFound", "No merged areas.", "Range.getMergedAreasOrNullObject");
        if (areas.length > this._ctx._host.strict.mergedAreasLimit)
          fail(
            "GeneralException",
            `More than ${this._ctx._host.strict.mergedAreasLimit} merged areas.`,
            "Range.getMergedAreasOrNullObject",
          );
        return { sheet: ref.sheet, rects: areas };
      },
      true,
    );
  }

  /** [ExcelApi 1.9] Tables overlapping (or, with `fullyContained`, inside) this range. */
  getTables(fullyContained = false): FakeTableScopedCollection {
    this._use();
    this._requires("1.9", "Range.getTables");
    return new FakeTableScopedCollection(this._ctx, (tx) => {
      const ref = this._resolve(tx);
      return tablesOn(this._ctx._host, ref.sheet).filter((t) =>
        fullyContained
          ? intersect(t.rect, ref.rect) !== null && subtract(t.rect, ref.rect).length === 0
          : overlaps(t.rect, ref.rect),
      );
    });
  }

  get worksheet(): FakeWorksheet {
    this._use();
    return this._child("worksheet", () => new FakeWorksheet(this._ctx, (tx) => this._resolve(tx).sheet));
  }

  get format(): FakeRangeFormat {
    this._use();
    return this._child("format", () => new FakeRangeFormat(this._ctx, (tx) => this._resolve(tx)));
  }

  /** [ExcelApi 1.8] */
  get dataValidation(): FakeDataValidation {
    this._use();
    this._requires("1.8", "Range.dataValidation");
    return this._child("dataValidation", () => new FakeDataValidation(this._ctx, (tx) => this._resolve(tx)));
  }

  /** [ExcelApi 1.6] */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this._use();
    this._requires("1.6", "Range.conditionalFormats");
    return this._child(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this._ctx, (tx) => this._resolve(tx)),
    );
  }
}

/** The transaction of the sync being executed (set by the context while ops run). */
export const currentTx: { tx: Transaction | null } = { tx: null };

export function tableRange(ctx: BatchContext, table: FakeTable, pick: (r: Rect) => Rect): FakeRange {
  return new FakeRange(ctx, (tx) => {
    const t = table._resolve(tx);
    const sheet = ctx._host.state.sheetById(t.sheetId) ?? fail("ItemNotFound", "The table's sheet is gone.");
    return { sheet, rect: pick(t.rect) };
  });
}

interface AreasRef {
  readonly sheet: SheetState;
  readonly rects: readonly Rect[];
}

/** `Excel.RangeAreas` [ExcelApi 1.9]: address "Sheet1!A1:B2,Sheet1!D4" (comma-separated), areaCount, cellCount. */
export class FakeRangeAreas extends FakeClientObject<AreasRef> {
  readonly _type = "RangeAreas";
  private readonly locate: (tx: Transaction) => AreasRef;

  constructor(ctx: BatchContext, locate: (tx: Transaction) => AreasRef, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): AreasRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["address", "addressLocal", "areaCount", "cellCount"];
  }
  override _read(prop: string, e: AreasRef): unknown {
    switch (prop) {
      case "address":
      case "addressLocal":
        return e.rects.map((r) => formatAddress(e.sheet.name, r)).join(",");
      case "areaCount":
        return e.rects.length;
      case "cellCount":
        return e.rects.reduce((n, r) => n + cellCount(r), 0);
      default:
        return undefined;
    }
  }
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
}

type RefLocate = (tx: Transaction) => RangeRef;

abstract class FormatPart extends FakeClientObject<RangeRef> {
  protected readonly locate: RefLocate;
  constructor(ctx: BatchContext, locate: RefLocate) {
    super(ctx);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): RangeRef {
    return this.locate(tx);
  }
  protected style(
    prop: string,
    value: unknown,
    patch: (s: CellStyle) => CellStyle,
    what: "format" | "object" = "format",
  ): void {
    this._set(prop, value, (tx, ref) => {
      assertWritable(this._ctx._host, ref.sheet, ref.rect, what);
      writeStyle(this._ctx._host, tx, ref, patch);
    });
  }
  protected uniform<T>(ref: RangeRef, pick: (s: CellStyle) => T): T | null {
    return uniformStyle(this._ctx._host, ref, pick);
  }
}

/** `Excel.RangeFormat`: fill, font, protection, columnWidth, rowHeight, wrapText, autofitColumns/Rows. */
export class FakeRangeFormat extends FormatPart {
  readonly _type = "RangeFormat";
  override _props(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText"];
  }
  override _read(prop: string, ref: RangeRef): unknown {
    switch (prop) {
      case "columnWidth": {
        const widths = new Set<number>();
        for (let c = ref.rect.c0; c < ref.rect.c0 + Math.min(ref.rect.cols, 1000); c++)
          widths.add(ref.sheet.colWidths.get(c) ?? 48);
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight":
        return 15;
      case "wrapText":
        return this.uniform(ref, (s) => s.wrapText);
      default:
        return undefined;
    }
  }
  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    if (name === "protection") return this.protection;
    return undefined;
  }
  get fill(): FakeRangeFill {
    this._use();
    return this._child("fill", () => new FakeRangeFill(this._ctx, this.locate));
  }
  get font(): FakeRangeFont {
    this._use();
    return this._child("font", () => new FakeRangeFont(this._ctx, this.locate));
  }
  get protection(): FakeFormatProtection {
    this._use();
    return this._child("protection", () => new FakeFormatProtection(this._ctx, this.locate));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(w: number) {
    this._set("columnWidth", w, (tx, ref) => {
      if (typeof w !== "number" || !(w >= 0))
        fail("InvalidArgument", "columnWidth must be a non-negative number.", "RangeFormat.columnWidth");
      assertWritable(this._ctx._host, ref.sheet, ref.rect, "format");
      for (let c = ref.rect.c0; c < ref.rect.c0 + ref.rect.cols; c++) tx.mapSet(ref.sheet.colWidths, c, w);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(on: boolean) {
    this.style("wrapText", on, (s) => ({ ...s, wrapText: on }));
  }
  /** [ExcelApi 1.2] Width from the longest text in each column of the range (7 points a character + 5). */
  autofitColumns(): void {
    this._call("autofitColumns", [], (tx, ref) => {
      const host = this._ctx._host;
      assertWritable(host, ref.sheet, ref.rect, "format");
      const rows = Math.min(ref.rect.rows, 100_000);
      const text = readGrid(
        host,
        { sheet: ref.sheet, rect: rect(ref.rect.r0, ref.rect.c0, rows, ref.rect.cols) },
        "text",
      );
      for (let j = 0; j < ref.rect.cols; j++) {
        let longest = 0;
        for (const line of text) longest = Math.max(longest, String(line[j]).length);
        tx.mapSet(ref.sheet.colWidths, ref.rect.c0 + j, Math.max(longest * 7 + 5, 12));
      }
    });
  }
}

/** `Excel.RangeFill`: color (null when mixed or none). */
export class FakeRangeFill extends FormatPart {
  readonly _type = "RangeFill";
  override _props(): readonly string[] {
    return ["color"];
  }
  override _read(_prop: string, ref: RangeRef): unknown {
    return this.uniform(ref, (s) => s.fill);
  }
  get color(): string {
    return this._get("color");
  }
  set color(c: string) {
    this.style("color", c, (s) => ({ ...s, fill: normalizeColor(c) }));
  }
  clear(): void {
    this._call("clear", [], (tx, ref) => {
      assertWritable(this._ctx._host, ref.sheet, ref.rect, "format");
      writeStyle(this._ctx._host, tx, ref, (s) => ({ ...s, fill: null }));
    });
  }
}

/** `Excel.RangeFont`: color, bold, italic. */
export class FakeRangeFont extends FormatPart {
  readonly _type = "RangeFont";
  override _props(): readonly string[] {
    return ["color", "bold", "italic"];
  }
  override _read(prop: string, ref: RangeRef): unknown {
    if (prop === "color") return this.uniform(ref, (s) => s.fontColor);
    if (prop === "bold") return this.uniform(ref, (s) => s.bold);
    return this.uniform(ref, (s) => s.italic);
  }
  get color(): string {
    return this._get("color");
  }
  set color(c: string) {
    this.style("color", c, (s) => ({ ...s, fontColor: normalizeColor(c) ?? "#000000" }));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(b: boolean) {
    this.style("bold", b, (s) => ({ ...s, bold: b }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(b: boolean) {
    this.style("italic", b, (s) => ({ ...s, italic: b }));
  }
}

/** `Excel.FormatProtection` [ExcelApi 1.2]: locked (refused with AccessDenied on a protected sheet). */
export class FakeFormatProtection extends FormatPart {
  readonly _type = "FormatProtection";
  override _props(): readonly string[] {
    return ["locked"];
  }
  override _read(_prop: string, ref: RangeRef): unknown {
    return this.uniform(ref, (s) => s.locked);
  }
  get locked(): boolean {
    return this._get("locked");
  }
  set locked(on: boolean) {
    this.style("locked", on, (s) => ({ ...s, locked: on }), "object");
  }
}

/** Colors are stored as upper-case "#RRGGBB" (Excel returns them that way); names pass through. */
export function normalizeColor(c: string | null | undefined): string | null {
  if (c === null || c === undefined || c === "") return null;
  return /^#?[0-9a-f]{6}$/i.test(c) ? `#${c.replace("#", "").toUpperCase()}` : c;
}
