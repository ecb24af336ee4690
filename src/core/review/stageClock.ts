import { shippedStageOf, shipPathOf } from "../deadlines";
import type { Stage, Workflow } from "../lifecycle";
import { advanceTarget } from "../lifecycle";

/**
 * Whose time a stay in a stage is: the team's (待处理, 处理中, 异常, 售后中), the carrier's (已发货:
 * the parcel is on its way) or the buyer's (待付款 before payment, 已签收 until the buyer confirms).
 * The review names the slowest *team* stage and reports carrier time apart, so a slow courier is not
 * read as a slow warehouse.
 */
export type StageClock = "team" | "carrier" | "buyer";

export function stageClock(workflow: Workflow, stage: Stage): StageClock {
  const shipped = shippedStageOf(workflow);
  if (stage === shipped) return "carrier";
  const path = shipPathOf(workflow);
  if (stage.problemBranch || path?.includes(stage)) return "team";
  if (path !== null && stage === workflow.stages[0]) return "buyer";
  // After the carrier, the stages Advance walks through until a closed one wait on the buyer.
  const seen = new Set<Stage>();
  let next = shipped ? advanceTarget(workflow, shipped.key) : undefined;
  while (next && next.open && !seen.has(next)) {
    if (next === stage) return "buyer";
    seen.add(next);
    next = advanceTarget(workflow, next.key);
  }
  return "team";
}
