import type { MessageParams } from "../i18n/translate";
import type { ProblemReason, Workflow } from "../lifecycle";
import type { DeadlineSettings } from "../deadlines";
import { deadlineOrderOf, DEFAULT_DEADLINE_SETTINGS, dueForOrder } from "../deadlines";
import { advanceTarget, canMove, findProblemReason, findStatus, missingRequired } from "../lifecycle";
import type { Field } from "../schema";
import { addTag, removeTag } from "../tags";
import type { ActivityEntry } from "./activity";
import type { CellChange } from "./cellWrites";
import { groupCellChanges } from "./cellWrites";
import type { OrderRow } from "./orderRows";
import { displayReason, displayStatus } from "./settingsSheet";
import type { TeamMember } from "./team";
import type { CellWrite } from "./types";
import { openOrdersByOwner, routeOwner } from "./planChanges";

/** What an operator can do to the selected rows from the pane. */
export type BulkAction =
  | { readonly kind: "advance"; readonly fields?: MoveFields }
  | { readonly kind: "setStatus"; readonly status: string; readonly fields?: MoveFields }
  | { readonly kind: "assign"; readonly owner: string }
  | { readonly kind: "addTag"; readonly tag: string }
  | { readonly kind: "removeTag"; readonly tag: string }
  | { readonly kind: "flagProblem"; readonly reason: string; readonly note?: string }
  | { readonly kind: "clearProblem" };

/**
 * Values the target stage needs (carrier and tracking for 已发货, a problem reason for 异常), typed in
 * the pane and written with the move. A value for all rows fills only rows that have none (the team's
 * own entries stay); a value for one row is what the person typed for it and replaces the cell. A
 * blank value changes nothing. A problem reason may be given by key or label.
 */
export interface MoveFields {
  /** One value for every row (one carrier for all). */
  readonly all?: Readonly<Partial<Record<Field, string>>>;
  /** Values per 1-based sheet row (tracking per row). */
  readonly byRow?: Readonly<Record<number, Readonly<Partial<Record<Field, string>>>>>;
}

export type RefusalKind =
  | "noOrderId"
  | "noStatus"
  | "unknownStatus"
  | "illegalMove"
  | "terminal"
  | "missingRequired"
  | "sameStatus"
  | "unknownOwner"
  | "unknownReason"
  | "noColumn"
  | "nothingToDo";

/** A selected row the action was not applied to, and why. `row` is the 1-based sheet row. */
export interface Refusal {
  readonly row: number;
  readonly orderId: string;
  readonly kind: RefusalKind;
  readonly params: MessageParams;
}

export interface BulkContext {
  readonly workflow: Workflow;
  readonly team: readonly TeamMember[];
  readonly reasons: readonly ProblemReason[];
  readonly now: number;
  readonly who: string;
  readonly autoRoute: boolean;
  /** Sheet columns of the fields. */
  readonly columns: Readonly<Partial<Record<Field, number>>>;
  /** Open orders per owner across the whole sheet (routing); counted from the selection when omitted. */
  readonly openCounts?: ReadonlyMap<string, number>;
  /** The log's source for the action's own changes (routing is logged as routing); default "pane". */
  readonly source?: "pane" | "board";
  /** The platforms' shipping deadlines (settings sheet); the presets when omitted. */
  readonly deadlines?: DeadlineSettings;
  /** The sheet's platform, for rows without a platform column. */
  readonly platform?: string;
}

export interface BulkPlan {
  readonly writes: readonly CellWrite[];
  readonly log: readonly ActivityEntry[];
  readonly refused: readonly Refusal[];
  /** Rows the action changed. */
  readonly applied: number;
  /** Orders auto-routing handed to someone, per new owner (what the pane reports). */
  readonly routed: readonly RoutedTo[];
}

/** How many of the moved orders routing handed to one member. */
export interface RoutedTo {
  readonly owner: string;
  readonly role: string | null;
  readonly count: number;
}

/**
 * Plans an action on the selected rows. Every row is checked first; rows that can not take the action
 * are refused with a reason and left alone, the others get their cells and one log entry per changed
 * field. Status moves also stamp the status time and due time and route to the new stage's role.
 */
