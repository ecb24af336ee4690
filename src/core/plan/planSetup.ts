import type { CellValue } from "../grid";
import { cellText, columnLetter, isEmptyCell } from "../grid";
import { workflowHeader } from "../fieldLabels";
import type { DeadlineSettings } from "../deadlines";
import { deadlineOrderOf, DEFAULT_DEADLINE_SETTINGS, dueForOrder } from "../deadlines";
import type { ConfirmedWord, ProblemReason, StatusLabelMode, Workflow } from "../lifecycle";
import {
  applyVocabulary,
  detectLabelLanguage,
  mapMarketStatus,
  normalizeLookup,
  proposeStatus,
  statusVocabulary,
} from "../lifecycle";
import { lineLabelOf } from "../orderKey";
import type { Result } from "../result";
import { err, ok } from "../result";
import { checkRows } from "../rules";
import type { Field, WorkflowField } from "../schema";
import type { TagDef } from "../tags";
import { parseAmount, parseOrderId } from "../values";
import type { ActivityEntry } from "./activity";
import { ACTIVITY_HEADER, ACTIVITY_SHEET } from "./activity";
import { planHighlights } from "./highlights";
import { planValidations } from "./planApplySettings";
import type { MappedSheet } from "./orderRows";
import { columnWidthFor } from "./columnWidths";
import { displayReason, displayStatus, planSettingsSheet, SETTINGS_SHEET } from "./settingsSheet";
import type { TeamMember } from "./team";
import type {
  Area,
  CellWrite,
  NumberFormatWrite,
  SetupPlan,
  SheetSnapshot,
  TablePlan,
  ValidationRule,
} from "./types";
import type { SetupRefusal } from "./validateSetup";
import { validateSetup } from "./validateSetup";

/** The workflow columns setup appends when missing, in this order (docs/DESIGN.md). */
export const SETUP_COLUMNS = [
  "status",
  "owner",
  "tags",
  "due",
  "problem",
  "statusSince",
  // Last, so the columns earlier setups added keep their places: the note Flag problem writes.
  "note",
] as const satisfies readonly WorkflowField[];

export const ORDERS_TABLE = "OrderFlowOrders";
export const SETTINGS_VERSION = 1;
/** Empty rows below the data that get the Text format on id columns, so new ids keep every digit. */
export const NEW_ENTRY_ROWS = 1000;
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

export interface SetupInput {
  readonly snapshot: SheetSnapshot;
  /** The confirmed mapping (grid indices), from `detectHeader` and the user's corrections. */
  readonly sheet: MappedSheet;
  readonly workflow: Workflow;
  readonly tags: readonly TagDef[];
  readonly reasons: readonly ProblemReason[];
  readonly team: readonly TeamMember[];
  /** Now as an Excel serial, local time; stamped on statuses setup fills in. */
  readonly now: number;
  readonly utcOffsetMinutes: number;
  /** The platforms' shipping deadlines (settings sheet); the presets when omitted. */
  readonly deadlines?: DeadlineSettings;
  /**
   * The status words as the lead confirmed them in onboarding; none: the words stay unknown. They are the
   * team's status column's words, or the marketplace status column's when the sheet has no status column
   * (`vocabularyOf`): then they are not the team's words but say which status each order starts in.
   */
  readonly vocabulary?: readonly ConfirmedWord[];
  /** The language of the status labels OrderFlow writes; detected from the sheet when omitted. */
  readonly labels?: StatusLabelMode;
  /** The lead ticked "rewrite to standard labels": cells holding a confirmed word get the label (logged). */
  readonly rewrite?: boolean;
  /** Whether a missing status column may be added (default true); false with no status column is refused. */
  readonly addStatusColumn?: boolean;
}

/**
 * Which column onboarding's status words come from: the team's status column, else the marketplace status
 * (a pasted 订单状态 / Order Status export), whose words then seed the status column setup adds.
 */
export function vocabularyOf(
  mapping: Readonly<Partial<Record<Field, number>>>,
): "status" | "marketStatus" | null {
  if (mapping.status !== undefined) return "status";
  return mapping.marketStatus !== undefined ? "marketStatus" : null;
}

