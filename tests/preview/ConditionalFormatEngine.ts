/**
 * What Excel paints over a cell: the sheet's conditional formats, evaluated by a spreadsheet formula
 * engine (HyperFormula, GPL-3.0 — the preview is a dev tool and not part of the add-in) from the rules
 * as they are stored on the fake workbook, never from what the add-in thinks they mean.
 *
 * Excel's semantics (https://support.microsoft.com/office/manage-conditional-formatting-rule-precedence-e09711a3-48df-4bcb-b82c-9d8b8b22463d):
 * a rule's formula is written for the top-left cell of its range and moved for every other cell
 * (`reanchorFormula`); a Custom rule applies when its formula gives TRUE or a non-zero number (an error
 * or text does not apply); rules are applied highest priority first, a format property set by a
 * higher rule wins, lower rules still add the properties it left alone, and Stop If True ends the list.
 *
 * Work follows the view, not the sheet: only the rows asked for are evaluated, and only the cells their
 * formulas read (the visible row band, the ranges behind the workbook's defined names, any other range
 * a formula names) are copied into the engine, once per workbook version and only where they changed.
 */
import { HyperFormula } from "hyperformula";
import type { ConditionalFormatInfo, FakeExcelHost } from "../fakeExcel";
import { parseAddress } from "../fakeExcel";
import type { FormulaReference } from "./reanchorFormula";
import { formulaReferences, reanchorFormula, reanchorOnSheet } from "./reanchorFormula";

