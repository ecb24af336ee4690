/** Workbook, defined names, settings, Application, Runtime. */
import { formatAbsolute, parseAddress } from "./address";
import type { BatchContext } from "./batch";
import { clientResult, FakeClientObject, FakeCollection } from "./batch";
import type { FakeClientResult } from "./batch";
import type { HostCore } from "./core";
import { FakeCommentCollection } from "./comments";
import { fail } from "./errors";
import { FakePivotTableCollection } from "./pivot";
import { FakeRange, FakeRangeAreas } from "./range";
import type { NamedItemState, Transaction, WorkbookState } from "./state";
import { checkNewName, FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

/** `Excel.Workbook`. */
export class FakeWorkbook extends FakeClientObject<WorkbookState> {
  readonly _type = "Workbook";
  override _resolve(): WorkbookState {
    return this._ctx._host.state;
  }
  override _props(): readonly string[] {
    return ["name"];
  }
  override _read(): unknown {
    return "OrderFlow.xlsx";
  }
  get name(): string {
    return this._get("name");
  }
  get worksheets(): FakeWorksheetCollection {
    this._use();
    return this._child("worksheets", () => new FakeWorksheetCollection(this._ctx));
  }
  get tables(): FakeTableCollection {
    this._use();
    return this._child("tables", () => new FakeTableCollection(this._ctx, null));
  }
  get names(): FakeNamedItemCollection {
    this._use();
    return this._child("names", () => new FakeNamedItemCollection(this._ctx));
  }
  /** [ExcelApi 1.4] */
  get settings(): FakeSettingCollection {
    this._use();
    this._requires("1.4", "Workbook.settings");
    return this._child("settings", () => new FakeSettingCollection(this._ctx));
  }
  /** [ExcelApi 1.3] (add needs 1.8) */
  get pivotTables(): FakePivotTableCollection {
    this._use();
    this._requires("1.3", "Workbook.pivotTables");
    return this._child("pivotTables", () => new FakePivotTableCollection(this._ctx, null));
  }
  /** [ExcelApi 1.10] Threaded comments with @mentions (comments.ts). */
  get comments(): FakeCommentCollection {
    this._use();
    this._requires("1.10", "Workbook.comments");
    return this._child("comments", () => new FakeCommentCollection(this._ctx));
  }
  get application(): FakeApplication {
    this._use();
    return new FakeApplication(this._ctx);
  }
  /**
   * The selection (A1 of the active sheet unless a test or `range.select()` moved it). "If there are
   * multiple ranges selected, this method will throw an error"
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1));
   * the code is not documented: the fake answers InvalidSelection.
   */
  getSelectedRange(): FakeRange {
    this._use();
    const st = this._ctx._host.state;
    return new FakeRange(this._ctx, () => {
      const sel = st.selection ?? fail("ItemNotFound", "Nothing is selected.");
      if (sel.areas && sel.areas.length > 1)
        fail("InvalidSelection", "Several ranges are selected.", "Workbook.getSelectedRange");
      return {
        sheet: st.sheetById(sel.sheetId) ?? fail("ItemNotFound", "The selected sheet is gone."),
        rect: sel.rect,
      };
    });
  }
  /** [ExcelApi 1.9] Every selected area (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges). */
  getSelectedRanges(): FakeRangeAreas {
    this._use();
    this._requires("1.9", "Workbook.getSelectedRanges");
    const st = this._ctx._host.state;
    return new FakeRangeAreas(this._ctx, () => {
      const sel = st.selection ?? fail("ItemNotFound", "Nothing is selected.");
      return {
        sheet: st.sheetById(sel.sheetId) ?? fail("ItemNotFound", "The selected sheet is gone."),
        rects: sel.areas ?? [sel.rect],
      };
    });
  }
}

/** `Excel.Application`: suspend calls are counted on the host (`host.suspensions`). */
export class FakeApplication extends FakeClientObject<WorkbookState> {
  readonly _type = "Application";
  override _resolve(): WorkbookState {
    return this._ctx._host.state;
  }
  override _props(): readonly string[] {
    return ["calculationMode"];
  }
  override _read(): unknown {
    return "Automatic";
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  /** [ExcelApi 1.6] */
  suspendApiCalculationUntilNextSync(): void {
    this._requires("1.6", "Application.suspendApiCalculationUntilNextSync");
    this._call(
      "suspendApiCalculationUntilNextSync",
      [],
      (tx) => tx.onCommit(() => this._ctx._host.suspensions.calculation++),
      false,
    );
  }
  /** [ExcelApi 1.9] */
  suspendScreenUpdatingUntilNextSync(): void {
    this._requires("1.9", "Application.suspendScreenUpdatingUntilNextSync");
    this._call(
      "suspendScreenUpdatingUntilNextSync",
      [],
      (tx) => tx.onCommit(() => this._ctx._host.suspensions.screenUpdating++),
      false,
    );
  }
}

/** `Excel.Runtime` [1.8]: enableEvents (host-wide: silences this add-in's handlers). */
export class FakeRuntime extends FakeClientObject<HostCore> {
  readonly _type = "Runtime";
  override _resolve(): HostCore {
    return this._ctx._host;
  }
  override _props(): readonly string[] {
    return ["enableEvents"];
  }
  override _read(_p: string, host: HostCore): unknown {
    return host.enableEvents;
  }
  get enableEvents(): boolean {
    return this._get("enableEvents");
  }
  set enableEvents(on: boolean) {
    this._requires("1.8", "Runtime.enableEvents");
    this._set("enableEvents", on, (tx, host) => tx.set(host, "enableEvents", on), false);
  }
}

/** `Excel.NamedItemCollection` (workbook scope). */
export class FakeNamedItemCollection extends FakeCollection<NamedItemState, FakeNamedItem> {
  readonly _type = "NamedItemCollection";
  override _resolve(): readonly NamedItemState[] {
    return this._ctx._host.state.names;
  }
  override _itemProps(): readonly string[] {
    return NAME_PROPS;
  }
  override _makeItem(n: NamedItemState): FakeNamedItem {
    return new FakeNamedItem(this._ctx, () => liveName(this._ctx._host, n.name));
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  getItem(name: string): FakeNamedItem {
    this._use();
    return new FakeNamedItem(this._ctx, () => liveName(this._ctx._host, name));
  }
  /** [ExcelApi 1.4] */
  getItemOrNullObject(name: string): FakeNamedItem {
    this._use();
    return new FakeNamedItem(this._ctx, () => liveName(this._ctx._host, name), true);
  }
  /** [ExcelApi 1.4] `reference` is a Range or a formula/address string ("=Lists!$A$2:$A$8"). */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this._use();
    if (typeof reference !== "string") this._sameContext(reference);
    this._requires("1.4", "NamedItemCollection.add");
    const host = this._ctx._host;
    this._call("add", [name, typeof reference === "string" ? reference : "<Range>", comment ?? ""], (tx) => {
      checkNewName(host, name, null, "NamedItemCollection.add");
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
        const p = parseAddress(formula.replace(/\$/g, ""));
        if (p && p.sheet !== null && !host.state.sheetByName(p.sheet))
          fail("InvalidArgument", `No sheet '${p.sheet}'.`, "NamedItemCollection.add");
      } else {
        const ref = reference._resolve(tx);
        formula = `=${formatAbsolute(ref.sheet.name, ref.rect)}`;
      }
      tx.set(host.state, "names", [
        ...host.state.names,
        { name, formula, comment: comment ?? "", visible: true },
      ]);
    });
    return new FakeNamedItem(this._ctx, () => liveName(host, name));
  }
}

const NAME_PROPS = ["name", "formula", "type", "value", "comment", "visible"];

function liveName(host: HostCore, name: string): NamedItemState {
  return (
    host.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ??
    fail("ItemNotFound", `The name '${name}' doesn't exist.`, "NamedItemCollection.getItem")
  );
}

/** `Excel.NamedItem`: name, formula [1.7], type, value, comment, visible, getRange, getRangeOrNullObject [1.4], delete [1.4]. */
export class FakeNamedItem extends FakeClientObject<NamedItemState> {
  readonly _type = "NamedItem";
  private readonly locate: (tx: Transaction) => NamedItemState;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => NamedItemState, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): NamedItemState {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return NAME_PROPS;
  }
  override _read(prop: string, n: NamedItemState): unknown {
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
        return n.formula;
      case "type":
        return parseAddress(n.formula.replace(/\$/g, "")) ? "Range" : "String";
      case "value":
        return n.formula.replace(/^=/, "");
      case "comment":
        return n.comment;
      default:
        return n.visible;
    }
  }
  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(f: string) {
    this._requires("1.7", "NamedItem.formula");
    this._set("formula", f, (tx, n) => tx.set(n, "formula", f.startsWith("=") ? f : `=${f}`));
  }
  get type(): string {
    return this._get("type");
  }
  get value(): string {
    return this._get("value");
  }
  get comment(): string {
    return this._get("comment");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  private target(tx: Transaction): {
    sheet: NonNullable<ReturnType<WorkbookState["sheetByName"]>>;
    rect: NonNullable<ReturnType<typeof parseAddress>>["rect"];
  } {
    const n = this._resolve(tx);
    const p = parseAddress(n.formula.replace(/\$/g, ""));
    if (!p || p.sheet === null)
      fail("ItemNotFound", `The name '${n.name}' does not refer to a range.`, "NamedItem.getRange");
    const sheet =
      this._ctx._host.state.sheetByName(p.sheet) ??
      fail("ItemNotFound", `The sheet of '${n.name}' is gone.`, "NamedItem.getRange");
    return { sheet, rect: p.rect };
  }
  getRange(): FakeRange {
    this._use();
    return new FakeRange(this._ctx, (tx) => this.target(tx));
  }
  getRangeOrNullObject(): FakeRange {
    this._use();
    return new FakeRange(this._ctx, (tx) => this.target(tx), true);
  }
  delete(): void {
    this._call("delete", [], (tx, n) =>
      tx.set(
        this._ctx._host.state,
        "names",
        this._ctx._host.state.names.filter((x) => x !== n),
      ),
    );
  }
}

