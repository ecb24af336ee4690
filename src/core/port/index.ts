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
  OrdersView,
  ReviewSummary,
  SelectionInfo,
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