export function planBulkAction(
  rows: readonly OrderRow[],
  action: BulkAction,
  context: BulkContext,
): BulkPlan {
  const { workflow, columns } = context;
  const changes: CellChange[] = [];
  const log: ActivityEntry[] = [];
  const refused: Refusal[] = [];
  let applied = 0;
  const openCounts = new Map(context.openCounts ?? openOrdersByOwner(rows));
  const roleOf = new Map(context.team.map((m) => [m.name, m.role]));

  const needColumn = (field: Field): boolean => columns[field] !== undefined;
  for (const field of fieldsOf(action)) {
    if (!needColumn(field)) {
      return {
        writes: [],
        log: [],
        refused: rows.map((row) => ({
          row: row.sheetRow + 1,
          orderId: row.orderId,
          kind: "noColumn",
          params: { column: field },
        })),
        applied: 0,
        routed: [],
      };
    }
  }
  const routedCounts = new Map<string, number>();

  for (const row of rows) {
    const refuse = (kind: RefusalKind, params: MessageParams = {}): void => {
      refused.push({ row: row.sheetRow + 1, orderId: row.orderId, kind, params });
    };
    const write = (field: Field, value: string | number | null): void => {
      const column = columns[field];
      if (column !== undefined) changes.push({ row: row.sheetRow, column, value });
    };
    const record = (
      field: Field,
      from: string,
      to: string,
      source: ActivityEntry["source"] = context.source ?? "pane",
    ): void => {
      log.push({
        time: context.now,
        orderId: row.orderId,
        line: row.line,
        field,
        from,
        to,
        by: context.who,
        source,
      });
    };
    if (row.orderId === "") {
      refuse("noOrderId");
      continue;
    }

    switch (action.kind) {
      case "advance":
      case "setStatus": {
        if (row.statusText === "") {
          refuse("noStatus");
          break;
        }
        if (!row.stage) {
          refuse("unknownStatus", { value: row.statusText });
          break;
        }
        const target =
          action.kind === "advance"
            ? advanceTarget(workflow, row.stage.key)
            : findStatus(workflow, action.status);
        if (!target) {
          if (action.kind === "advance") refuse("terminal", { status: row.stage.key });
          else refuse("unknownStatus", { value: action.status });
          break;
        }
        const move = canMove(workflow, row.stage.key, target.key);
        if (!move.ok) {
          if (move.error.kind === "sameStatus") refuse("sameStatus", { status: target.key });
          else if (move.error.kind === "illegalMove")
            refuse("illegalMove", {
              from: row.stage.key,
              to: target.key,
              allowed: move.error.allowed.join(","),
            });
          else refuse("unknownStatus", { value: move.error.value });
          break;
        }
        const given = givenFields(action.fields, row, context.reasons);
        if (!given.ok) {
          refuse("unknownReason", { reason: given.reason });
          break;
        }
        const values: Partial<Record<Field, string>> = {};
        for (const field of target.needs) values[field] = given.values[field] ?? row.text(field);
        const missing = missingRequired(workflow, target.key, values);
        if (missing.length > 0) {
          refuse("missingRequired", { status: target.key, fields: missing.join(",") });
          break;
        }
        // Only what this row's new stage needs: a mixed selection may send some rows elsewhere.
        const filled = target.needs.filter(
          (field) => given.values[field] !== undefined && given.values[field] !== row.text(field),
        );
        const noColumn = filled.find((field) => !needColumn(field));
        if (noColumn) {
          refuse("noColumn", { column: noColumn });
          break;
        }
        const to = displayStatus(workflow, target.key);
        for (const field of filled) {
          const value = given.values[field] ?? "";
          write(field, value);
          record(field, row.text(field), value);
        }
        write("status", to);
        write("statusSince", context.now);
        // On the ship path the platform's deadline, counted from payment (deadlines/dueForOrder). An
        // empty string, not null: Excel leaves a cell written with null as it was, and a stage without a
        // time limit (已完成) must not keep the old stage's due time.
        write(
          "due",
          dueForOrder(
            workflow,
            target.key,
            context.now,
            deadlineOrderOf(row, context.platform ?? ""),
            context.deadlines ?? DEFAULT_DEADLINE_SETTINGS,
          ) ?? "",
        );
        record("status", displayStatus(workflow, row.stage.key), to);
        const routed = context.autoRoute
          ? routeOwner(target, row.owner, roleOf, context.team, openCounts)
          : undefined;
        if (routed) {
          write("owner", routed);
          record("owner", row.owner, routed, "routing");
          openCounts.set(routed, (openCounts.get(routed) ?? 0) + 1);
          routedCounts.set(routed, (routedCounts.get(routed) ?? 0) + 1);
        }
        applied++;
        break;
      }
      case "assign": {
        const member = context.team.find((m) => m.name === action.owner.trim());
        if (!member) {
          refuse("unknownOwner", { owner: action.owner });
          break;
        }
        if (row.owner === member.name) {
          refuse("nothingToDo");
          break;
        }
        write("owner", member.name);
        record("owner", row.owner, member.name);
        applied++;
        break;
      }
      case "addTag":
      case "removeTag": {
        const next =
          action.kind === "addTag" ? addTag(row.tags, action.tag) : removeTag(row.tags, action.tag);
        if (next === row.tags) {
          refuse("nothingToDo");
          break;
        }
        write("tags", next);
        record("tags", row.tags, next);
        applied++;
        break;
      }
      case "flagProblem": {
        const reason = findProblemReason(action.reason, context.reasons);
        if (!reason) {
          refuse("unknownReason", { reason: action.reason });
          break;
        }
        const text = displayReason(reason);
        const note = action.note?.trim() ?? "";
        if (row.problem === text && (note === "" || row.text("note") === note)) {
          refuse("nothingToDo");
          break;
        }
        write("problem", text);
        record("problem", row.problem, text);
        // The note is logged even on a sheet without a note column, so it is never thrown away.
        if (note !== "" && note !== row.text("note")) {
          write("note", note);
          record("note", row.text("note"), note);
        }
        applied++;
        break;
      }
      case "clearProblem": {
        if (row.problem === "") {
          refuse("nothingToDo");
          break;
        }
        write("problem", "");
        record("problem", row.problem, "");
        applied++;
        break;
      }
    }
  }
  const routed = [...routedCounts].map(([owner, count]) => ({
    owner,
    role: roleOf.get(owner) ?? null,
    count,
  }));
  return { writes: groupCellChanges(changes), log, refused, applied, routed };
}

