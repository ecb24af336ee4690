/**
 * A set-up workbook as an .xlsx: the preview's sample order sheet plus edge rows, planned by the core's
 * setup (columns, statuses, dropdowns, highlight rules, the settings sheet with its tables and names), with
 * every highlight rule also written as a normal formula in helper columns (one shared formula per rule,
 * anchored where the rule is, so the engine re-anchors it row by row exactly as it does a conditional
 * format) and every dropdown's list read through its name on a Check sheet.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import { columnLetter } from "../../src/core/grid";
import { detectHeader } from "../../src/core/headers";
import { DEFAULT_PROBLEM_REASONS, type Workflow } from "../../src/core/lifecycle";
import type { HighlightRule, SetupPlan, TeamMember } from "../../src/core/plan";
import { planSetup } from "../../src/core/plan";
import type { TagDef } from "../../src/core/tags";
import type { SeedCell } from "../fakeExcel";

export const ORDER_SHEET = "订单 Orders";
const SETTINGS = "OrderFlow";
export const CHECK_SHEET = "Check";
/** Rows below the body, empty, where every rule must stay false. */
const ROWS_BELOW = 25;

export interface BuiltWorkbook {
  readonly xlsx: Buffer;
  readonly plan: SetupPlan;
  /** The order sheet as the user would have it after setup and the edits (0-based sheet rows/columns). */
  readonly grid: CellValue[][];
  /** Helper column (0-based) of each rule on the order sheet. */
  readonly helperColumn: ReadonlyMap<string, number>;
  /** First and last (0-based) sheet rows the helper formulas cover: the body and the rows below it. */
  readonly rows: { readonly first: number; readonly last: number };
  /** Check sheet row (0-based) of each list name: count, then the items. */
  readonly listRows: ReadonlyMap<string, number>;
  /** Check sheet cell with a stale cached result: recalculated, it says 2. */
  readonly sentinel: { readonly row: number; readonly column: number };
}

function seedValue(cell: SeedCell | undefined): CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "object" && !(cell instanceof Date)) return cell.value ?? null;
  return cell as CellValue;
}

/**
 * Plans setup of `seed` with the team's workflow and tags, applies the plan's cell writes, lets `edit`
 * change cells as a team would (statuses in their own words, tags, dues), and builds the .xlsx.
 */
