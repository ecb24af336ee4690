export { buildScanIndex, matchScan, normalizeScan, reindexOrder } from "./matchScan";
export type { ScanIndex, ScanMatch } from "./matchScan";
export { WAREHOUSE_MESSAGES } from "./messages";
export { BARCODE_ROWS, PACKING_SLIPS_SHEET, planPackingSlips, SLIP_WIDTH } from "./planPackingSlips";
export type { PackingSlipsInput, PackingSlipsPlan, SlipBlock } from "./planPackingSlips";
export { describeScope, PICK_LIST_SHEET, planPickList } from "./planPickList";
export type { PickListInput, PickListPlan, PickListProblem, PickRow } from "./planPickList";
export { decideScanStep, STEP_TARGET } from "./scanStep";
export type { ScanDecision, ScanStep } from "./scanStep";
export { canShip, missingUnits, VERIFY_IDLE, verifyLines, verifyParcel } from "./verifyParcel";
export type { VerifyEvent, VerifyLine, VerifyOutcome, VerifyState } from "./verifyParcel";
export {
  DEFAULT_STAGES,
  findWarehouseColumns,
  readWarehouseOrders,
  selectOrders,
  WAREHOUSE_COLUMNS,
} from "./warehouseOrders";
export type { WarehouseColumn, WarehouseLine, WarehouseOrder, WarehouseScope } from "./warehouseOrders";
