import type { Workflow } from "../lifecycle";
import { canMove, getStage } from "../lifecycle";
import type { WarehouseOrder } from "./warehouseOrders";

/** What a scan does to the order it found. */
export type ScanStep = "pack" | "ship";

/** The stage each step moves to (default lifecycle keys). */
export const STEP_TARGET = { pack: "processing", ship: "shipped" } as const satisfies Record<
  ScanStep,
  string
>;

export type ScanDecision =
  | { readonly kind: "move"; readonly from: string; readonly to: string }
  /** This session already moved the order with this step. */
  | { readonly kind: "scannedTwice"; readonly to: string }
  | { readonly kind: "alreadyShipped"; readonly status: string }
  | { readonly kind: "alreadyThere"; readonly status: string }
  | { readonly kind: "wrongStage"; readonly status: string; readonly to: string };

/**
 * Decides what a scan with `step` does to `order`: a legal move, or why not. `done` holds the order keys
 * this session already moved with the step.
 */
export function decideScanStep(
  order: WarehouseOrder,
  step: ScanStep,
  workflow: Workflow,
  done: ReadonlySet<string>,
): ScanDecision {
  const to = STEP_TARGET[step];
  if (done.has(order.key)) return { kind: "scannedTwice", to };
  const status = order.stage ?? order.statusText;
  const shipped = getStage(workflow, "shipped");
  // Shipped and everything after it on the main path (delivered, completed) count as shipped.
  if (
    order.stage !== null &&
    (order.stage === "shipped" || (shipped && isAfter(workflow, "shipped", order.stage)))
  )
    return { kind: "alreadyShipped", status };
  if (order.stage === to) return { kind: "alreadyThere", status };
  const move = canMove(workflow, status, to);
  if (!move.ok) return { kind: "wrongStage", status, to };
  return { kind: "move", from: status, to };
}

/** Whether `stage` is reachable from `from` by following `next` on non-problem stages. */
function isAfter(workflow: Workflow, from: string, stage: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const key = queue.shift() ?? "";
    for (const next of getStage(workflow, key)?.next ?? []) {
      const nextStage = getStage(workflow, next);
      if (!nextStage || nextStage.problemBranch || seen.has(next)) continue;
      if (next === stage) return true;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}