/** The engine's own sheets holding rule formulas are named with this prefix (no workbook sheet can: `[` is not allowed). */
const RULES_PREFIX = "[rules] ";
/** Areas larger than this many cells are cut to the sheet's used range before copying. */
const LARGE_AREA = 20_000;
/** Rows of formula cells kept per sheet before they are cleared and placed afresh. */
const MAX_PLACED_ROWS = 3_000;
/** Rows above and below the view whose formula cells are kept for scrolling back. */
const KEEP_ROWS = 24;

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export interface CellLook {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

type Value = string | number | boolean;

interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

interface PreparedRule {
  readonly info: ConditionalFormatInfo;
  readonly rects: readonly Rect[];
  /** The cell the rule's formulas are written for (top-left of its first range). */
  readonly anchor: { readonly r: number; readonly c: number };
  readonly formulas: readonly string[];
  /** Whether moving the formulas sideways changes them (any column-relative reference). */
  readonly columnRelative: boolean;
  readonly rowRelative: boolean;
}

/** Splits `Sheet!A1:B2,Sheet!C3` outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts;
}

function rectsOf(address: string): Rect[] {
  return splitAreas(address).flatMap((part) => {
    const parsed = parseAddress(part);
    if (!parsed) return [];
    const { r0, c0, rows, cols } = parsed.rect;
    return [{ r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 }];
  });
}

function formulasOf(info: ConditionalFormatInfo): string[] {
  const rule = info.rule as Record<string, unknown>;
  return typeof rule.formula === "string" && rule.formula !== "" ? [rule.formula] : [];
}

/** A formula result as a condition: TRUE or a non-zero number. */
function isTrue(result: unknown): boolean {
  const first = Array.isArray(result) ? (result[0] as unknown[] | undefined)?.[0] : result;
  return first === true || (typeof first === "number" && first !== 0);
}

export class ConditionalFormatEngine {
  private readonly hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    // Excel's date system: 1900 counted as a leap year, serial 1 = 1900-01-01.
    leapYear1900: true,
    nullDate: { year: 1899, month: 12, day: 31 },
    accentSensitive: true,
    // Excel evaluates a conditional format's formula as an array formula: `--(cell={"a","b"})` inside
    // SUMPRODUCT compares against every element (the tag and status rules rely on it).
    useArrayArithmetic: true,
    // Nothing is undone here; an undo stack would only cost time and memory on every copy.
    undoLimit: 0,
  });
  private readonly host: FakeExcelHost;
  /** What the engine holds per sheet: row → values (undefined = empty). */
  private readonly held = new Map<string, Map<number, (Value | undefined)[]>>();
  private readonly extent = new Map<string, { rows: number; cols: number }>();
  private readonly syncedAt = new Map<string, number>();
  private namesKey = "";
  private nameTargets: { sheet: string; rect: Rect }[] = [];
  private version = -1;
  private readonly results = new Map<string, unknown>();
  /** Per workbook version: each sheet's used extent, and the sheet names. */
  private readonly usedCache = new Map<string, { rows: number; cols: number }>();
  private sheetNames = new Set<string>();
  private readonly referencesOf = new Map<string, FormulaReference[]>();
  private pending: { sheet: number; row: number; col: number; content: string | number | boolean | null }[] =
    [];
  /** Per shown sheet: the formula cells of its Custom rules. */
  private readonly ruleCells = new Map<
    string,
    { key: string; sheetId: number; slots: Map<string, number>; placed: Map<number, Set<number>> }
  >();
  /** Cells copied into the engine since it was made (for tests and the bench). */
  cellsCopied = 0;

  constructor(host: FakeExcelHost) {
    this.host = host;
  }

  /**
   * The conditional-format look of every cell in sheet rows `first`..`last` (0-based, inclusive) that a
   * rule covers, keyed `row:column`. `version` changes whenever the workbook may have changed.
   */
  looks(sheet: string, first: number, last: number, version: number): Map<string, CellLook> {
    this.begin(version);
    const out = new Map<string, CellLook>();
    const rules = this.rulesOf(sheet, first, last);
    if (rules.length === 0) return out;
    this.sheetId(sheet); // the rules' sheet exists in the engine before any formula is placed on it
    // What the rules read, and only that: the ranges behind the defined names, and the ranges the
    // formulas name for the rows shown.
    this.syncNames();
    for (const rule of rules) {
      for (const formula of rule.formulas) {
        const top = formulaReferences(reanchorOnSheet(formula, first - rule.anchor.r, 0, sheet));
        const bottom = formulaReferences(reanchorOnSheet(formula, last - rule.anchor.r, 0, sheet));
        top.forEach((ref, i) => {
          const low = bottom[i] ?? ref;
          const on = ref.sheet ?? sheet;
          if (!this.sheetNames.has(on)) return;
          this.sync(on, {
            r0: Math.min(ref.r0, low.r0),
            c0: Math.min(ref.c0, low.c0),
            r1: Math.max(ref.r1, low.r1),
            c1: Math.max(ref.c1, low.c1),
          });
        });
      }
    }
    this.placeFormulas(sheet, rules, first, last);
    this.flush();

    const stopped = new Set<string>();
    const building = new Map<
      string,
      { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean }
    >();
    for (const rule of rules) {
      const format = rule.info.format;
      for (const rect of rule.rects) {
        for (let r = Math.max(rect.r0, first); r <= Math.min(rect.r1, last); r++) {
          for (let c = rect.c0; c <= rect.c1; c++) {
            const key = `${r}:${c}`;
            if (stopped.has(key) || !this.applies(rule, sheet, r, c)) continue;
            const look = building.get(key) ?? {};
            if (format.fill !== null && look.fill === undefined) look.fill = format.fill;
            if (format.fontColor !== null && look.fontColor === undefined) look.fontColor = format.fontColor;
            if (format.bold !== null && look.bold === undefined) look.bold = format.bold;
            if (format.italic !== null && look.italic === undefined) look.italic = format.italic;
            building.set(key, look);
            if (rule.info.stopIfTrue) stopped.add(key);
          }
        }
      }
    }
    for (const [key, look] of building) if (Object.keys(look).length > 0) out.set(key, look);
    return out;
  }

  /**
   * Custom rules live in the engine as formula cells, one per row shown (per cell when the formula
   * moves sideways too), on a sheet of their own: the engine then recalculates only what a change
   * touches (and NOW() on every recalculation, as Excel does), not every rule on every render.
   */
  private placeFormulas(sheet: string, rules: readonly PreparedRule[], first: number, last: number): void {
    const key = JSON.stringify(rules.map((r) => [r.info.id, r.info.address, r.formulas]));
    let cells = this.ruleCells.get(sheet);
    if (!cells || cells.key !== key || cells.placed.size > MAX_PLACED_ROWS) {
      const name = `${RULES_PREFIX}${sheet}`;
      const existing = this.hf.getSheetId(name);
      if (existing !== undefined) this.hf.clearSheet(existing);
      else this.hf.addSheet(name);
      cells = { key, sheetId: this.hf.getSheetId(name)!, slots: new Map(), placed: new Map() };
      this.ruleCells.set(sheet, cells);
    }
    const state = cells;
    // Rows far out of view give their formula cells back: NOW() recalculates on every change, so the
    // engine keeps only what is near the view.
    for (const [r, slots] of state.placed) {
      if (r >= first - KEEP_ROWS && r <= last + KEEP_ROWS) continue;
      for (const slot of slots) this.pending.push({ sheet: state.sheetId, row: r, col: slot, content: null });
      state.placed.delete(r);
    }
    {
      for (const rule of rules) {
        if (rule.info.type !== "Custom" || rule.formulas[0] === undefined) continue;
        const formula = rule.formulas[0];
        for (const rect of rule.rects) {
          for (let r = Math.max(rect.r0, first); r <= Math.min(rect.r1, last); r++) {
            const columns = rule.columnRelative ? range(rect.c0, rect.c1) : [rect.c0];
            for (const c of columns) {
              const slotKey = rule.columnRelative ? `${rule.info.id}|${c}` : rule.info.id;
              let slot = state.slots.get(slotKey);
              if (slot === undefined) {
                slot = state.slots.size;
                state.slots.set(slotKey, slot);
              }
              const placed = state.placed.get(r) ?? new Set<number>();
              if (placed.has(slot)) continue;
              const text = reanchorOnSheet(formula, r - rule.anchor.r, c - rule.anchor.c, sheet);
              this.pending.push({ sheet: state.sheetId, row: r, col: slot, content: text });
              placed.add(slot);
              state.placed.set(r, placed);
            }
          }
        }
      }
    }
  }

  /** Applies the collected copies and formulas in one batch: one recalculation, and none when nothing changed. */
  private flush(): void {
    if (this.pending.length === 0) return;
    const changes = this.pending;
    this.pending = [];
    // Runs of neighbouring cells in a row go in as one write.
    changes.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col);
    this.hf.batch(() => {
      let i = 0;
      while (i < changes.length) {
        const start = changes[i]!;
        const run: (string | number | boolean | null)[] = [start.content];
        let j = i + 1;
        while (
          j < changes.length &&
          changes[j]!.sheet === start.sheet &&
          changes[j]!.row === start.row &&
          changes[j]!.col === start.col + run.length
        ) {
          run.push(changes[j]!.content);
          j++;
        }
        this.hf.setCellContents({ sheet: start.sheet, row: start.row, col: start.col }, [run]);
        i = j;
      }
    });
  }

  /** Evaluates a formula on a sheet (e.g. a list validation's source `=OrderFlow_Statuses`). */
  evaluate(formula: string, sheet: string, version: number): unknown {
    this.begin(version);
    this.syncNames();
    return this.calculate(formula, sheet, this.sheetId(sheet));
  }

  private begin(version: number): void {
    if (version === this.version) return;
    this.version = version;
    this.results.clear();
    this.usedCache.clear();
    this.syncedAt.clear();
    // Sheets deleted or renamed since: drop them.
    const names = new Set(this.host.workbook.sheetNames());
    this.sheetNames = names;
    for (const name of [...this.held.keys()]) {
      if (names.has(name)) continue;
      this.ruleCells.delete(name);
      const id = this.hf.getSheetId(name);
      if (id !== undefined) this.hf.removeSheet(id);
      this.held.delete(name);
      this.extent.delete(name);
    }
  }

  private rulesOf(sheet: string, first: number, last: number): PreparedRule[] {
    return this.host
      .conditionalFormats(sheet)
      .sort((a, b) => a.priority - b.priority)
      .map((info) => {
        const rects = rectsOf(info.address);
        const formulas = formulasOf(info);
        return {
          info,
          rects,
          anchor: { r: rects[0]?.r0 ?? 0, c: rects[0]?.c0 ?? 0 },
          formulas,
          columnRelative: formulas.some((f) => reanchorFormula(f, 0, 1) !== f),
          rowRelative: formulas.some((f) => reanchorFormula(f, 1, 0) !== f),
        };
      })
      .filter((rule) => rule.rects.some((r) => r.r1 >= first && r.r0 <= last));
  }

  /** Whether a rule (a Custom formula; the only kind OrderFlow writes) holds for the cell. */
  private applies(rule: PreparedRule, sheet: string, r: number, c: number): boolean {
    const cells = this.ruleCells.get(sheet);
    const slot = cells?.slots.get(rule.columnRelative ? `${rule.info.id}|${c}` : rule.info.id);
    if (!cells || slot === undefined) return false;
    return isTrue(this.hf.getCellValue({ sheet: cells.sheetId, row: r, col: slot }));
  }

  /** Evaluates a formula written for A1 of `sheet`, after copying in what it reads. */
  private calculate(formula: string, sheet: string, sheetId: number): unknown {
    const key = `${sheetId}\u241e${formula}`;
    if (this.results.has(key)) return this.results.get(key);
    let refs = this.referencesOf.get(formula);
    if (!refs) {
      refs = formulaReferences(formula);
      this.referencesOf.set(formula, refs);
    }
    for (const ref of refs) {
      const on = ref.sheet ?? sheet;
      if (!this.sheetNames.has(on)) continue;
      this.sync(on, ref);
    }
    this.flush();
    let result: unknown;
    try {
      result = this.hf.calculateFormula(formula, sheetId);
    } catch {
      result = null; // a formula the engine can not read counts as false, as an error does in Excel
    }
    this.results.set(key, result);
    return result;
  }

  private sheetId(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id !== undefined) return id;
    this.hf.addSheet(sheet);
    this.held.set(sheet, new Map());
    return this.hf.getSheetId(sheet)!;
  }

  private usedExtent(sheet: string): { rows: number; cols: number } {
    const known = this.usedCache.get(sheet);
    if (known) return known;
    const extent = this.readUsedExtent(sheet);
    this.usedCache.set(sheet, extent);
    return extent;
  }

  private readUsedExtent(sheet: string): { rows: number; cols: number } {
    const address = this.host.usedAddress(sheet, true);
    const parsed = address ? parseAddress(address)?.rect : undefined;
    return parsed ? { rows: parsed.r0 + parsed.rows, cols: parsed.c0 + parsed.cols } : { rows: 0, cols: 0 };
  }

  /**
   * Copies the fake's values in `rect` (clipped to what either side holds) into the engine, where they
   * differ. Once per workbook version per area.
   */
  private sync(sheet: string, rect: Rect): void {
    const asked = `${sheet}\u241e${rect.r0}:${rect.c0}:${rect.r1}:${rect.c1}`;
    if (this.syncedAt.get(asked) === this.version) return;
    this.syncedAt.set(asked, this.version);
    const heldExtent = this.extent.get(sheet) ?? { rows: 0, cols: 0 };
    let { r1, c1 } = rect;
    // A large area (a whole column) is cut to what either side holds.
    if ((r1 - rect.r0 + 1) * (c1 - rect.c0 + 1) > LARGE_AREA) {
      const used = this.usedExtent(sheet);
      r1 = Math.min(r1, Math.max(used.rows, heldExtent.rows) - 1);
      c1 = Math.min(c1, Math.max(used.cols, heldExtent.cols) - 1);
    }
    if (r1 < rect.r0 || c1 < rect.c0) {
      this.sheetId(sheet);
      return;
    }
    const sheetId = this.sheetId(sheet);
    const held = this.held.get(sheet)!;
    const values = this.host.sheetValues(
      sheet,
      `${columnName(rect.c0)}${rect.r0 + 1}:${columnName(c1)}${r1 + 1}`,
    ) as (Value | null)[][];
    for (let i = 0; i <= r1 - rect.r0; i++) {
      const r = rect.r0 + i;
      let row = held.get(r);
      for (let j = 0; j <= c1 - rect.c0; j++) {
        const c = rect.c0 + j;
        const raw = values[i]?.[j];
        const value = raw === "" || raw === null || raw === undefined ? undefined : raw;
        if (row?.[c] === value) continue;
        if (!row) {
          row = [];
          held.set(r, row);
        }
        row[c] = value;
        // Text goes in behind an apostrophe so the engine never reads it as a number, date or formula.
        this.pending.push({
          sheet: sheetId,
          row: r,
          col: c,
          content: value === undefined ? null : typeof value === "string" ? `'${value}` : value,
        });
        this.cellsCopied++;
      }
    }
    this.extent.set(sheet, {
      rows: Math.max(heldExtent.rows, r1 + 1),
      cols: Math.max(heldExtent.cols, c1 + 1),
    });
  }

  /** The workbook's defined names as the engine's named expressions; their ranges copied in. */
  private syncNames(): void {
    const names = this.host.names();
    const key = JSON.stringify(names);
    if (key !== this.namesKey) {
      for (const existing of this.hf.listNamedExpressions()) this.hf.removeNamedExpression(existing);
      this.nameTargets = [];
      const tables = this.host.tables();
      for (const { name, formula } of names) {
        const expression = resolveStructured(formula, tables);
        for (const sheet of referencedSheets(expression)) if (this.sheetNames.has(sheet)) this.sheetId(sheet);
        if (!this.hf.isItPossibleToAddNamedExpression(name, expression)) continue;
        try {
          this.hf.addNamedExpression(name, expression);
        } catch {
          continue; // a name the engine can not read: formulas using it evaluate to an error, as a broken name does
        }
        for (const ref of formulaReferences(expression))
          if (ref.sheet !== undefined) this.nameTargets.push({ sheet: ref.sheet, rect: ref });
      }
      this.namesKey = key;
    }
    for (const target of this.nameTargets) {
      if (this.sheetNames.has(target.sheet)) this.sync(target.sheet, target.rect);
    }
  }
}

