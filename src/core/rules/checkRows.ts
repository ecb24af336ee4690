import type { CellValue, Grid } from "../grid";
import { cellText, isBlankCell } from "../grid";
import type { Stage, Workflow } from "../lifecycle";
import { canMove, findStatus } from "../lifecycle";
import { continuesOrder, orderLevelColumns } from "../headers/classifyRows";
import { lineLabelOf, orderLineKey } from "../orderKey";
import type { RowProblem } from "../problems";
import type { Field, FieldKind, PlatformId } from "../schema";
import { FIELD_INFO } from "../schema";
import { normalizeText, parseAmount, parseDateTime, parseInteger, parseOrderId } from "../values";

/** What a check needs to know about a sheet: its cells, where the header is and which column holds which field. */
export interface CheckInput {
  readonly grid: Grid;
  /** 0-based grid index of the header row; sheet row numbers are `index + 1 + rowOffset`. */
  readonly headerRow: number;
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  /** 0-based grid indices of the order rows to check (title, blank and footer rows excluded). */
  readonly dataRows: readonly number[];
  readonly platform: PlatformId;
  readonly workflow: Workflow;
  /** Now as an Excel serial in local time; without it nothing is reported overdue. */
  readonly now?: number;
  readonly utcOffsetMinutes?: number;
  /** The sheet row of grid row 0 minus 1 (when the grid starts below row 1 of the sheet). */
  readonly rowOffset?: number;
  /** Status key each order line had before the edit being checked, keyed by `orderLineKey`; enables `illegalMove`. */
  readonly previousStatus?: ReadonlyMap<string, string>;
}

/**
 * Runs every row check over the data rows and returns every problem found, in sheet order, each
 * with its 1-based sheet row and 0-based column. Checks of a workflow column run only when it is mapped.
 */
export function checkRows(input: CheckInput): RowProblem[] {
  const problems: RowProblem[] = [];
  const { grid, mapping, workflow } = input;
  const offset = input.rowOffset ?? 0;
  const utcOffsetMinutes = input.utcOffsetMinutes ?? 0;
  const seen = new Map<string, number>();
  const keyOf = lineKeyReader(input.mapping, input.platform);
  const valueChecks = (Object.keys(mapping) as Field[])
    .map((field) => ({ field, column: mapping[field] ?? 0, kind: FIELD_INFO[field].kind }))
    .filter(
      (check) =>
        (check.kind === "id" && check.field !== "productId") ||
        check.kind === "date" ||
        check.kind === "money" ||
        check.kind === "integer",
    );

  const report = (
    row: readonly CellValue[],
    sheetRow: number,
    kind: RowProblem["kind"],
    field: Field,
    params: Record<string, string | number> = {},
  ): void => {
    const column = mapping[field] ?? 0;
    problems.push({ kind, row: sheetRow, column, field, value: cellText(row[column]), params });
  };
  // Status texts repeat on every row: resolve each distinct one once.
  const stages = new Map<string, Stage | undefined>();
  const statusColumn = mapping.status;
  const orderColumns = orderLevelColumns(mapping);
  // The last row that had an order id: an id-less row after it is either a further line of that order or an order that lost its id.
  let head: readonly CellValue[] | undefined;

  for (const index of input.dataRows) {
    const row = grid[index] ?? EMPTY_ROW;
    const sheetRow = index + 1 + offset;

    if (mapping.orderId !== undefined) {
      if (!isBlankCell(row[mapping.orderId] ?? null)) head = row;
      else if (head === undefined || !continuesOrder(row, head, orderColumns))
        report(row, sheetRow, "missingOrderId", "orderId");
    }

    for (const check of valueChecks) {
      const value = row[check.column];
      if (value === null || value === undefined || value === "") continue;
      // Numbers are what Excel stores for amounts, quantities and dates: only ids and fractions need a look.
      if (
        typeof value === "number" &&
        check.kind !== "id" &&
        (check.kind !== "integer" || Number.isInteger(value))
      ) {
        if (check.kind !== "date" || (value > 0 && value < MAX_SERIAL)) continue;
      }
      const problem = checkValue(check.kind, value, utcOffsetMinutes);
      if (problem) report(row, sheetRow, problem.kind, check.field, problem.params);
    }

    const key = keyOf(row);
    if (key !== undefined) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, sheetRow);
      else report(row, sheetRow, "duplicateOrder", "orderId", { firstRow: first });
    }

    if (statusColumn === undefined) continue;
    const statusText = cellText(row[statusColumn]);
    if (statusText === "") continue;
    if (!stages.has(statusText)) stages.set(statusText, findStatus(workflow, statusText));
    const stage = stages.get(statusText);
    if (!stage) {
      report(row, sheetRow, "invalidStatus", "status");
      continue;
    }
    const before = key !== undefined && input.previousStatus ? input.previousStatus.get(key) : undefined;
    if (before !== undefined && before !== stage.key) {
      const move = canMove(workflow, before, stage.key);
      if (!move.ok && move.error.kind === "illegalMove") {
        report(row, sheetRow, "illegalMove", "status", { from: before, to: stage.key });
      }
    }
    // A required field is checked where the sheet has its column; a team without a carrier column
    // would otherwise see every shipped row flagged for something it can not fill in. An export's
    // empty marker (`-`, `无`) is missing; a masked value (`1******6198`, `##密文`) is present but
    // hidden by the platform, which satisfies the requirement (docs/DESIGN.md "Values").
    for (const field of stage.needs) {
      const column = mapping[field];
      if (column === undefined || normalizeText(row[column] ?? null).kind !== "empty") continue;
      problems.push({
        kind: "missingRequired",
        row: sheetRow,
        column,
        field,
        value: "",
        params: { status: stage.key, field },
      });
    }
    if (!stage.open) continue;
    if (mapping.owner !== undefined && isBlankCell(row[mapping.owner] ?? null)) {
      report(row, sheetRow, "noOwner", "owner", { status: stage.key });
    }
    if (input.now !== undefined && mapping.due !== undefined) {
      const cell = row[mapping.due] ?? null;
      const due = typeof cell === "number" ? cell : parseDateTime(cell, { utcOffsetMinutes });
      const serial = typeof due === "number" ? due : due.kind === "ok" ? due.serial : undefined;
      if (serial !== undefined && serial < input.now) {
        report(row, sheetRow, "overdue", "due", { hoursLate: Math.floor((input.now - serial) * 24) });
      }
    }
  }
  // Sheet order: by row, then by column (a stable sort keeps each cell's problems in check order).
  return problems.sort((a, b) => a.row - b.row || a.column - b.column);
}

