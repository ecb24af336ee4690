import type { Workflow } from "../lifecycle";
import { dueFor } from "../lifecycle";
import type { DeadlineOrder } from "./shipDeadline";
import { shipDeadline } from "./shipDeadline";
import type { DeadlineSettings } from "./shipDeadlineRules";
import { shipPathOf } from "./shipPath";

/**
 * The due time of an order entering `stageKey` at `since`: on the ship path (待处理, 处理中) the
 * platform's shipping deadline, which counts from payment, not from when the team touched the row
 * (shipDeadline: promise column, hours after payment); elsewhere, and where no platform rule or
 * payment time is known, the stage's own SLA from `since` (dueFor).
 */
export function dueForOrder(
  workflow: Workflow,
  stageKey: string,
  since: number,
  order: DeadlineOrder,
  settings: DeadlineSettings,
): number | null {
  const onShipPath = shipPathOf(workflow)?.some((s) => s.key === stageKey) ?? false;
  if (onShipPath) {
    // slaHours null: without a platform rule the stage's own SLA applies, as before.
    const deadline = shipDeadline(order, settings, null);
    if (deadline) return deadline.due;
  }
  return dueFor(workflow, stageKey, since);
}
