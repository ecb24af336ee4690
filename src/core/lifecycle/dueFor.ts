import { findStatus } from "./findStatus";
import type { Workflow } from "./workflow";

/**
 * When an order entering `stageKey` at `sinceSerial` (an Excel serial date-time) becomes overdue:
 * `since + slaHours / 24`. Null when the stage has no SLA or is unknown.
 */
export function dueFor(wf: Workflow, stageKey: string, sinceSerial: number): number | null {
  const hours = findStatus(wf, stageKey)?.slaHours;
  if (hours === undefined || hours === null) return null;
  return sinceSerial + hours / 24;
}
