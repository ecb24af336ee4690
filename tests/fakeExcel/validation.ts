/**
 * `Range.dataValidation` [ExcelApi 1.8]. Rules are stored per rectangle on the sheet (`SheetState.validations`),
 * so tests can list which rule sits on which range and count them for idempotence. Setting a rule on a range
 * replaces whatever overlapped it there; `clear()` removes only the overlap (like Excel).
 */
import type { Rect } from "./address";
import { formatAbsolute, intersect, overlaps, parseAddress, subtract } from "./address";
import type { BatchContext } from "./batch";
import { FakeClientObject } from "./batch";
import { fail } from "./errors";
import type { FakeRange } from "./range";
import type { RangeRef } from "./sheetOps";
import { assertWritable, readGrid } from "./sheetOps";
import type { DataValidationRuleData, SheetState, Transaction, ValidationEntry } from "./state";
import type { HostCore } from "./core";

const RULE_KINDS = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
} as const satisfies Record<string, string>;

export const DEFAULT_ERROR_ALERT = { showAlert: true, style: "Stop", title: "", message: "" } as const;
export const DEFAULT_PROMPT = { showPrompt: false, title: "", message: "" } as const;

function ruleKind(rule: DataValidationRuleData | null): string {
  if (!rule) return "None";
  const key = Object.keys(rule)[0] as keyof typeof RULE_KINDS | undefined;
  return key ? RULE_KINDS[key] : "None";
}

/** Rule objects are whole-object assignments with exactly one rule type (InvalidArgument otherwise). */
function normalizeRule(ctx: BatchContext, rule: unknown, tx: Transaction): DataValidationRuleData {
  if (typeof rule !== "object" || rule === null || Array.isArray(rule))
    fail("InvalidArgument", "DataValidation.rule must be an object.", "DataValidation.rule");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0]! in RULE_KINDS)) {
    fail(
      "InvalidArgument",
      `DataValidation.rule needs exactly one of ${Object.keys(RULE_KINDS).join(", ")}; got ${keys.join(", ") || "none"}.`,
      "DataValidation.rule",
    );
  }
  const key = keys[0]!;
  const body = (rule as Record<string, unknown>)[key];
  if (typeof body !== "object" || body === null)
    fail("InvalidArgument", `DataValidation.rule.${key} must be an object.`, "DataValidation.rule");
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  if (key === "list") {
    const source = copy.source;
    if (typeof source === "object" && source !== null) {
      const range = source as FakeRange;
      if (range._ctx !== ctx)
        fail("InvalidRequestContext", "Cannot use the object across different request contexts.");
      const ref = range._resolve(tx);
      copy.source = `=${formatAbsolute(ref.sheet.name, ref.rect)}`;
    } else if (typeof source !== "string" || source.length === 0) {
      fail("InvalidArgument", "A list rule needs a source.", "DataValidation.rule");
    } else if (ctx._host.strict.checkValidationNames && source.startsWith("=")) {
      // Excel refuses a list source that names a range that does not exist ("A named range you specified
      // cannot be found"); the API's code for it is not documented: the fake answers InvalidArgument.
      const formula = source.slice(1).replace(/\$/g, "");
      const isName = /^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(formula) && !parseAddress(formula);
      if (isName && !ctx._host.state.names.some((n) => n.name.toLowerCase() === formula.toLowerCase()))
        fail("InvalidArgument", `The name '${formula}' does not exist.`, "DataValidation.rule");
    }
    copy.inCellDropDown = copy.inCellDropDown ?? true;
  }
  if (key === "custom" && (typeof copy.formula !== "string" || copy.formula.length === 0)) {
    fail("InvalidArgument", "A custom rule needs a formula.", "DataValidation.rule");
  }
  return { [key]: copy };
}

/** Replaces the part of every entry inside `r` by `make(oldEntryOrNull, part)`. */
function rewrite(
  tx: Transaction,
  sheet: SheetState,
  r: Rect,
  make: ((old: ValidationEntry | null, part: Rect) => ValidationEntry | null) | null,
): void {
  const out: ValidationEntry[] = [];
  const covered: Rect[] = [];
  for (const e of sheet.validations) {
    if (!overlaps(e.rect, r)) {
      out.push(e);
      continue;
    }
    for (const rest of subtract(e.rect, r)) out.push({ ...e, rect: rest });
    const part = intersect(e.rect, r)!;
    covered.push(part);
    if (make) {
      const next = make(e, part);
      if (next) out.push(next);
    }
  }
  if (make) {
    let gaps: Rect[] = [r];
    for (const c of covered) gaps = gaps.flatMap((g) => subtract(g, c));
    for (const g of gaps) {
      const next = make(null, g);
      if (next) out.push(next);
    }
  }
  tx.set(sheet, "validations", out);
}

function blank(part: Rect): ValidationEntry {
  return { rect: part, rule: null, errorAlert: null, prompt: null, ignoreBlanks: true };
}

/** `Excel.DataValidation`. */
export class FakeDataValidation extends FakeClientObject<RangeRef> {
  readonly _type = "DataValidation";
  private readonly locate: (tx: Transaction) => RangeRef;

