export { deadlinesToGrid } from "./deadlinesToGrid";
export { dueForOrder } from "./dueForOrder";
export { dueState } from "./dueState";
export { findDeadlineRule } from "./findDeadlineRule";
export { describeDeadlineProblem, loadDeadlineSettings } from "./loadDeadlineSettings";
export { shipDeadline } from "./shipDeadline";
export { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from "./shipDeadlineRules";
export { shipPathOf, shippedStageOf, shipSlaHours } from "./shipPath";
export { deadlineOrderOf } from "./deadlineOrderOf";