/** The label language setup uses: the lead's choice, else what the sheet's status words (or headers) are written in. */
export function setupLabels(input: Pick<SetupInput, "sheet" | "labels" | "workflow">): StatusLabelMode {
  if (input.labels) return input.labels;
  const { sheet } = input;
  const column = sheet.mapping.status ?? sheet.mapping.marketStatus;
  const words =
    column === undefined
      ? []
      : statusVocabulary({
          grid: sheet.grid,
          dataRows: sheet.dataRows,
          column,
          workflow: input.workflow,
        }).words.map((w) => w.value);
  const headers = (sheet.grid[sheet.headerRow] ?? []).map((cell) => cellText(cell));
  return detectLabelLanguage(words, headers);
}

/**
 * Plans setup of an order sheet: the table (or why not), the missing workflow columns, statuses for
 * empty status cells (from the marketplace status where there is one), formats for new ids, dropdowns,
 * highlight rules, the settings and activity sheets, frozen header and workbook settings. It never
 * plans a write to a cell that holds anything, so applying it leaves every original cell as it was;
 * planned again on its own result it adds nothing. The team's confirmed status words become the
 * stages' spellings (never rewritten unless the lead asked, and then every rewrite is logged). A mapping
 * setup can not work with (validateSetup) is refused before anything is planned.
 */
