/**
 * `Range.conditionalFormats` [ExcelApi 1.6], Custom formats only: the one kind OrderFlow writes (its
 * highlight rules, src/adapters/office/highlightRules.ts); adding any other kind fails NotImplemented.
 * Entries live on the sheet in priority order (index 0 = priority 0 = highest); a new format goes to
 * the top, like Excel.
 */
import type { Rect } from "./address";
import { formatAddress, overlaps } from "./address";
import type { BatchContext } from "./batch";
import { FakeClientObject, FakeCollection } from "./batch";
import { fail } from "./errors";
import { FakeRange, normalizeColor } from "./range";
import type { RangeRef } from "./sheetOps";
import { assertWritable } from "./sheetOps";
import type { CfEntry, CfFormat, ConditionalFormatKind, SheetState, Transaction } from "./state";

interface CfRef {
  readonly sheet: SheetState;
  readonly entry: CfEntry;
}

const EMPTY_FORMAT: CfFormat = { fill: null, fontColor: null, bold: null, italic: null, numberFormat: null };

/** `Excel.ConditionalFormatCollection` of a range: the formats overlapping it. */
export class FakeConditionalFormatCollection extends FakeCollection<CfRef, FakeConditionalFormat> {
  readonly _type = "ConditionalFormatCollection";
  private readonly locate: (tx: Transaction) => RangeRef;

  constructor(ctx: BatchContext, locate: (tx: Transaction) => RangeRef) {
    super(ctx);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): readonly CfRef[] {
    const ref = this.locate(tx);
    return ref.sheet.conditionalFormats
      .filter((e) => e.rects.some((r) => overlaps(r, ref.rect)))
      .map((entry) => ({ sheet: ref.sheet, entry }));
  }
  override _itemProps(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  override _makeItem(e: CfRef): FakeConditionalFormat {
    return new FakeConditionalFormat(this._ctx, () => live(e));
  }

  /** Adds a format of `type` on the range at priority 0. Only Custom is modelled. */
  add(type: string): FakeConditionalFormat {
    this._use();
    const holder: { entry: CfEntry | null } = { entry: null };
    this._call("add", [type], (tx) => {
      if (type !== "Custom")
        fail(
          "NotImplemented",
          `The fake models Custom formats only (the kind OrderFlow adds), not '${type}'.`,
          "ConditionalFormatCollection.add",
        );
      const ref = this.locate(tx);
      assertWritable(this._ctx._host, ref.sheet, ref.rect, "object");
      const entry: CfEntry = {
        id: this._ctx._host.state.nextId("CF"),
        rects: [ref.rect],
        type: "Custom",
        stopIfTrue: false,
        rule: {},
        format: { ...EMPTY_FORMAT },
      };
      tx.set(ref.sheet, "conditionalFormats", [entry, ...ref.sheet.conditionalFormats]);
      tx.set(holder, "entry", entry);
    });
    return new FakeConditionalFormat(this._ctx, (tx) => {
      const e = holder.entry ?? fail("ItemNotFound", "The conditional format was not created.");
      const sheet = this.locate(tx).sheet;
      return live({ sheet, entry: e });
    });
  }

  getItemAt(index: number): FakeConditionalFormat {
    this._use();
    return new FakeConditionalFormat(
      this._ctx,
      (tx) => this._resolve(tx)[index] ?? fail("ItemNotFound", `No conditional format at ${index}.`),
    );
  }

  /** [ExcelApi 1.14] */
  getItemOrNullObject(id: string): FakeConditionalFormat {
    this._use();
    this._requires("1.14", "ConditionalFormatCollection.getItemOrNullObject");
    return new FakeConditionalFormat(
      this._ctx,
      (tx) =>
        this._resolve(tx).find((c) => c.entry.id === id) ??
        fail("ItemNotFound", `No conditional format '${id}'.`),
      true,
    );
  }

  getItem(id: string): FakeConditionalFormat {
    this._use();
    return new FakeConditionalFormat(
      this._ctx,
      (tx) =>
        this._resolve(tx).find((c) => c.entry.id === id) ??
        fail("ItemNotFound", `No conditional format '${id}'.`),
    );
  }
}

function live(ref: CfRef): CfRef {
  if (ref.sheet.deleted || !ref.sheet.conditionalFormats.includes(ref.entry))
    fail("ItemNotFound", "The conditional format no longer exists.", "ConditionalFormat");
  return ref;
}

/** `Excel.ConditionalFormat`. */
export class FakeConditionalFormat extends FakeClientObject<CfRef> {
  readonly _type = "ConditionalFormat";
  private readonly locate: (tx: Transaction) => CfRef;

