import type { Stage, Workflow } from "../lifecycle";
import { advanceTarget } from "../lifecycle";

/** The stage that means "handed to the carrier": key `shipped`, else the first that needs a tracking number. */
export function shippedStageOf(workflow: Workflow): Stage | undefined {
  return (
    workflow.stages.find((s) => s.key === "shipped") ??
    workflow.stages.find((s) => s.needs.includes("tracking"))
  );
}

/**
 * The stages *Advance* walks through from the first paid stage (the one after the first stage) to
 * the shipped one, excluded — by default 待处理 and 处理中: the team's part of the shipping promise.
 * Null when the shipped stage can not be reached that way.
 */
export function shipPathOf(workflow: Workflow): readonly Stage[] | null {
  // Asked once per row by the review and the due times: walk each lifecycle once.
  const cached = paths.get(workflow);
  if (cached !== undefined) return cached;
  const path = walkShipPath(workflow);
  paths.set(workflow, path);
  return path;
}

const paths = new WeakMap<Workflow, readonly Stage[] | null>();

function walkShipPath(workflow: Workflow): readonly Stage[] | null {
  const shipped = shippedStageOf(workflow);
  const first = workflow.stages[0];
  if (!shipped || !first) return null;
  const path: Stage[] = [];
  let stage = advanceTarget(workflow, first.key);
  while (stage && stage !== shipped && !path.includes(stage)) {
    path.push(stage);
    stage = advanceTarget(workflow, stage.key);
  }
  return stage === shipped ? path : null;
}

/**
 * Hours from payment to shipping the lifecycle allows: the SLAs of the ship path (default: 待处理
 * 24 h + 处理中 24 h = 48 h). Null when the shipped stage can not be reached by *Advance*.
 */
export function shipSlaHours(workflow: Workflow): number | null {
  const path = shipPathOf(workflow);
  return path === null ? null : path.reduce((sum, s) => sum + (s.slaHours ?? 0), 0);
}