export function planSetup(input: SetupInput): Result<SetupPlan, SetupRefusal[]> {
  const { snapshot, sheet } = input;
  const refusals = validateSetup({
    grid: sheet.grid,
    headerRow: sheet.headerRow,
    mapping: sheet.mapping,
    workflow: input.workflow,
    ...(input.addStatusColumn !== undefined ? { addStatusColumn: input.addStatusColumn } : {}),
    ...(input.vocabulary ? { vocabulary: input.vocabulary } : {}),
  });
  if (refusals.length > 0) return err(refusals);
  const labels = setupLabels(input);
  const rewrite = input.rewrite === true;
  const vocabulary = vocabularyOf(sheet.mapping);
  const workflow = applyVocabulary(input.workflow, {
    words: vocabulary === "status" ? (input.vocabulary ?? []) : [],
    labels,
    rewrite,
  });
  // The marketplace statuses the lead mapped otherwise than proposed: their orders start there.
  const chosenForMarket = new Map<string, string>();
  if (vocabulary === "marketStatus") {
    for (const word of input.vocabulary ?? []) {
      const proposed = proposeStatus(word.value, input.workflow, sheet.platform).status;
      if (word.status !== null && word.status !== proposed)
        chosenForMarket.set(normalizeLookup(word.value), word.status);
    }
  }
  const { origin, grid } = snapshot;
  const headerRow = origin.row + sheet.headerRow;
  // Loops, not Math.max(...rows): a spread of a million arguments overflows the call stack.
  let lastDataIndex = sheet.headerRow;
  for (const index of sheet.dataRows) if (index > lastDataIndex) lastDataIndex = index;
  const bodyFirstIndex = sheet.headerRow + 1;
  // An existing table holding the header row fixes the body and the right edge (new columns join it).
  const holding = snapshot.tables.find(
    (t) =>
      t.area.row === headerRow &&
      t.area.column <= origin.column + (sheet.mapping.orderId ?? 0) &&
      origin.column + (sheet.mapping.orderId ?? 0) < t.area.column + t.area.columnCount,
  );
  const body = {
    firstRow: headerRow + 1,
    rowCount: Math.max(lastDataIndex - sheet.headerRow, holding ? holding.area.rowCount - 1 : 0),
  };
  let dataWidth = 0;
  for (let index = sheet.headerRow; index <= lastDataIndex; index++)
    dataWidth = Math.max(dataWidth, lastFilled(grid[index] ?? []) + 1);
  const gridWidth = holding ? holding.area.column + holding.area.columnCount - origin.column : dataWidth;
  const dataRowSet = new Set(sheet.dataRows);

  // Sheet columns of every mapped field; missing workflow columns go right of the last used column.
  const mapping: Partial<Record<Field, number>> = {};
  for (const [field, column] of Object.entries(sheet.mapping) as [Field, number][])
    mapping[field] = origin.column + column;
  const addColumns: SetupPlan["addColumns"][number][] = [];
  let nextColumn = origin.column + gridWidth;
  for (const field of SETUP_COLUMNS) {
    if (mapping[field] !== undefined) continue;
    mapping[field] = nextColumn;
    addColumns.push({ field, column: nextColumn, header: workflowHeader(field) });
    nextColumn++;
  }
  // Excel inserts cells for each column joining the user's table, shifting whatever is right of it in its
  // rows (Excel.InsertShiftDirection "Right"): refuse rather than move the user's cells out of line.
  if (holding && addColumns.length > 0) {
    const beside = filledBeside(snapshot, holding.area);
    if (beside) return err([{ kind: "cellsBesideTable", table: holding.name, area: areaAddress(beside) }]);
  }
  const lastColumn = nextColumn - 1;
  const added = new Set<WorkflowField>(addColumns.map((c) => c.field));

  // New column values and fills of empty workflow cells, computed row by row.
  const columnValues = new Map<WorkflowField, CellValue[]>();
  for (const field of SETUP_COLUMNS) columnValues.set(field, new Array<CellValue>(body.rowCount).fill(null));
  const existingCell = (index: number, field: Field): CellValue => {
    const column = sheet.mapping[field];
    return column === undefined ? null : (grid[index]?.[column] ?? null);
  };
  let statusFilled = 0;
  let fromMarketStatus = 0;
  for (let i = 0; i < body.rowCount; i++) {
    const index = bodyFirstIndex + i;
    if (!dataRowSet.has(index)) continue;
    if (!isEmptyCell(existingCell(index, "status"))) continue;
    // A column the sheet does not have says nothing: no paid-at column is not "unpaid".
    const present = (field: Field): boolean | undefined =>
      sheet.mapping[field] === undefined ? undefined : cellText(existingCell(index, field)) !== "";
    const market = mapMarketStatus(sheet.platform, {
      status: cellText(existingCell(index, "marketStatus")) || undefined,
      afterSales: cellText(existingCell(index, "afterSales")) || undefined,
      paidAt: present("paidAt"),
      shippedAt: present("shippedAt"),
      tracking: present("tracking"),
      refundAmount: refundOf(existingCell(index, "refundAmount")),
    });
    const chosen = chosenForMarket.get(normalizeLookup(cellText(existingCell(index, "marketStatus"))));
    const key = chosen ?? market?.status ?? "toProcess";
    if (chosen !== undefined || market) fromMarketStatus++;
    statusFilled++;
    columnValues.get("status")![i] = displayStatus(workflow, key);
    if (isEmptyCell(existingCell(index, "statusSince"))) columnValues.get("statusSince")![i] = input.now;
    if (isEmptyCell(existingCell(index, "due")))
      // On the ship path the platform's deadline, counted from payment (deadlines/dueForOrder).
      columnValues.get("due")![i] = dueForOrder(
        workflow,
        key,
        input.now,
        deadlineOrderOf(
          { cell: (f) => existingCell(index, f), text: (f) => cellText(existingCell(index, f)) },
          sheet.platform,
          input.utcOffsetMinutes,
        ),
        input.deadlines ?? DEFAULT_DEADLINE_SETTINGS,
      );
  }

  // The lead asked for standard labels: each cell holding a confirmed word gets its status's label.
  const rewrites: CellWrite[] = [];
  const activity: ActivityEntry[] = [];
  if (rewrite && sheet.mapping.status !== undefined) {
    const confirmed = new Map<string, string>();
    for (const word of input.vocabulary ?? []) {
      if (word.status !== null) confirmed.set(normalizeLookup(word.value), word.status);
    }
    for (const index of sheet.dataRows) {
      const from = cellText(existingCell(index, "status"));
      const key = confirmed.get(normalizeLookup(from));
      if (key === undefined) continue;
      const to = displayStatus(workflow, key);
      if (to === from) continue;
      rewrites.push({
        area: { row: origin.row + index, column: mapping.status!, rowCount: 1, columnCount: 1 },
        values: [[to]],
      });
      const id = parseOrderId(existingCell(index, "orderId"));
      activity.push({
        time: input.now,
        orderId: id.kind === "ok" ? id.text : cellText(existingCell(index, "orderId")),
        line: lineLabelOf(
          cellText(existingCell(index, "lineId")),
          cellText(existingCell(index, "sku")),
          cellText(existingCell(index, "product")),
          cellText(existingCell(index, "variant")),
        ),
        field: "status",
        from,
        to,
        by: "",
        source: "setup",
      });
    }
  }

  const writes: CellWrite[] = [];
  for (const { field, column, header } of addColumns) {
    const values = columnValues.get(field) ?? [];
    writes.push({
      area: { row: headerRow, column, rowCount: body.rowCount + 1, columnCount: 1 },
      values: [[header], ...values.map((v) => [v])],
    });
  }
  // Existing workflow columns: write only the runs of empty cells that got a value.
  for (const field of ["status", "statusSince", "due"] as const) {
    if (added.has(field)) continue;
    const column = mapping[field];
    if (column === undefined) continue;
    writes.push(...runsOf(columnValues.get(field) ?? [], body.firstRow, column));
  }

  const numberFormats: NumberFormatWrite[] = [];
  for (const field of ["due", "statusSince"] as const) {
    if (added.has(field)) {
      numberFormats.push({
        area: { row: body.firstRow, column: mapping[field]!, rowCount: body.rowCount, columnCount: 1 },
        format: DATE_TIME_FORMAT,
      });
    }
  }
  for (const field of ["orderId", "lineId", "tracking"] as const) {
    const column = mapping[field];
    if (column === undefined) continue;
    numberFormats.push({
      area: { row: body.firstRow + body.rowCount, column, rowCount: NEW_ENTRY_ROWS, columnCount: 1 },
      format: "@",
    });
  }

  const bodyColumn = (field: WorkflowField): Area => ({
    row: body.firstRow,
    column: mapping[field]!,
    rowCount: body.rowCount,
    columnCount: 1,
  });
  const validations: ValidationRule[] = planValidations(bodyColumn);

  // Every column setup adds is wide enough for its header and what it will hold (no `###` in a date).
  const sampleDate = "2026-12-31 23:59";
  const contents: Partial<Record<WorkflowField, readonly string[]>> = {
    status: workflow.stages.map((stage) => displayStatus(workflow, stage.key)),
    owner: input.team.map((member) => member.name),
    tags: input.tags.map((tag) => tag.name),
    due: [sampleDate],
    problem: input.reasons.map(displayReason),
    statusSince: [sampleDate],
  };
  const columnWidths = addColumns.map(({ field, column, header }) => ({
    column,
    width: columnWidthFor([header, ...(contents[field] ?? [])]),
  }));

  const highlights = planHighlights(
    {
      firstRow: body.firstRow,
      rowCount: body.rowCount,
      firstColumn: origin.column,
      columnCount: lastColumn - origin.column + 1,
    },
    mapping,
    input.tags,
    workflow,
    input.deadlines?.dueSoonHours,
  );

  const settings = planSettingsSheet({
    workflow,
    tags: input.tags,
    reasons: input.reasons,
    team: input.team,
    deadlines: input.deadlines,
    locale: labels === "en-US" ? "en-US" : "zh-CN",
  });

  const problems = checkRows({
    grid,
    headerRow: sheet.headerRow,
    mapping: sheet.mapping,
    dataRows: sheet.dataRows,
    platform: sheet.platform,
    workflow,
    rowOffset: origin.row,
    utcOffsetMinutes: input.utcOffsetMinutes,
  });

  const headers = grid[sheet.headerRow] ?? [];
  const mappingByHeader: Record<string, string> = {};
  for (const [field, column] of Object.entries(sheet.mapping) as [Field, number][])
    mappingByHeader[field] = cellText(headers[column]);
  for (const { field, header } of addColumns) mappingByHeader[field] = header;

  return ok({
    sheetName: snapshot.sheetName,
    headerRow,
    body,
    table: holding
      ? { kind: "existing", name: holding.name }
      : planTable(snapshot, {
          row: headerRow,
          column: origin.column,
          rowCount: body.rowCount + 1,
          columnCount: lastColumn - origin.column + 1,
        }),
    addColumns,
    writes,
    numberFormats,
    columnWidths,
    validations,
    highlights,
    settingsSheet: { name: SETTINGS_SHEET, blocks: settings.blocks, lists: settings.lists },
    activitySheet: { name: ACTIVITY_SHEET, header: ACTIVITY_HEADER },
    freezeRows: headerRow + 1,
    settings: {
      "OrderFlow.version": SETTINGS_VERSION,
      "OrderFlow.sheet": snapshot.sheetName,
      "OrderFlow.headerRow": headerRow + 1,
      "OrderFlow.platform": sheet.platform,
      "OrderFlow.mapping": mappingByHeader,
    },
    mapping,
    report: {
      addedColumns: addColumns.map((c) => c.field),
      statusFilled,
      fromMarketStatus,
      corruptedIds: problems.filter((p) => p.kind === "idCorrupted"),
      duplicates: problems.filter((p) => p.kind === "duplicateOrder"),
    },
    workflow,
    lifecycleChanged: workflow.stages.some(
      (stage, i) =>
        (stage.spellings ?? []).join("\n") !== (input.workflow.stages[i]?.spellings ?? []).join("\n"),
    ),
    rewrites,
    activity,
  });
}