function columnName(index: number): string {
  let s = "";
  for (let k = index + 1; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function referencedSheets(expression: string): string[] {
  return formulaReferences(expression).flatMap((ref) => (ref.sheet === undefined ? [] : [ref.sheet]));
}

/** `=Table[Column]` (a structured reference the engine does not know) as the column's body range. */
function resolveStructured(
  formula: string,
  tables: readonly { name: string; sheet: string; address: string; columns: string[] }[],
): string {
  // Setup's lists are `=INDEX(T[C],1):INDEX(T[C],MAX(1,COUNTA(T[C])))` (the column without its trailing
  // blanks). HyperFormula has no reference-returning INDEX, so the preview reads the whole column: the
  // blanks it adds are empty cells, which no list offers.
  const trimmed = /^=\s*INDEX\(([\w.\u00c0-\uffff]+\[[^\]]+\]),\s*1\):INDEX\(\1,.*\)\s*$/.exec(formula);
  if (trimmed) return resolveStructured(`=${trimmed[1]}`, tables);
  const match = /^=\s*([\w.\u00c0-\uffff]+)\[([^\]]+)\]\s*$/.exec(formula);
  if (!match) return formula;
  const table = tables.find((t) => t.name.toLowerCase() === match[1]!.toLowerCase());
  const column = table?.columns.indexOf(match[2]!) ?? -1;
  const rect = table ? parseAddress(table.address)?.rect : undefined;
  if (!table || !rect || column < 0) return formula;
  const letter = columnName(rect.c0 + column);
  const quoted = `'${table.sheet.replace(/'/g, "''")}'`;
  // The body: below the header row (a table always has at least one body row).
  return `=${quoted}!$${letter}$${rect.r0 + 2}:$${letter}$${rect.r0 + rect.rows}`;
}