/** `Excel.SettingCollection` [1.4]: values are stored as JSON (so they must be JSON-serialisable). */
export class FakeSettingCollection extends FakeCollection<string, FakeSetting> {
  readonly _type = "SettingCollection";
  override _resolve(): readonly string[] {
    return [...this._ctx._host.state.settings.keys()];
  }
  override _itemProps(): readonly string[] {
    return ["key", "value"];
  }
  override _makeItem(key: string): FakeSetting {
    return new FakeSetting(this._ctx, () => liveSetting(this._ctx._host, key));
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  getItem(key: string): FakeSetting {
    this._use();
    return new FakeSetting(this._ctx, () => liveSetting(this._ctx._host, key));
  }
  getItemOrNullObject(key: string): FakeSetting {
    this._use();
    return new FakeSetting(this._ctx, () => liveSetting(this._ctx._host, key), true);
  }
  /** Adds or replaces a setting. */
  add(key: string, value: unknown): FakeSetting {
    this._use();
    const host = this._ctx._host;
    this._call("add", [key, value], (tx) => {
      if (typeof key !== "string" || key.length === 0 || key.length > 255)
        fail("InvalidArgument", "A setting key must be a non-empty string.", "SettingCollection.add");
      putSetting(host, tx, key, value);
    });
    return new FakeSetting(this._ctx, () => liveSetting(host, key));
  }
}

function putSetting(host: HostCore, tx: Transaction, key: string, value: unknown): void {
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined)
    fail("InvalidArgument", "A setting value must be JSON-serialisable.", "SettingCollection.add");
  const next = new Map(host.state.settings);
  next.set(key, json);
  tx.set(host.state, "settings", next);
}

function liveSetting(host: HostCore, key: string): string {
  if (!host.state.settings.has(key))
    fail("ItemNotFound", `The setting '${key}' doesn't exist.`, "SettingCollection.getItem");
  return key;
}

/** `Excel.Setting`: key, value (a fresh parse of the stored JSON), delete(). */
export class FakeSetting extends FakeClientObject<string> {
  readonly _type = "Setting";
  private readonly locate: (tx: Transaction) => string;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => string, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): string {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["key", "value"];
  }
  override _read(prop: string, key: string): unknown {
    return prop === "key" ? key : (JSON.parse(this._ctx._host.state.settings.get(key)!) as unknown);
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, (tx, key) => putSetting(this._ctx._host, tx, key, v));
  }
  delete(): void {
    this._call("delete", [], (tx, key) => {
      const next = new Map(this._ctx._host.state.settings);
      next.delete(key);
      tx.set(this._ctx._host.state, "settings", next);
    });
  }
}