function planTable(snapshot: SheetSnapshot, area: Area): TablePlan {
  const merged = snapshot.mergedAreas.filter((m) => intersects(m, area));
  if (merged.length > 0)
    return { kind: "range", reason: "merged", detail: merged.map(areaAddress).join(", ") };
  const overlapping = snapshot.tables.filter((t) => intersects(t.area, area));
  if (overlapping.length > 0)
    return { kind: "range", reason: "overlap", detail: overlapping.map((t) => t.name).join(", ") };
  return { kind: "create", name: ORDERS_TABLE, area };
}

function intersects(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** `B3:D4`-style address of an area (for messages). */
export function areaAddress(area: Area): string {
  const start = `${columnLetter(area.column)}${area.row + 1}`;
  if (area.rowCount === 1 && area.columnCount === 1) return start;
  return `${start}:${columnLetter(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
}

/** The smallest area holding every filled cell right of `table` in its rows (sheet coordinates), if any. */
function filledBeside(snapshot: SheetSnapshot, table: Area): Area | undefined {
  const { grid, origin } = snapshot;
  const from = table.column + table.columnCount - origin.column;
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let row = table.row; row < table.row + table.rowCount; row++) {
    const cells = grid[row - origin.row] ?? [];
    for (let column = Math.max(0, from); column < cells.length; column++) {
      if (isEmptyCell(cells[column])) continue;
      top = Math.min(top, row);
      bottom = row;
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  }
  if (bottom < 0) return undefined;
  return {
    row: top,
    column: origin.column + left,
    rowCount: bottom - top + 1,
    columnCount: right - left + 1,
  };
}

function lastFilled(row: readonly CellValue[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (!isEmptyCell(row[i])) return i;
  return -1;
}

function refundOf(value: CellValue): number | undefined {
  const parsed = parseAmount(value);
  return parsed.kind === "ok" ? parsed.amount : undefined;
}

/** Contiguous runs of non-null values as one write each. */
function runsOf(values: readonly CellValue[], firstRow: number, column: number): CellWrite[] {
  const writes: CellWrite[] = [];
  let start = -1;
  for (let i = 0; i <= values.length; i++) {
    const value = i < values.length ? values[i] : null;
    if (value !== null && value !== undefined) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      writes.push({
        area: { row: firstRow + start, column, rowCount: i - start, columnCount: 1 },
        values: values.slice(start, i).map((v) => [v ?? null]),
      });
      start = -1;
    }
  }
  return writes;
}
