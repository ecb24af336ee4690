import type { Stage, Workflow } from "../lifecycle";
import type { DeadlineSettings } from "../deadlines";
import { deadlineOrderOf, DEFAULT_DEADLINE_SETTINGS, dueForOrder } from "../deadlines";
import { canMove } from "../lifecycle";
import type { Field } from "../schema";
import type { ActivityEntry, ActivitySource } from "./activity";
import type { CellChange } from "./cellWrites";
import { groupCellChanges } from "./cellWrites";
import type { OrderRow } from "./orderRows";
import { displayStatus } from "./settingsSheet";
import type { TeamMember } from "./team";
import { pickOwner } from "./team";
import type { CellWrite } from "./types";
import { PLAN_MESSAGES } from "./planMessages";

/** What the change handler remembers of each order line between events (its last known workflow state). */
export interface LineState {
  /** Stage key when the status was valid, else the text as written. */
  readonly status: string;
  readonly owner: string;
}

export type LineCache = ReadonlyMap<string, LineState>;

export interface ChangeContext {
  readonly workflow: Workflow;
  readonly team: readonly TeamMember[];
  /** Now as an Excel serial, local time. */
  readonly now: number;
  readonly who: string;
  readonly source: ActivitySource;
  /** `strict`: an illegal move is reverted; `flag`: it stays and the row is flagged. */
  readonly mode: "flag" | "strict";
  readonly autoRoute: boolean;
  /** Sheet columns of the workflow fields. */
  readonly columns: Readonly<Partial<Record<Field, number>>>;
  /** Open orders per owner across the whole sheet (routing); counted from `rows` when omitted. */
  readonly openCounts?: ReadonlyMap<string, number>;
  /** The platforms' shipping deadlines (settings sheet); the presets when omitted. */
  readonly deadlines?: DeadlineSettings;
  /** The sheet's platform, for rows without a platform column. */
  readonly platform?: string;
}

export interface IllegalChange {
  readonly row: number;
  readonly orderId: string;
  readonly from: string;
  readonly to: string;
  readonly kind: "illegalMove" | "invalidStatus";
  readonly reverted: boolean;
}

export interface ChangePlan {
  readonly log: readonly ActivityEntry[];
  readonly writes: readonly CellWrite[];
  readonly illegal: readonly IllegalChange[];
  /** The cache to keep after the plan is applied. */
  readonly cache: Map<string, LineState>;
}

/**
 * Keys each row by its order line, numbering repeats (`key#2`) so identical lines stay distinct.
 * The same numbering is used for the cache, so a sort does not look like a change.
 */
export function keyedRows(rows: readonly OrderRow[]): [string, OrderRow][] {
  const seen = new Map<string, number>();
  const keyed: [string, OrderRow][] = [];
  for (const row of rows) {
    if (row.key === undefined) continue;
    const n = (seen.get(row.key) ?? 0) + 1;
    seen.set(row.key, n);
    keyed.push([n === 1 ? row.key : `${row.key}#${n}`, row]);
  }
  return keyed;
}

/** The cache for rows as they are now. */
export function cacheOf(rows: readonly OrderRow[]): Map<string, LineState> {
  return new Map(keyedRows(rows).map(([key, row]) => [key, stateOf(row)]));
}

function stateOf(row: OrderRow): LineState {
  return { status: row.stage?.key ?? row.statusText, owner: row.owner };
}

/** Open orders per owner, for routing. */
export function openOrdersByOwner(rows: readonly OrderRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.owner === "" || !row.stage?.open) continue;
    counts.set(row.owner, (counts.get(row.owner) ?? 0) + 1);
  }
  return counts;
}

/**
 * Diffs the rows as they are now against the cache (typed, pasted, filled or sorted alike — change
 * events carry no before-values for multi-cell edits) and plans the consequences: one log entry per
 * changed field, status time and due time for each legal move, routing to the right role, and for an
 * illegal move either a flag on the row or (strict) the old status written back.
 */
