/**
 * What a person does to the sheet in the preview's grid, done to the fake workbook with Excel's
 * semantics, each raising the worksheet's change event as Excel would — so the add-in's real change
 * handler runs. `details` (the value before and after) come only with a single-cell change; a paste, a
 * fill or a sort is one event over its whole range
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs).
 *
 * Typing is checked the way Excel checks it before anything changes: a locked cell on a protected sheet
 * is refused, and so is a value a Stop-style list validation does not allow. Paste and fill are not
 * checked against validation (Excel does not either); they are refused on protected locked cells.
 */
import type { CellValue } from "../../src/core/grid";
import { columnLetter } from "../../src/core/grid";
import type { CellInfo, SeedCell } from "../fakeExcel";
import { parseAddress } from "../fakeExcel";
import type { ConditionalFormatEngine } from "./ConditionalFormatEngine";
import type { PreviewWorkbook } from "./previewWorkbook";
import { reanchorFormula } from "./reanchorFormula";

export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Why Excel refused an input, in its own words (both languages), with the alert's title. */
export interface Refusal {
  readonly title: string;
  readonly message: string;
}

export type InputResult =
  { readonly ok: true; readonly area: Area } | { readonly ok: false; readonly refusal: Refusal };

export const areaAddress = (a: Area): string => {
  const first = `${columnLetter(a.c0)}${a.r0 + 1}`;
  const last = `${columnLetter(a.c1)}${a.r1 + 1}`;
  return first === last ? first : `${first}:${last}`;
};

const PROTECTED: Refusal = {
  title: "Microsoft Excel",
  message:
    "您试图更改的单元格或图表位于受保护的工作表中。若要进行更改，请取消工作表保护。\n" +
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
};

const NOT_ALLOWED: Refusal = {
  title: "Microsoft Excel",
  message:
    "此值与此单元格定义的数据验证限制不匹配。\nThis value doesn't match the data validation restrictions defined for this cell.",
};

/** Tab-separated text as Excel pastes it: rows by line break, cells by tab, quoted cells may hold both. */
export function parseClipboardText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/** Excel's ascending sort order: numbers, then text (ignoring case), then booleans; blanks always last. */
function sortKey(a: CellValue, b: CellValue, descending: boolean): number {
  const blank = (v: CellValue): boolean => v === "" || v === null;
  if (blank(a) || blank(b)) return blank(a) === blank(b) ? 0 : blank(a) ? 1 : -1;
  const rank = (v: CellValue): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let order = rank(a) - rank(b);
  if (order === 0) {
    if (typeof a === "number" && typeof b === "number") order = a - b;
    else order = String(a).localeCompare(String(b), "en", { sensitivity: "base" });
  }
  return descending ? -order : order;
}

export class UserInput {
  private readonly workbook: PreviewWorkbook;
  private readonly engine: ConditionalFormatEngine;

  constructor(workbook: PreviewWorkbook, engine: ConditionalFormatEngine) {
    this.workbook = workbook;
    this.engine = engine;
  }

  private get host() {
    return this.workbook.host;
  }

  /** Whether any cell of the area is locked on a protected sheet. */
  private protectedIn(sheet: string, area: Area): boolean {
    if (!this.host.isProtected(sheet)) return false;
    for (let r = area.r0; r <= area.r1; r++)
      for (let c = area.c0; c <= area.c1; c++)
        if (this.host.cell(sheet, `${columnLetter(c)}${r + 1}`).locked) return true;
    return false;
  }

