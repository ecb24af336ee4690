export { crossTab } from "./crossTab";
export {
  formatIsoWeek,
  isoWeekOf,
  isValidIsoWeek,
  lastCompleteWeek,
  shiftWeek,
  weekBounds,
  weekdayOf,
  weeksInYear,
} from "./isoWeek";
export {
  KPI_HISTORY_FORMATS,
  KPI_HISTORY_HEADER,
  KPI_SHEET,
  KPI_TABLE,
  kpiHistoryRow,
  mergeKpiHistory,
} from "./kpiHistory";
export { REVIEW_MESSAGES } from "./messages";
export { percentileInc } from "./percentile";
export { CHART_NAMES, PIVOT_NAMES, planReviewSheet, REVIEW_SHEET, textWidth } from "./planReviewSheet";
export type { ReviewSheetPlan } from "./planReviewSheet";
export {
  PROBLEM_COLUMNS,
  PROBLEM_HEADER,
  PROBLEMS_SHEET,
  PROBLEMS_TABLE,
  problemsToGrid,
} from "./problemTable";
export { readActivityLog } from "./readActivityLog";
export type { LogEntry } from "./readActivityLog";
export { reviewWeek, shipSlaHours } from "./reviewWeek";
export type { ReviewInput, ReviewProblem } from "./reviewWeek";