export function planChanges(cache: LineCache, rows: readonly OrderRow[], context: ChangeContext): ChangePlan {
  const { workflow, columns } = context;
  const log: ActivityEntry[] = [];
  const changes: CellChange[] = [];
  const illegal: IllegalChange[] = [];
  const next = new Map<string, LineState>();
  const openCounts = new Map(context.openCounts ?? openOrdersByOwner(rows));
  const roleOf = new Map(context.team.map((m) => [m.name, m.role]));
  // On the ship path the platform's deadline, counted from payment (deadlines/dueForOrder).
  const dueOf = (row: OrderRow, stageKey: string): number | null =>
    dueForOrder(
      workflow,
      stageKey,
      context.now,
      deadlineOrderOf(row, context.platform ?? ""),
      context.deadlines ?? DEFAULT_DEADLINE_SETTINGS,
    );
  const entry = (
    row: OrderRow,
    field: Field,
    from: string,
    to: string,
    source: ActivitySource = context.source,
  ): ActivityEntry => ({
    time: context.now,
    orderId: row.orderId,
    line: row.line,
    field,
    from,
    to,
    by: context.who,
    source,
  });
  const write = (row: OrderRow, field: Field, value: string | number | null): void => {
    const column = columns[field];
    if (column !== undefined) changes.push({ row: row.sheetRow, column, value });
  };
  const label = (status: string): string => displayStatus(workflow, status);

  for (const [key, row] of keyedRows(rows)) {
    const before = cache.get(key);
    let state = stateOf(row);
    const statusChanged = before ? before.status !== state.status : row.statusText !== "";
    if (statusChanged) {
      const from = before?.status ?? "";
      if (row.statusText !== "" && !row.stage) {
        illegal.push({
          row: row.sheetRow + 1,
          orderId: row.orderId,
          from,
          to: row.statusText,
          kind: "invalidStatus",
          reverted: context.mode === "strict" && from !== "",
        });
        if (context.mode === "strict" && from !== "") {
          write(row, "status", label(from));
          state = { ...state, status: from };
        } else {
          write(row, "problem", invalidStatusNote(row.statusText));
        }
      } else if (from !== "" && row.stage && !canMove(workflow, from, row.stage.key).ok) {
        const reverted = context.mode === "strict";
        illegal.push({
          row: row.sheetRow + 1,
          orderId: row.orderId,
          from,
          to: row.stage.key,
          kind: "illegalMove",
          reverted,
        });
        if (reverted) {
          write(row, "status", label(from));
          state = { ...state, status: from };
        } else {
          write(row, "problem", illegalMoveNote(workflow, from, row.stage.key));
          log.push(entry(row, "status", label(from), label(row.stage.key)));
        }
      } else if (row.stage) {
        log.push(entry(row, "status", from === "" ? "" : label(from), label(row.stage.key)));
        write(row, "statusSince", context.now);
        // "" rather than null: Excel leaves a cell written with null as it was (a closed stage has no due).
        write(row, "due", dueOf(row, row.stage.key) ?? "");
        const routed = context.autoRoute
          ? routeOwner(row.stage, row.owner, roleOf, context.team, openCounts)
          : undefined;
        if (routed) {
          write(row, "owner", routed);
          log.push(entry(row, "owner", row.owner, routed, "routing"));
          openCounts.set(routed, (openCounts.get(routed) ?? 0) + 1);
          state = { ...state, owner: routed };
        }
      }
    }
    if (before && before.owner !== row.owner) log.push(entry(row, "owner", before.owner, row.owner));
    next.set(key, state);
  }
  return { log, writes: groupCellChanges(changes), illegal, cache: next };
}

/** The member to hand the order to when its new stage belongs to another role; undefined to keep the owner. */
export function routeOwner(
  stage: Stage,
  owner: string,
  roleOf: ReadonlyMap<string, string | null>,
  team: readonly TeamMember[],
  openCounts: ReadonlyMap<string, number>,
): string | undefined {
  if (!stage.role || !stage.open) return undefined;
  if (owner !== "" && roleOf.get(owner) === stage.role) return undefined;
  const pick = pickOwner(team, stage.role, openCounts);
  return pick && pick.name !== owner ? pick.name : undefined;
}

/** The problem-cell text of an illegal move: `非法流转 已发货→待处理 / Illegal move Shipped→To process`. */
export function illegalMoveNote(workflow: Workflow, from: string, to: string): string {
  const stage = (key: string) => workflow.stages.find((s) => s.key === key);
  const zh = `${stage(from)?.label["zh-CN"] ?? from}→${stage(to)?.label["zh-CN"] ?? to}`;
  const en = `${stage(from)?.label["en-US"] ?? from}→${stage(to)?.label["en-US"] ?? to}`;
  return `${PLAN_MESSAGES.illegalMoveNote["zh-CN"]} ${zh} / ${PLAN_MESSAGES.illegalMoveNote["en-US"]} ${en}`;
}

export function invalidStatusNote(text: string): string {
  return `${PLAN_MESSAGES.invalidStatusNote["zh-CN"]}“${text}” / ${PLAN_MESSAGES.invalidStatusNote["en-US"]} “${text}”`;
}

/** Open orders per owner from the change handler's cache (the whole sheet as last seen). */
export function openOrdersFromCache(cache: LineCache, workflow: Workflow): Map<string, number> {
  const open = new Set(workflow.stages.filter((s) => s.open).map((s) => s.key));
  const counts = new Map<string, number>();
  for (const state of cache.values()) {
    if (state.owner === "" || !open.has(state.status)) continue;
    counts.set(state.owner, (counts.get(state.owner) ?? 0) + 1);
  }
  return counts;
}