  /** The list validation of a cell: its items (the source evaluated), whether it shows a dropdown, its alert. */
  private listRule(
    sheet: string,
    r: number,
    c: number,
  ): { items: string[]; dropDown: boolean; stop: boolean; alert: Refusal } | null {
    for (const v of this.host.validationRules(sheet)) {
      const rect = parseAddress(v.address)?.rect;
      if (!rect || r < rect.r0 || r >= rect.r0 + rect.rows || c < rect.c0 || c >= rect.c0 + rect.cols)
        continue;
      const list = (v.rule as { list?: { source?: unknown; inCellDropDown?: boolean } } | null)?.list;
      if (!list || typeof list.source !== "string") return null;
      const alert = v.errorAlert as {
        showAlert?: boolean;
        style?: string;
        title?: string;
        message?: string;
      } | null;
      const source = list.source;
      let items: string[];
      if (source.startsWith("=")) {
        const result = this.engine.evaluate(source, sheet, this.workbook.version());
        items = (Array.isArray(result) ? (result as unknown[][]).flat() : [result])
          .filter((x) => typeof x === "string" || typeof x === "number" || typeof x === "boolean")
          .map((x) => String(x));
      } else items = source.split(",").map((s) => s.trim());
      return {
        items,
        dropDown: list.inCellDropDown !== false,
        stop: alert?.showAlert !== false && (alert?.style ?? "Stop") === "Stop",
        alert: {
          title: alert?.title ? alert.title : NOT_ALLOWED.title,
          message: alert?.message ? alert.message : NOT_ALLOWED.message,
        },
      };
    }
    return null;
  }

  /** The list a Stop-style validation allows in the cell, or null when typing there is not checked. */
  private allowedList(sheet: string, r: number, c: number): { items: string[]; alert: Refusal } | null {
    const rule = this.listRule(sheet, r, c);
    return rule?.stop ? rule : null;
  }

  /** The items of the cell's in-cell dropdown (Alt+Down in Excel), or null when it has none. */
  dropDownItems(sheet: string, r: number, c: number): string[] | null {
    const rule = this.listRule(sheet, r, c);
    return rule?.dropDown ? rule.items : null;
  }

  /** A person types `text` into one cell and presses Enter. */
  async type(sheet: string, r: number, c: number, text: string): Promise<InputResult> {
    const area = { r0: r, c0: c, r1: r, c1: c };
    if (this.protectedIn(sheet, area)) return { ok: false, refusal: PROTECTED };
    const allowed = text === "" ? null : this.allowedList(sheet, r, c);
    if (allowed && !allowed.items.some((item) => item.toLocaleLowerCase() === text.toLocaleLowerCase()))
      return { ok: false, refusal: allowed.alert };
    await this.host.userEdit(sheet, areaAddress(area), [[text]]);
    this.workbook.touch();
    return { ok: true, area };
  }

  /** Ctrl+V of tab-separated text at the active cell: one change event over the pasted range. */
  async paste(sheet: string, r: number, c: number, text: string): Promise<InputResult> {
    const grid = parseClipboardText(text);
    if (grid.length === 0 || grid[0]!.length === 0) return { ok: true, area: { r0: r, c0: c, r1: r, c1: c } };
    const area = { r0: r, c0: c, r1: r + grid.length - 1, c1: c + grid[0]!.length - 1 };
    if (this.protectedIn(sheet, area)) return { ok: false, refusal: PROTECTED };
    await this.host.userEdit(sheet, areaAddress(area), grid);
    this.workbook.touch();
    return { ok: true, area };
  }

  /** Delete: clears the contents (not the formats) of the area, one event over it. */
  async clear(sheet: string, area: Area): Promise<InputResult> {
    if (this.protectedIn(sheet, area)) return { ok: false, refusal: PROTECTED };
    const grid = Array.from({ length: area.r1 - area.r0 + 1 }, () =>
      Array<string>(area.c1 - area.c0 + 1).fill(""),
    );
    await this.host.userEdit(sheet, areaAddress(area), grid);
    this.workbook.touch();
    return { ok: true, area };
  }

