import { findDeadlineRule } from "./findDeadlineRule";
import type { DeadlineBasis, DeadlineSettings } from "./shipDeadlineRules";

/** What the deadline of one order is computed from (serials are Excel serial date-times). */
export interface DeadlineOrder {
  /** The row's platform cell, else the sheet's detected platform id. */
  readonly platform: string;
  readonly paidAt: number | null;
  /** The export's own promise (`latest-ship-date`, ship-by, 承诺发货时间), when the sheet has one. */
  readonly shipBy: number | null;
}

export interface ShipDeadline {
  /** The moment the order must have shipped by (Excel serial). */
  readonly due: number;
  readonly basis: DeadlineBasis;
}

/**
 * When an order must ship, as the platform counts it: the export's promise when the row has one;
 * else the platform's hours after payment; else payment + `slaHours` (the lifecycle's ship SLA,
 * see shipSlaHours). Null without a promise and without a payment time, or without any rule.
 */
export function shipDeadline(
  order: DeadlineOrder,
  settings: DeadlineSettings,
  slaHours: number | null,
): ShipDeadline | null {
  if (order.shipBy !== null) return { due: order.shipBy, basis: "promise" };
  if (order.paidAt === null) return null;
  const rule = findDeadlineRule(order.platform, settings.rules);
  if (rule?.basis === "payment" && rule.hours !== null)
    return { due: order.paidAt + rule.hours / 24, basis: "payment" };
  return slaHours === null ? null : { due: order.paidAt + slaHours / 24, basis: "sla" };
}
