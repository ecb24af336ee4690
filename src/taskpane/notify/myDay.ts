import { dueState } from "../../core/deadlines";
import type { OrderCard, OrdersView } from "../../core/port";
import { compareUrgency } from "../views/queue";

export interface MyDay {
  readonly overdue: readonly OrderCard[];
  readonly dueSoon: readonly OrderCard[];
  /** Open orders of mine that were not mine when I last marked my day as seen. */
  readonly newlyAssigned: readonly OrderCard[];
}

/**
 * My day for `who`: my open orders past due, due within the window, and those assigned to me since I
 * last looked (`seen`: the order ids I owned then; null the first time — nothing counts as new).
 */
export function myDay(
  view: OrdersView,
  who: string,
  dueSoonHours: number,
  seen: ReadonlySet<string> | null,
): MyDay {
  const stages = new Map(view.stages.map((s) => [s.key, s]));
  const mine = view.orders
    .filter((o) => o.owner === who && o.status !== null && (stages.get(o.status)?.open ?? false))
    .sort(compareUrgency);
  return {
    overdue: mine.filter((o) => dueState(o.due, view.now, dueSoonHours) === "overdue"),
    dueSoon: mine.filter((o) => dueState(o.due, view.now, dueSoonHours) === "dueSoon"),
    newlyAssigned: seen === null ? [] : mine.filter((o) => !seen.has(o.orderId)),
  };
}

/** Where the ids I owned when I last looked are kept (per person, in the pane's storage). */
export function seenKey(who: string): string {
  return `orderflow.myday.seen.${who}`;
}
