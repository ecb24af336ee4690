import { findStatus, getStage } from "./findStatus";
import type { Stage, Workflow } from "./workflow";

/**
 * Where *Advance* moves an order: the first stage of `next` that is not a problem branch
 * (awaitingPayment → toProcess → processing → shipped → delivered → completed; onHold → processing;
 * afterSales → completed). Undefined for closed stages, unknown statuses and stages with no such move.
 * The lead controls it by the order of the 下一步 Next column.
 */
export function advanceTarget(wf: Workflow, from: string): Stage | undefined {
  const stage = findStatus(wf, from);
  if (!stage?.open) return undefined;
  for (const key of stage.next) {
    const target = getStage(wf, key);
    if (target && !target.problemBranch) return target;
  }
  return undefined;
}