  constructor(ctx: BatchContext, locate: (tx: Transaction) => RangeRef) {
    super(ctx);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): RangeRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["rule", "errorAlert", "prompt", "ignoreBlanks", "type", "valid"];
  }
  override _read(prop: string, ref: RangeRef): unknown {
    const hits = ref.sheet.validations.filter((e) => overlaps(e.rect, ref.rect));
    const only = hits.length === 1 && subtract(ref.rect, hits[0]!.rect).length === 0 ? hits[0]! : null;
    switch (prop) {
      case "type":
        if (hits.length === 0) return "None";
        if (!only)
          return hits.every((h) => JSON.stringify(h.rule) === JSON.stringify(hits[0]!.rule))
            ? ruleKind(hits[0]!.rule)
            : "Inconsistent";
        return ruleKind(only.rule);
      case "rule":
        return only?.rule ? structuredClone(only.rule) : {};
      case "errorAlert":
        return { ...DEFAULT_ERROR_ALERT, ...(only?.errorAlert ?? {}) };
      case "prompt":
        return { ...DEFAULT_PROMPT, ...(only?.prompt ?? {}) };
      case "ignoreBlanks":
        return only ? only.ignoreBlanks : true;
      case "valid":
        return invalidCells(this._ctx._host, ref).length === 0;
      default:
        return undefined;
    }
  }

  get rule(): DataValidationRuleData {
    return this._get("rule");
  }
  set rule(rule: DataValidationRuleData) {
    this._set("rule", rule, (tx, ref) => {
      assertWritable(this._ctx._host, ref.sheet, ref.rect, "object");
      const normalized = normalizeRule(this._ctx, rule, tx);
      rewrite(tx, ref.sheet, ref.rect, (old, part) => ({
        rect: part,
        rule: normalized,
        errorAlert: old?.errorAlert ?? null,
        prompt: old?.prompt ?? null,
        ignoreBlanks: old?.ignoreBlanks ?? true,
      }));
    });
  }
  get errorAlert(): Record<string, unknown> {
    return this._get("errorAlert");
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.setPart("errorAlert", alert, (e, part) => ({ ...e, rect: part, errorAlert: { ...alert } }));
  }
  get prompt(): Record<string, unknown> {
    return this._get("prompt");
  }
  set prompt(prompt: Record<string, unknown>) {
    this.setPart("prompt", prompt, (e, part) => ({ ...e, rect: part, prompt: { ...prompt } }));
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(on: boolean) {
    this.setPart("ignoreBlanks", on, (e, part) => ({ ...e, rect: part, ignoreBlanks: on }));
  }
  get type(): string {
    return this._get("type");
  }
  get valid(): boolean {
    return this._get("valid");
  }

  private setPart(
    prop: string,
    value: unknown,
    apply: (e: ValidationEntry, part: Rect) => ValidationEntry,
  ): void {
    this._set(prop, value, (tx, ref) => {
      if (typeof value !== "object" && typeof value !== "boolean")
        fail("InvalidArgument", `DataValidation.${prop} must be an object.`, `DataValidation.${prop}`);
      assertWritable(this._ctx._host, ref.sheet, ref.rect, "object");
      rewrite(tx, ref.sheet, ref.rect, (old, part) => apply(old ?? blank(part), part));
    });
  }

  /** Removes validation from the range (only the overlap; rules elsewhere stay). */
  clear(): void {
    this._call("clear", [], (tx, ref) => {
      assertWritable(this._ctx._host, ref.sheet, ref.rect, "object");
      rewrite(tx, ref.sheet, ref.rect, null);
    });
  }
}

/**
 * Cells failing their rule. Only list rules are evaluated (comma list, `=Name`, `=Sheet!$A$1:$A$9`); other
 * rule types count as valid (the fake does not evaluate formulas). Blanks pass when ignoreBlanks.
 */
export function invalidCells(host: HostCore, ref: RangeRef): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (const e of ref.sheet.validations) {
    const part = intersect(e.rect, ref.rect);
    if (!part || !e.rule || !("list" in e.rule)) continue;
    const allowed = listItems(host, (e.rule.list as { source: string }).source);
    if (!allowed) continue;
    const grid = readGrid(host, { sheet: ref.sheet, rect: part }, "text") as string[][];
    grid.forEach((line, i) =>
      line.forEach((t, j) => {
        if (t === "" ? !e.ignoreBlanks : !allowed.has(t)) out.push({ r: part.r0 + i, c: part.c0 + j });
      }),
    );
  }
  return out;
}

function listItems(host: HostCore, source: string): Set<string> | null {
  if (!source.startsWith("=")) return new Set(source.split(",").map((s) => s.trim()));
  let formula = source.slice(1);
  const named = host.state.names.find((n) => n.name.toLowerCase() === formula.toLowerCase());
  if (named) formula = named.formula.replace(/^=/, "");
  const p = parseAddress(formula.replace(/\$/g, ""));
  if (!p || p.sheet === null) return null;
  const sheet = host.state.sheetByName(p.sheet);
  if (!sheet) return null;
  const grid = readGrid(host, { sheet, rect: p.rect }, "text") as string[][];
  return new Set(grid.flat().filter((t) => t !== ""));
}
