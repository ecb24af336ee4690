import type { CellValue } from "../grid";
import type { Field } from "../schema";

/** Where a logged change came from. */
export type ActivitySource = "edit" | "paste" | "pane" | "board" | "routing" | "setup" | "import" | "scan";

/** One row of the `Activity` sheet: one change of one field of one order line. */
export interface ActivityEntry {
  /** Excel serial, local time. */
  readonly time: number;
  readonly orderId: string;
  /** The line inside the order: its line id, else SKU or product; "" for single-line orders. */
  readonly line: string;
  readonly field: Field;
  readonly from: string;
  readonly to: string;
  /** The name the user picked in the pane; "" when not picked. */
  readonly by: string;
  readonly source: ActivitySource;
}

export const ACTIVITY_SHEET = "Activity";
export const ACTIVITY_TABLE = "OrderFlowActivity";
export const ACTIVITY_HEADER = [
  "时间 Time",
  "订单号 Order",
  "商品行 Line",
  "字段 Field",
  "原值 From",
  "新值 To",
  "操作人 By",
  "来源 Source",
] as const;

/** The entry as a row of cells, in `ACTIVITY_HEADER` order. */
export function activityRow(entry: ActivityEntry): CellValue[] {
  return [entry.time, entry.orderId, entry.line, entry.field, entry.from, entry.to, entry.by, entry.source];
}
