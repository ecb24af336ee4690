import type { OrderCard, StageInfo } from "../../core/port";
import type { Field } from "../../core/schema";

/** A status move the pane can start: *Advance*, or a chosen status. */
export type MoveRequest =
  { readonly kind: "advance" } | { readonly kind: "setStatus"; readonly status: string };

/** A row that enters a stage needing fields: 1-based sheet row, its id, where it goes. */
export interface MovingRow {
  readonly row: number;
  readonly orderId: string;
  readonly to: string;
}

/** What a move asks for before it starts; `fields` is empty when nothing is needed. */
export interface NeededFields {
  /** Fields one value covers for every row (carrier, problem reason), in stage order. */
  readonly shared: readonly Field[];
  /** Fields typed per row (tracking), in stage order. */
  readonly perRow: readonly Field[];
  /** The rows that enter a stage needing fields. */
  readonly rows: readonly MovingRow[];
}

// A tracking number belongs to one parcel; a carrier or a reason is usually the same for a batch.
const PER_ROW: ReadonlySet<Field> = new Set<Field>(["tracking"]);

/** Where *Advance* sends a stage: its first next stage off the problem branch (as the core decides). */
export function advanceStage(stages: readonly StageInfo[], from: string): StageInfo | undefined {
  const stage = stages.find((s) => s.key === from);
  if (!stage?.open) return undefined;
  for (const key of stage.next) {
    const target = stages.find((s) => s.key === key);
    if (target && !target.problemBranch) return target;
  }
  return undefined;
}

/**
 * The fields the rows' target stages need, so the pane can ask for them before the click, not after
 * a refusal. Rows the pane does not know (not yet read) or that can not move are left to the core,
 * which refuses them with the reason.
 */
export function neededFields(
  move: MoveRequest,
  rows: readonly number[],
  orders: readonly OrderCard[],
  stages: readonly StageInfo[],
): NeededFields {
  const byRow = new Map(orders.map((card) => [card.row, card]));
  const wanted = new Set<Field>();
  const moving: MovingRow[] = [];
  for (const row of rows) {
    const card = byRow.get(row);
    if (!card?.status) continue;
    const target =
      move.kind === "advance" ? advanceStage(stages, card.status) : stages.find((s) => s.key === move.status);
    const source = stages.find((s) => s.key === card.status);
    if (!target || !source || target.key === card.status || !source.next.includes(target.key)) continue;
    const needs = target.needs ?? [];
    if (needs.length === 0) continue;
    for (const field of needs) wanted.add(field);
    moving.push({ row, orderId: card.orderId, to: target.key });
  }
  const fields = [...wanted];
  return {
    shared: fields.filter((f) => !PER_ROW.has(f)),
    perRow: fields.filter((f) => PER_ROW.has(f)),
    rows: moving,
  };
}