const EMPTY_ROW: readonly CellValue[] = [];

/** The last serial Excel shows as a date (9999-12-31). */
const MAX_SERIAL = 2_958_466;

function checkValue(
  kind: FieldKind,
  value: CellValue,
  utcOffsetMinutes: number,
): { kind: RowProblem["kind"]; params?: Record<string, string | number> } | undefined {
  switch (kind) {
    case "id": {
      const parsed = parseOrderId(value);
      return parsed.kind === "corrupted"
        ? { kind: "idCorrupted", params: { reason: parsed.reason } }
        : undefined;
    }
    case "date":
      return parseDateTime(value, { utcOffsetMinutes }).kind === "invalid"
        ? { kind: "invalidDate" }
        : undefined;
    case "money":
      return parseAmount(value).kind === "invalid" ? { kind: "invalidNumber" } : undefined;
    case "integer":
      return parseInteger(value).kind === "invalid" ? { kind: "invalidNumber" } : undefined;
    default:
      return undefined;
  }
}

/**
 * Reads a row's order-line key (`orderLineKey`: platform, order id, line as `lineLabel` names it), or
 * undefined without a usable order id: the same identity the change handler and setup use.
 */
function lineKeyReader(
  mapping: Readonly<Partial<Record<Field, number>>>,
  platform: PlatformId,
): (row: readonly CellValue[]) => string | undefined {
  const idColumn = mapping.orderId;
  const text = (row: readonly CellValue[], column: number | undefined): string =>
    column === undefined ? "" : cellText(row[column]);
  return (row) => {
    if (idColumn === undefined) return undefined;
    const id = parseOrderId(row[idColumn] ?? null);
    if (id.kind !== "ok") return undefined;
    const lineId = mapping.lineId === undefined ? undefined : parseOrderId(row[mapping.lineId] ?? null);
    const line = lineLabelOf(
      lineId?.kind === "ok" ? lineId.text : "",
      text(row, mapping.sku),
      text(row, mapping.product),
      text(row, mapping.variant),
    );
    return orderLineKey(platform, id.text, line);
  };
}
