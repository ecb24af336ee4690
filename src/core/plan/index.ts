export {
  ACTIVITY_HEADER,
  ACTIVITY_SHEET,
  ACTIVITY_SOURCE_LABELS,
  ACTIVITY_TABLE,
  activityRow,
  readActivityField,
  readActivitySource,
} from "./activity";
export type { ActivityEntry, ActivitySource } from "./activity";
export { autoRouteInEffect, teamCanRoute } from "./autoRouteInEffect";
export { groupCellChanges, sheetAfterWrites } from "./cellWrites";
export type { CellChange } from "./cellWrites";
export { HIGHLIGHT_MARKER, isOrderFlowHighlight, planHighlights } from "./highlights";
export { readOrderRows } from "./orderRows";
export type { MappedSheet, OrderRow } from "./orderRows";
export { isUpToDate, planApplySettings } from "./planApplySettings";
export type {
  ApplySettingsInput,
  ApplySettingsPlan,
  AppliedState,
  SheetHighlight,
} from "./planApplySettings";
export { planBulkAction } from "./planBulkAction";
export type { BulkAction, BulkContext, MoveFields, Refusal, RefusalKind, RoutedTo } from "./planBulkAction";
export { cacheOf, illegalMoveNote, openOrdersFromCache, planChanges } from "./planChanges";
export type { ChangeContext, IllegalChange, LineState } from "./planChanges";
export { PLAN_MESSAGES } from "./planMessages";
export {
  areaAddress,
  DATE_TIME_FORMAT,
  NEW_ENTRY_ROWS,
  ORDERS_TABLE,
  planSetup,
  vocabularyOf,
} from "./planSetup";
export { describeSetupRefusal, validateSetup } from "./validateSetup";
export { onboardingFacts } from "./onboardingFacts";
export type { SetupInput } from "./planSetup";
export {
  displayReason,
  displayStatus,
  LIST_NAMES,
  planSettingsSheet,
  SETTINGS_SHEET,
  TABLE_NAMES,
} from "./settingsSheet";
export type { SettingsContent } from "./settingsSheet";
export { loadSettings } from "./loadSettings";
export type { LoadedSettings, SettingsGrids } from "./loadSettings";
export {
  loadTeam,
  pickOwner,
  planTeamEmailsBeside,
  teamFromOwners,
  teamGridWithBeside,
  teamToGrid,
} from "./team";
export type { TeamMember } from "./team";
export type {
  Area,
  CellWrite,
  SettingsBlock,
  HighlightRule,
  SetupPlan,
  SetupReport,
  SheetSnapshot,
  TablePlan,
} from "./types";
