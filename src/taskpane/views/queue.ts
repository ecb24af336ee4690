import type { OrderCard, OrdersView, StageInfo } from "../../core/port";

export interface StageCount {
  /** null: orders without a known status. */
  readonly stage: StageInfo | null;
  readonly count: number;
  readonly overdue: number;
  readonly problems: number;
}

/** Orders per stage in lifecycle order, with how many are overdue and how many carry a problem. */
export function countByStage(view: OrdersView): StageCount[] {
  const counts = new Map<string | null, { count: number; overdue: number; problems: number }>();
  for (const order of view.orders) {
    const key =
      order.status !== null && view.stages.some((s) => s.key === order.status) ? order.status : null;
    const entry = counts.get(key) ?? { count: 0, overdue: 0, problems: 0 };
    entry.count++;
    if (order.overdue) entry.overdue++;
    if (order.problem !== "") entry.problems++;
    counts.set(key, entry);
  }
  const rows: StageCount[] = view.stages.map((stage) => ({
    stage,
    ...(counts.get(stage.key) ?? { count: 0, overdue: 0, problems: 0 }),
  }));
  const unknown = counts.get(null);
  if (unknown) rows.push({ stage: null, ...unknown });
  return rows;
}

/** Overdue first, then the earliest due time (none last), then sheet order. */
export function compareUrgency(a: OrderCard, b: OrderCard): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const dueA = a.due ?? Infinity;
  const dueB = b.due ?? Infinity;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.row - b.row;
}

export interface QueueGroup {
  readonly stage: StageInfo;
  readonly orders: readonly OrderCard[];
}

/** My queue: the open orders owned by `who`, grouped by stage in lifecycle order, most urgent first. */
export function myQueue(view: OrdersView, who: string): QueueGroup[] {
  if (who === "") return [];
  return view.stages
    .filter((stage) => stage.open)
    .map((stage) => ({
      stage,
      orders: view.orders.filter((o) => o.owner === who && o.status === stage.key).sort(compareUrgency),
    }))
    .filter((group) => group.orders.length > 0);
}