  /**
   * Ctrl+D: the top row of the selection copied (values, formulas moved as Excel moves them, formats)
   * into the rows below it; a one-row selection is filled from the row above. One event over the filled rows.
   */
  async fillDown(sheet: string, selection: Area): Promise<InputResult> {
    const source = selection.r0 === selection.r1 ? selection.r0 - 1 : selection.r0;
    if (source < 0) return { ok: true, area: selection };
    const target = { ...selection, r0: source + 1 };
    if (this.protectedIn(sheet, target)) return { ok: false, refusal: PROTECTED };
    const top: CellInfo[] = [];
    for (let c = selection.c0; c <= selection.c1; c++)
      top.push(this.host.cell(sheet, `${columnLetter(c)}${source + 1}`));
    const single = target.r0 === target.r1 && target.c0 === target.c1;
    const before = single ? this.host.cell(sheet, areaAddress(target)).value : undefined;
    const rows: SeedCell[][] = [];
    for (let r = target.r0; r <= target.r1; r++)
      rows.push(
        top.map((info) =>
          seedOf(info, info.formula === null ? undefined : reanchorFormula(info.formula, r - source, 0)),
        ),
      );
    this.host.workbook.setCells(sheet, areaAddress({ ...target, r1: target.r0 }), rows);
    await this.host.raiseChange({
      sheet,
      address: areaAddress(target),
      ...(before === undefined ? {} : { valueBefore: before }),
    });
    this.workbook.touch();
    return { ok: true, area: target };
  }

  /** Double-click on a column header's right edge: Excel sizes the column to its longest text. */
  async autofitColumn(sheet: string, column: number): Promise<void> {
    if (this.host.isProtected(sheet)) return;
    await this.host.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets
        .getItem(sheet)
        .getRange(`${columnLetter(column)}:${columnLetter(column)}`)
        .format.autofitColumns();
      await context.sync();
    });
    this.workbook.touch();
  }

  /**
   * Sort by one column, as Excel's Sort A→Z on a list with a header: the rows below the header row, to the
   * last used row, every used column, move whole (values and formats; conditional formats and
   * validation stay with the cells' positions). One event over the sorted range.
   */
  async sort(sheet: string, column: number, descending: boolean): Promise<InputResult> {
    const used = this.host.usedAddress(sheet, true);
    const rect = used ? parseAddress(used)?.rect : undefined;
    if (!rect) return { ok: true, area: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    const values = this.host.sheetValues(sheet) as CellValue[][];
    const header = headerRow(values);
    const area = { r0: header + 1, c0: 0, r1: rect.r0 + rect.rows - 1, c1: rect.c0 + rect.cols - 1 };
    if (area.r1 <= area.r0) return { ok: true, area };
    if (this.protectedIn(sheet, area)) return { ok: false, refusal: PROTECTED };
    const rows: CellInfo[][] = [];
    for (let r = area.r0; r <= area.r1; r++) {
      const row: CellInfo[] = [];
      for (let c = area.c0; c <= area.c1; c++) row.push(this.host.cell(sheet, `${columnLetter(c)}${r + 1}`));
      rows.push(row);
    }
    // A stable sort, as Excel's: equal keys keep their order.
    const order = rows
      .map((row, i) => ({ row, i }))
      .sort(
        (a, b) => sortKey(a.row[column]?.value ?? "", b.row[column]?.value ?? "", descending) || a.i - b.i,
      );
    this.host.workbook.setCells(
      sheet,
      areaAddress({ ...area, r1: area.r0, c1: area.c0 }),
      // A formula moves with its row, as Excel moves it.
      order.map(({ row, i }, k) =>
        row.map((info) =>
          seedOf(info, info.formula === null ? undefined : reanchorFormula(info.formula, k - i, 0)),
        ),
      ),
    );
    await this.host.raiseChange({ sheet, address: areaAddress(area) });
    this.workbook.touch();
    return { ok: true, area };
  }
}

/** A cell as seed data (values stored as they are, no re-parsing), with its formula moved when given. */
function seedOf(info: CellInfo, formula: string | undefined): SeedCell {
  return {
    value: info.value,
    ...(formula === undefined ? {} : { formula }),
    numberFormat: info.numberFormat,
    fill: info.fill,
    fontColor: info.fontColor,
    bold: info.bold,
    locked: info.locked,
  };
}

/**
 * The list's header row, as Excel guesses it for Sort: among the first ten rows, the one with the most
 * text cells that the row below does not repeat in kind (a title row above has one cell).
 */
export function headerRow(values: readonly (readonly CellValue[])[]): number {
  let best = 0;
  let bestCount = -1;
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const count = (values[r] ?? []).filter((v) => typeof v === "string" && v !== "").length;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}