  constructor(ctx: BatchContext, locate: (tx: Transaction) => CfRef, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): CfRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  override _read(prop: string, { sheet, entry }: CfRef): unknown {
    switch (prop) {
      case "id":
        return entry.id;
      case "type":
        return entry.type;
      case "priority":
        return sheet.conditionalFormats.indexOf(entry);
      case "stopIfTrue":
        return entry.stopIfTrue;
      default:
        return undefined;
    }
  }
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  /** Moves the format to `p` in the sheet's order (0 = highest). */
  set priority(p: number) {
    this._set("priority", p, (tx, { sheet, entry }) => {
      if (!Number.isInteger(p) || p < 0)
        fail("InvalidArgument", "priority must be a non-negative integer.", "ConditionalFormat.priority");
      const rest = sheet.conditionalFormats.filter((e) => e !== entry);
      rest.splice(Math.min(p, rest.length), 0, entry);
      tx.set(sheet, "conditionalFormats", rest);
    });
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(on: boolean) {
    this._set("stopIfTrue", on, (tx, { entry }) => tx.set(entry, "stopIfTrue", on));
  }

  get custom(): FakeCustomConditionalFormat {
    this._use();
    return this._child("custom", () => new FakeCustomConditionalFormat(this._ctx, (tx) => this._resolve(tx)));
  }

  /** The format's range (multi-area formats: the first area). */
  getRange(): FakeRange {
    this._use();
    return new FakeRange(this._ctx, (tx) => {
      const { sheet, entry } = this._resolve(tx);
      return { sheet, rect: entry.rects[0]! };
    });
  }
  delete(): void {
    this._call("delete", [], (tx, { sheet, entry }) => {
      assertWritable(this._ctx._host, sheet, entry.rects[0]!, "object");
      // office-js #5222: deleting one of two rules stacked on the same cells throws ItemNotFound.
      if (this._ctx._host.strict.cfBugs && stacked(sheet, entry, false))
        fail("ItemNotFound", "Item Not Found.", "ConditionalFormat.delete");
      tx.set(
        sheet,
        "conditionalFormats",
        sheet.conditionalFormats.filter((e) => e !== entry),
      );
    });
  }
}

/** Another rule on the same cells (any overlap), or with `sameRange` exactly the same cells and type. */
function stacked(sheet: SheetState, entry: CfEntry, sameRange: boolean): boolean {
  return sheet.conditionalFormats.some(
    (e) =>
      e !== entry &&
      (sameRange
        ? e.type === entry.type &&
          e.rects.length === entry.rects.length &&
          e.rects.every((r, i) => JSON.stringify(r) === JSON.stringify(entry.rects[i]))
        : e.rects.some((r) => entry.rects.some((x) => overlaps(r, x)))),
  );
}

abstract class CfPart extends FakeClientObject<CfRef> {
  protected readonly locate: (tx: Transaction) => CfRef;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => CfRef) {
    super(ctx);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): CfRef {
    return this.locate(tx);
  }
  /** office-js #6827 / #6835: reading a rule's properties fails when a second rule of its type covers the same cells. */
  override _runLoad(tx: Transaction, props: readonly string[]): void {
    const { sheet, entry } = this._resolve(tx);
    if (this._ctx._host.strict.cfBugs && stacked(sheet, entry, true))
      fail("GeneralException", "An internal error has occurred.", `${this._type}.load`);
    super._runLoad(tx, props);
  }
  get format(): FakeConditionalRangeFormat {
    this._use();
    return this._child("format", () => new FakeConditionalRangeFormat(this._ctx, this.locate));
  }
  override _nav(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }
}

/** `Excel.CustomConditionalFormat`: `rule.formula` (the rule object itself is read-only), `format`. */
export class FakeCustomConditionalFormat extends CfPart {
  readonly _type = "CustomConditionalFormat";
  override _props(): readonly string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
  get rule(): FakeConditionalFormatRule {
    this._use();
    return this._child("rule", () => new FakeConditionalFormatRule(this._ctx, this.locate));
  }
  override _nav(name: string): FakeClientObject<unknown> | undefined {
    return name === "rule" ? this.rule : super._nav(name);
  }
}

/** `Excel.ConditionalFormatRule`: formula (must start with "="). */
export class FakeConditionalFormatRule extends CfPart {
  readonly _type = "ConditionalFormatRule";
  override _props(): readonly string[] {
    return ["formula"];
  }
  override _read(prop: string, { entry }: CfRef): unknown {
    const v = entry.rule[prop];
    return typeof v === "string" ? v : "";
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(f: string) {
    this.setFormula("formula", f);
  }
  private setFormula(key: string, f: string): void {
    this._set(key, f, (tx, { sheet, entry }) => {
      if (typeof f !== "string" || !f.startsWith("="))
        fail(
          "InvalidArgument",
          "A conditional-format formula must start with '='.",
          "ConditionalFormatRule.formula",
        );
      assertWritable(this._ctx._host, sheet, entry.rects[0]!, "object");
      tx.set(entry, "rule", { [key]: f });
    });
  }
}

/** `Excel.ConditionalRangeFormat`: fill.color, font.color/bold/italic, numberFormat. */
export class FakeConditionalRangeFormat extends CfPart {
  readonly _type = "ConditionalRangeFormat";
  override _props(): readonly string[] {
    return ["numberFormat"];
  }
  override _read(_prop: string, { entry }: CfRef): unknown {
    return entry.format.numberFormat;
  }
  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
  get fill(): FakeConditionalFormatPiece {
    this._use();
    return this._child(
      "fill",
      () => new FakeConditionalFormatPiece(this._ctx, this.locate, "ConditionalRangeFill", { color: "fill" }),
    );
  }
  get font(): FakeConditionalFormatPiece {
    this._use();
    return this._child(
      "font",
      () =>
        new FakeConditionalFormatPiece(this._ctx, this.locate, "ConditionalRangeFont", {
          color: "fontColor",
          bold: "bold",
          italic: "italic",
        }),
    );
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(f: string) {
    this._set("numberFormat", f, (tx, { entry }) =>
      tx.set(entry, "format", { ...entry.format, numberFormat: f }),
    );
  }
}

/** ConditionalRangeFill (color, clear()) and ConditionalRangeFont (color, bold, italic). */
export class FakeConditionalFormatPiece extends FakeClientObject<CfRef> {
  readonly _type: string;
  private readonly locate: (tx: Transaction) => CfRef;
  private readonly fields: Readonly<Record<string, keyof CfFormat>>;

