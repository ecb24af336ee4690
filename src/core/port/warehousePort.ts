import type { Catalog } from "../i18n/translate";
import type { NoticeOutcome } from "../notify";
import type { Result } from "../result";
import type { ScanMatch, ScanStep, WarehouseScope } from "../warehouse";
import type { ActionResult } from "./workbookPort";
import type { PortError } from "./portError";

/** What the warehouse actions can refuse besides Excel's errors. */
export type WarehouseError =
  | PortError
  | { readonly kind: "emptyScope" }
  /** The scanned order is no longer where the scan session saw it (rows sorted, deleted): scan it again. */
  | { readonly kind: "orderMoved"; readonly orderId: string }
  | { readonly kind: "scanNotOpen" };

export const WAREHOUSE_ERROR_MESSAGES = {
  emptyScope: {
    "zh-CN": "范围内没有订单：请选中订单行，或换一个状态；未做任何更改。",
    "en-US": "No orders in this scope: select order rows, or pick another stage; nothing was changed.",
  },
  orderMoved: {
    "zh-CN": "订单 {orderId} 的行已变动（排序或删除）。已重新读取订单表，请再扫一次；未做任何更改。",
    "en-US":
      "Order {orderId} has moved (rows sorted or deleted). The sheet was read again: scan it once more; nothing was changed.",
  },
  scanNotOpen: {
    "zh-CN": "扫码模式还没准备好，请稍候再扫。",
    "en-US": "Scan mode is not ready yet; wait a moment and scan again.",
  },
} as const satisfies Catalog;

/** How a generated sheet was made ready to print. */
export interface PrintSetup {
  /** A4 portrait, fit to width, repeated header row, page numbers: only where the host has ExcelApi 1.9. */
  readonly pageLayout: "applied" | "unsupported";
}

export interface WarehouseRequest {
  readonly scope: WarehouseScope;
  /** Pick list: move the orders of the scope that are 待处理 to 处理中 (checked and logged). */
  readonly moveToProcessing?: boolean;
  /** Packing slips per printed page (default 1). */
  readonly perPage?: number;
}

export interface WarehouseSheetWritten {
  readonly sheetName: string;
  readonly orders: number;
  /** Pick list rows or slip blocks written. */
  readonly rows: number;
  readonly print: PrintSetup;
  /** Slips: how the barcodes are drawn (filled cells, which every host prints). */
  readonly barcodes?: "cells";
  /** Pick list with `moveToProcessing`: what the move did. */
  readonly moved?: ActionResult;
}

export interface ScanSessionInfo {
  readonly orders: number;
  /** The carrier most orders of the sheet use: the scan view's default. */
  readonly defaultCarrier: string;
}

export interface ScanMoveRequest {
  readonly orderKey: string;
  readonly step: ScanStep;
  readonly who: string;
  /** Ship: the parcel's tracking number and carrier (written before the status, logged). */
  readonly tracking?: string;
  readonly carrier?: string;
  /** Ship without every item verified: the reason, kept in the log's note. */
  readonly override?: string;
}

export interface ScanMoveResult {
  readonly applied: number;
  readonly refused: ActionResult["refused"];
  readonly logged: number;
  /** Syncs this move cost (the budget is two). */
  readonly syncs: number;
  /** Cells the move loaded from the workbook: the order's rows and the log's last row. */
  readonly cellsRead: number;
  /** The @mention comments the move called for (routing handed the order to someone), posted after it. */
  readonly notices?: NoticeOutcome;
}

/** The warehouse's side of the workbook: sheets to print and a scan session answered from memory. */
export interface WarehousePort {
  writePickList(
    request: WarehouseRequest,
    who: string,
  ): Promise<Result<WarehouseSheetWritten, WarehouseError>>;
  writePackingSlips(request: WarehouseRequest): Promise<Result<WarehouseSheetWritten, WarehouseError>>;
  /** Reads the order sheet once and keeps what scans need (ids, tracking numbers, lines, stages). */
  openScanSession(): Promise<Result<ScanSessionInfo, WarehouseError>>;
  /** Looks a scanned code up in the session, without touching the workbook. */
  lookupScan(code: string): ScanMatch;
  /** Applies a scan's step to an order: at most two syncs. */
  moveScanned(request: ScanMoveRequest): Promise<Result<ScanMoveResult, WarehouseError>>;
}
