export { deadlinesToGrid, DEADLINE_HEADER, DUE_SOON_HEADER, basisText } from "./deadlinesToGrid";
export { dueForOrder } from "./dueForOrder";
export { dueState, type DueState } from "./dueState";
export { findDeadlineRule } from "./findDeadlineRule";
export { describeDeadlineProblem, loadDeadlineSettings, type DeadlineProblem } from "./loadDeadlineSettings";
export { DEADLINE_MESSAGES } from "./messages";
export { shipDeadline, type DeadlineOrder, type ShipDeadline } from "./shipDeadline";
export {
  DEFAULT_DEADLINE_SETTINGS,
  DEFAULT_DUE_SOON_HOURS,
  DEFAULT_SHIP_DEADLINE_RULES,
  type DeadlineBasis,
  type DeadlineSettings,
  type ShipDeadlineRule,
} from "./shipDeadlineRules";
export { shipPathOf, shippedStageOf, shipSlaHours } from "./shipPath";
export { deadlineOrderOf, type DeadlineRowSource } from "./deadlineOrderOf";
