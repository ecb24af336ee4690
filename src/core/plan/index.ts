export { ACTIVITY_HEADER, ACTIVITY_SHEET, ACTIVITY_TABLE, activityRow } from "./activity";
export type { ActivityEntry, ActivitySource } from "./activity";
export { groupCellChanges } from "./cellWrites";
export type { CellChange } from "./cellWrites";
export { HIGHLIGHT_MARKER, isOrderFlowHighlight, planHighlights } from "./highlights";
export { readOrderRows } from "./orderRows";
export type { MappedSheet, OrderRow } from "./orderRows";
export { isUpToDate, planApplySettings, planValidations } from "./planApplySettings";
export type {
  ApplySettingsInput,
  ApplySettingsPlan,
  AppliedState,
  SheetHighlight,
} from "./planApplySettings";
export { planBulkAction } from "./planBulkAction";
export type {
  BulkAction,
  BulkContext,
  BulkPlan,
  MoveFields,
  Refusal,
  RefusalKind,
  RoutedTo,
} from "./planBulkAction";
export {
  cacheOf,
  illegalMoveNote,
  invalidStatusNote,
  keyedRows,
  openOrdersByOwner,
  openOrdersFromCache,
  planChanges,
} from "./planChanges";
export type { ChangeContext, ChangePlan, IllegalChange, LineCache, LineState } from "./planChanges";
export { PLAN_MESSAGES } from "./planMessages";
export {
  areaAddress,
  DATE_TIME_FORMAT,
  NEW_ENTRY_ROWS,
  ORDERS_TABLE,
  planSetup,
  SETTINGS_VERSION,
  SETUP_COLUMNS,
  setupLabels,
} from "./planSetup";
export { describeSetupRefusal, validateSetup } from "./validateSetup";
export { onboardingFacts } from "./onboardingFacts";
export type { OnboardingFacts } from "./onboardingFacts";
export type { SetupCheckInput, SetupRefusal } from "./validateSetup";
export type { SetupInput } from "./planSetup";
export { SETUP_MESSAGES } from "./messages";
export {
  displayReason,
  displayStatus,
  LIST_NAMES,
  planSettingsSheet,
  SETTINGS_SHEET,
  TABLE_NAMES,
} from "./settingsSheet";
export type { SettingsContent } from "./settingsSheet";
export {
  loadTeam,
  pickOwner,
  planTeamEmailsBeside,
  TEAM_HEADER,
  teamFromOwners,
  teamGridWithBeside,
  teamToGrid,
} from "./team";
export type { TeamMember, TeamProblem } from "./team";
export type {
  Area,
  CellWrite,
  HighlightRule,
  NamedList,
  NumberFormatWrite,
  SettingsBlock,
  SetupPlan,
  SetupReport,
  SheetSnapshot,
  TablePlan,
  ValidationRule,
} from "./types";
