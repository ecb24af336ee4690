export {
  PORT_ERROR_MESSAGES,
  PORT_OUTCOME_MESSAGES,
  portErrorParams,
  UNDO_PER_REQUEST_MESSAGE,
} from "./portError";
export type { PortError, WorkbookOutcome } from "./portError";
export type {
  ActionResult,
  ActionTarget,
  ApplySettingsSummary,
  CheckProblem,
  CheckResult,
  ImportResult,
  IsoWeek,
  KpiFigure,
  OrderCard,
  OrdersPatch,
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
export { WAREHOUSE_ERROR_MESSAGES } from "./warehousePort";
export type {
  PrintSetup,
  ScanMoveRequest,
  ScanMoveResult,
  ScanSessionInfo,
  WarehouseError,
  WarehousePort,
  WarehouseRequest,
  WarehouseSheetWritten,
} from "./warehousePort";
export { emptyImportResult, importResultOf } from "./importResult";
