export { deadlinesToGrid } from "./deadlinesToGrid";
export { dueForOrder } from "./dueForOrder";
export { dueState, type DueState } from "./dueState";
export { findDeadlineRule } from "./findDeadlineRule";
export { describeDeadlineProblem, loadDeadlineSettings, type DeadlineProblem } from "./loadDeadlineSettings";
export { shipDeadline, type DeadlineOrder, type ShipDeadline } from "./shipDeadline";
export {
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineBasis,
  type DeadlineSettings,
  type ShipDeadlineRule,
} from "./shipDeadlineRules";
export { shipPathOf, shippedStageOf, shipSlaHours } from "./shipPath";
export { deadlineOrderOf, type DeadlineRowSource } from "./deadlineOrderOf";