  constructor(
    ctx: BatchContext,
    locate: (tx: Transaction) => CfRef,
    type: string,
    fields: Readonly<Record<string, keyof CfFormat>>,
  ) {
    super(ctx);
    this._type = type;
    this.locate = locate;
    this.fields = fields;
  }
  override _resolve(tx: Transaction): CfRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return Object.keys(this.fields);
  }
  override _read(prop: string, { entry }: CfRef): unknown {
    const key = this.fields[prop];
    return key ? entry.format[key] : undefined;
  }
  private put(prop: string, value: string | boolean | null): void {
    const key = this.fields[prop]!;
    this._set(prop, value, (tx, { entry }) => {
      const v = key === "fill" || key === "fontColor" ? normalizeColor(value as string | null) : value;
      tx.set(entry, "format", { ...entry.format, [key]: v });
    });
  }
  get color(): string {
    return this._get("color");
  }
  set color(c: string) {
    this.put("color", c);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(b: boolean) {
    this.put("bold", b);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(b: boolean) {
    this.put("italic", b);
  }
  clear(): void {
    this._call("clear", [], (tx, { entry }) => {
      const cleared: Partial<CfFormat> = {};
      for (const key of Object.values(this.fields)) cleared[key] = null;
      tx.set(entry, "format", { ...entry.format, ...cleared });
    });
  }
}

/** Inspection: a conditional format as plain data. */
export interface ConditionalFormatInfo {
  readonly id: string;
  readonly type: ConditionalFormatKind;
  readonly address: string;
  readonly priority: number;
  readonly stopIfTrue: boolean;
  readonly rule: Readonly<Record<string, unknown>>;
  readonly format: Readonly<CfFormat>;
}

export function describeConditionalFormats(sheet: SheetState): ConditionalFormatInfo[] {
  return sheet.conditionalFormats.map((e, i) => ({
    id: e.id,
    type: e.type,
    address: e.rects.map((r: Rect) => formatAddress(sheet.name, r)).join(","),
    priority: i,
    stopIfTrue: e.stopIfTrue,
    rule: { ...e.rule },
    format: { ...e.format },
  }));
}