type GivenFields =
  | { readonly ok: true; readonly values: Partial<Record<Field, string>> }
  | { readonly ok: false; readonly reason: string };

/** The non-blank values given for one row, a problem reason as the sheet shows it. */
function givenFields(
  fields: MoveFields | undefined,
  row: OrderRow,
  reasons: readonly ProblemReason[],
): GivenFields {
  const values: Partial<Record<Field, string>> = {};
  const forAll = Object.fromEntries(
    Object.entries(fields?.all ?? {}).filter(([field]) => row.text(field as Field) === ""),
  );
  const merged = { ...forAll, ...fields?.byRow?.[row.sheetRow + 1] };
  for (const [field, raw] of Object.entries(merged) as [Field, string | undefined][]) {
    const value = raw?.trim() ?? "";
    if (value === "") continue;
    if (field === "problem") {
      const reason = findProblemReason(value, reasons);
      if (!reason) return { ok: false, reason: value };
      values.problem = displayReason(reason);
    } else values[field] = value;
  }
  return { ok: true, values };
}

/** The columns an action writes (it is refused for every row when one is missing). */
function fieldsOf(action: BulkAction): Field[] {
  switch (action.kind) {
    case "advance":
    case "setStatus":
      return ["status"];
    case "assign":
      return ["owner"];
    case "addTag":
    case "removeTag":
      return ["tags"];
    case "flagProblem":
    case "clearProblem":
      return ["problem"];
  }
}
