import type { CellValue, Grid } from "../grid";
import { cellText, isBlankCell } from "../grid";
import type { Workflow } from "../lifecycle";
import { canMove, findStatus, missingRequired } from "../lifecycle";
import { lineLabel, orderLineKey } from "../orderKey";
import type { RowProblem } from "../problems";
import type { Field, PlatformId } from "../schema";
import { FIELD_INFO } from "../schema";
import { parseAmount, parseDateTime, parseInteger, parseOrderId } from "../values";

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
  /** Status each order line had before the edit being checked, keyed by `lineKey`; enables `illegalMove`. */
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
  const keys = lineKeys(input);

  for (const index of input.dataRows) {
    const row = grid[index] ?? [];
    const sheetRow = index + 1 + offset;
    const at = (field: Field): CellValue | undefined => {
      const column = mapping[field];
      return column === undefined ? undefined : row[column];
    };
    const report = (kind: RowProblem["kind"], field: Field, params: Record<string, string | number> = {}): void => {
      const column = mapping[field] ?? 0;
      problems.push({ kind, row: sheetRow, column, field, value: cellText(row[column]), params });
    };

    for (const field of Object.keys(mapping) as Field[]) {
      const value = at(field);
      if (isBlankCell(value ?? null)) continue;
      const kind = FIELD_INFO[field].kind;
      if (kind === "id" && field !== "productId") {
        const parsed = parseOrderId(value ?? null);
        if (parsed.kind === "corrupted") report("idCorrupted", field, { reason: parsed.reason });
      } else if (kind === "date") {
        if (parseDateTime(value ?? null, { utcOffsetMinutes }).kind === "invalid") report("invalidDate", field);
      } else if (kind === "money") {
        if (parseAmount(value ?? null).kind === "invalid") report("invalidNumber", field);
      } else if (kind === "integer") {
        if (parseInteger(value ?? null).kind === "invalid") report("invalidNumber", field);
      }
    }

    const key = keys.get(index);
    if (key !== undefined) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, sheetRow);
      else report("duplicateOrder", "orderId", { firstRow: first });
    }

    if (mapping.status === undefined) continue;
    const statusText = cellText(at("status"));
    if (statusText === "") continue;
    const stage = findStatus(workflow, statusText);
    if (!stage) {
      report("invalidStatus", "status");
      continue;
    }
    const before = key !== undefined ? input.previousStatus?.get(key) : undefined;
    if (before !== undefined && before !== stage.key) {
      const move = canMove(workflow, before, stage.key);
      if (!move.ok && move.error.kind === "illegalMove") {
        report("illegalMove", "status", { from: before, to: stage.key });
      }
    }
    // A required field is checked where the sheet has its column; a team without a carrier column
    // would otherwise see every shipped row flagged for something it can not fill in.
    const values: Partial<Record<Field, string>> = {};
    for (const field of stage.needs) values[field] = cellText(at(field));
    const missing = missingRequired(workflow, stage.key, values).filter((field) => mapping[field] !== undefined);
    for (const field of missing) {
      problems.push({
        kind: "missingRequired",
        row: sheetRow,
        column: mapping[field] ?? 0,
        field,
        value: "",
        params: { status: stage.key, field },
      });
    }
    if (!stage.open) continue;
    if (mapping.owner !== undefined && isBlankCell(at("owner") ?? null)) report("noOwner", "owner", { status: stage.key });
    if (input.now !== undefined && mapping.due !== undefined) {
      const due = parseDateTime(at("due") ?? null, { utcOffsetMinutes });
      if (due.kind === "ok" && due.serial < input.now) {
        report("overdue", "due", { hoursLate: Math.floor((input.now - due.serial) * 24) });
      }
    }
  }
  // Sheet order: by row, then by column (a stable sort keeps each cell's problems in check order).
  return problems.sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * The identity of each order line: order id plus line id, or — without a line id — SKU, product and
 * variant. Rows with no usable order id have no key. Used for duplicates and for diffing snapshots.
 */
export function lineKeys(input: Pick<CheckInput, "grid" | "mapping" | "dataRows" | "platform">): Map<number, string> {
  const { grid, mapping } = input;
  const keys = new Map<number, string>();
  const text = (row: readonly CellValue[], field: Field): string => {
    const column = mapping[field];
    return column === undefined ? "" : cellText(row[column]);
  };
  for (const index of input.dataRows) {
    const row = grid[index] ?? [];
    const column = mapping.orderId;
    if (column === undefined) break;
    const id = parseOrderId(row[column] ?? null);
    if (id.kind !== "ok") continue;
    const line = lineLabel((field) => {
      if (field !== "lineId") return text(row, field);
      const lineId = mapping.lineId === undefined ? undefined : parseOrderId(row[mapping.lineId] ?? null);
      return lineId?.kind === "ok" ? lineId.text : "";
    });
    keys.set(index, orderLineKey(input.platform, id.text, line));
  }
  return keys;
}
