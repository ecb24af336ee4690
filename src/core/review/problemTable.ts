import type { CellValue } from "../grid";
import type { ProblemReason } from "../lifecycle";
import type { Locale } from "../schema";
import type { ReviewProblem } from "./reviewWeek";
import { problemTypeLabel } from "./reviewWeek";

/** Sheet, table and header of the generated problem-orders table (header texts are the pivots' hierarchy names). */
export const PROBLEMS_SHEET = "问题订单 Problems";
export const PROBLEMS_TABLE = "OrderFlowProblems";
export const PROBLEM_COLUMNS = {
  week: "周 Week",
  platform: "平台 Platform",
  orderId: "订单号 Order",
  product: "商品 Product",
  sku: "SKU",
  customer: "客户 Customer",
  stage: "阶段 Stage",
  type: "问题类型 Problem type",
  owner: "负责人 Owner",
  daysLate: "逾期天数 Days late",
  time: "发生时间 Time",
  row: "订单表行 Sheet row",
} as const;
export const PROBLEM_HEADER: readonly string[] = Object.values(PROBLEM_COLUMNS);

/** The Problems table's body, one row per problem, in `PROBLEM_HEADER` order; labels in the user's language. */
export function problemsToGrid(
  problems: readonly ReviewProblem[],
  reasons: readonly ProblemReason[],
  locale: Locale,
): CellValue[][] {
  return problems.map((p) => [
    p.week,
    p.platform,
    p.orderId,
    p.product,
    p.sku,
    p.customer,
    p.stage.label[locale],
    problemTypeLabel(p.type, reasons)[locale],
    p.owner,
    p.daysLate ?? "",
    p.time,
    p.row,
  ]);
}
