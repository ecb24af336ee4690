export { PORT_ERROR_MESSAGES, portErrorParams } from "./portError";
export type { PortError } from "./portError";
export type {
  ActionResult,
  ActionTarget,
  CheckProblem,
  CheckResult,
  ColumnInfo,
  IsoWeek,
  KpiFigure,
  OrderCard,
  OrdersPatch,
  OrdersView,
  ReviewSummary,
  SelectionInfo,
  SetupSummary,
  SheetInspection,
  StageInfo,
  WorkbookPort,
  WorkflowOptions,
} from "./workbookPort";