export async function buildSetUpWorkbook(options: {
  readonly seed: readonly (readonly SeedCell[])[];
  readonly workflow: Workflow;
  readonly tags: readonly TagDef[];
  readonly team: readonly TeamMember[];
  readonly now: number;
  readonly edit: (grid: CellValue[][], plan: SetupPlan) => void;
}): Promise<BuiltWorkbook> {
  const grid: CellValue[][] = options.seed.map((row) => row.map(seedValue));
  const snapshot = {
    sheetName: ORDER_SHEET,
    origin: { row: 0, column: 0 },
    grid,
    tables: [],
    mergedAreas: [],
  };
  const detected = detectHeader(grid);
  if (!detected.ok) throw new Error("the sample sheet has no header");
  const planned = planSetup({
    snapshot,
    sheet: {
      grid,
      origin: snapshot.origin,
      headerRow: detected.value.headerRow,
      dataRows: detected.value.dataRows,
      mapping: detected.value.mapping,
      platform: detected.value.platform,
    },
    workflow: options.workflow,
    tags: options.tags,
    reasons: DEFAULT_PROBLEM_REASONS,
    team: options.team,
    now: options.now,
    utcOffsetMinutes: 0,
  });
  if (!planned.ok) throw new Error(`setup refused: ${JSON.stringify(planned.error)}`);
  const plan = planned.value;
  const sheetGrid = grid.map((row) => [...row]);
  for (const write of plan.writes)
    write.values.forEach((values, i) =>
      values.forEach((value, j) => {
        const row = (sheetGrid[write.area.row + i] ??= []);
        row[write.area.column + j] = value;
      }),
    );
  options.edit(sheetGrid, plan);

  const workbook = new ExcelJS.Workbook();
  const orders = workbook.addWorksheet(ORDER_SHEET);
  const settings = workbook.addWorksheet(SETTINGS);
  const check = workbook.addWorksheet(CHECK_SHEET);

  sheetGrid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) orders.getCell(r + 1, c + 1).value = value;
    }),
  );
  const last = Math.max(...Object.values(plan.mapping).filter((c): c is number => c !== undefined));
  const helperColumn = new Map<string, number>();
  const rows = { first: plan.body.firstRow, last: plan.body.firstRow + plan.body.rowCount - 1 + ROWS_BELOW };
  plan.highlights.forEach((rule, index) => {
    const column = last + 2 + index;
    helperColumn.set(rule.id, column);
    writeShared(orders, rule, column, rows);
    orders.getCell(plan.headerRow + 1, column + 1).value = rule.id;
  });
  // The set-up sheet's own rules and dropdowns, as setup leaves them (the file opens as a set-up workbook).
  plan.highlights.forEach((rule, priority) =>
    orders.addConditionalFormatting({
      ref: a1(rule.area.row, rule.area.column, rule.area.rowCount, rule.area.columnCount),
      rules: [
        {
          type: "expression",
          priority: priority + 1,
          formulae: [rule.formula.slice(1)],
          style: {
            ...(rule.fill
              ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } } }
              : {}),
            font: {
              ...(rule.font ? { color: { argb: argb(rule.font) } } : {}),
              ...(rule.bold ? { bold: true } : {}),
            },
          },
        },
      ],
    }),
  );
  // ExcelJS's typings lack the sheet-level collection its writer reads.
  const validations = (orders as unknown as { dataValidations: { add(ref: string, rule: unknown): void } })
    .dataValidations;
  for (const rule of plan.validations)
    validations.add(a1(rule.area.row, rule.area.column, rule.area.rowCount, 1), {
      type: "list",
      allowBlank: true,
      showErrorMessage: true,
      formulae: [rule.source.slice(1)],
    });

  // The settings sheet: each block a real table (the names are structured references over them).
  for (const block of plan.settingsSheet.blocks) {
    settings.getCell(block.row, block.column + 1).value = block.title;
    const [header = [], ...body] = block.grid;
    settings.addTable({
      name: block.tableName,
      ref: `${columnLetter(block.column)}${block.row + 1}`,
      headerRow: true,
      columns: header.map((title) => ({ name: String(title) })),
      rows: (body.length > 0 ? body : [header.map(() => null)]).map((row) =>
        header.map((_, i) => (row[i] ?? null) as ExcelJS.CellValue),
      ),
    });
  }
  // ExcelJS writes only plain-range names; a structured reference goes into workbook.xml as it is.
  const names = plan.settingsSheet.lists.map((list) => ({
    name: list.name,
    ranges: [list.reference.slice(1)],
  }));
  Object.defineProperty(workbook.definedNames, "model", { get: () => names });

  const listRows = new Map<string, number>();
  let checkRow = 0;
  for (const list of plan.settingsSheet.lists) {
    listRows.set(list.name, checkRow);
    check.getCell(checkRow + 1, 1).value = list.name;
    check.getCell(checkRow + 1, 2).value = { formula: `ROWS(${list.name})` };
    for (let i = 1; i <= 40; i++)
      check.getCell(checkRow + 1, 2 + i).value = {
        formula: `IF(${i}<=ROWS(${list.name}),INDEX(${list.name},${i})&"","")`,
      };
    checkRow++;
  }
  const sentinel = { row: checkRow + 1, column: 1 };
  check.getCell(sentinel.row + 1, sentinel.column + 1).value = { formula: "1+1", result: 5 };

  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  return { xlsx, plan, grid: sheetGrid, helperColumn, rows, listRows, sentinel };
}

/** The rule's formula once, at its anchor row, shared down the helper column (the engine re-anchors it). */
function writeShared(
  sheet: ExcelJS.Worksheet,
  rule: HighlightRule,
  column: number,
  rows: { first: number; last: number },
): void {
  if (rule.area.row !== rows.first)
    throw new Error(`rule ${rule.id} is not anchored on the body's first row`);
  const master = `${columnLetter(column)}${rows.first + 1}`;
  sheet.getCell(master).value = {
    formula: rule.formula.slice(1),
    shareType: "shared",
    ref: `${master}:${columnLetter(column)}${rows.last + 1}`,
  } as ExcelJS.CellValue;
  for (let row = rows.first + 1; row <= rows.last; row++)
    sheet.getCell(row + 1, column + 1).value = { sharedFormula: master };
}

function a1(row: number, column: number, rowCount: number, columnCount: number): string {
  return `${columnLetter(column)}${row + 1}:${columnLetter(column + columnCount - 1)}${row + rowCount}`;
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
