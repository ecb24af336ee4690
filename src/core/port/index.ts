export { PORT_ERROR_MESSAGES, portErrorParams } from "./portError";
export type { PortError } from "./portError";
export type {
  ActionResult,
  ActionTarget,
  ApplySettingsSummary,
  CheckProblem,
  CheckResult,
  ColumnInfo,
  IsoWeek,
  KpiFigure,
  OrderCard,
  OrdersView,
  ReviewSummary,
  SelectionInfo,
  SetupChoices,
  SetupSummary,
  SheetInspection,
  StageInfo,
  WorkbookPort,
  WorkflowOptions,
} from "./workbookPort";
