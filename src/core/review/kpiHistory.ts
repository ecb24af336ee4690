import type { CellValue, Grid } from "../grid";
import { cellText } from "../grid";
import type { Locale } from "../schema";
import type { WeekReview } from "./reviewWeek";
import { slowestStage } from "./reviewWeek";

export const KPI_SHEET = "周指标 Weekly KPIs";
export const KPI_TABLE = "OrderFlowWeeklyKpis";
/** Week and problem rate first: the trend chart plots these two columns. */
export const KPI_HISTORY_HEADER = [
  "周 Week",
  "问题率 Problem rate",
  "新订单 New orders",
  "活跃订单 Active orders",
  "问题订单 Problem orders",
  "准时发货率 On-time ship rate",
  "迟发货率 Late shipment rate",
  "取消率 Cancellation rate",
  "物流单号率 Tracking rate",
  "最慢团队环节 Slowest team stage",
  "中位小时 Median hours",
  "开始 From",
  "刷新于 Refreshed",
] as const;

/** Number formats per history column (rates as %, serials as dates). */
export const KPI_HISTORY_FORMATS: readonly string[] = [
  "@",
  "0.0%",
  "0",
  "0",
  "0",
  "0.0%",
  "0.0%",
  "0.0%",
  "0.0%",
  "@",
  "0.0",
  "yyyy-mm-dd",
  "yyyy-mm-dd hh:mm",
];

/** The history row of a reviewed week. */
export function kpiHistoryRow(review: WeekReview, locale: Locale, refreshedAt: number): CellValue[] {
  const value = (key: string): CellValue => review.kpis.find((k) => k.key === key)?.value ?? "";
  const slowest = slowestStage(review.stageTimes);
  return [
    review.label,
    value("problemRate"),
    value("orders"),
    value("activeOrders"),
    value("problemOrders"),
    value("onTimeShipRate"),
    value("lateShipmentRate"),
    value("cancellationRate"),
    value("trackingRate"),
    slowest?.stage.label[locale] ?? "",
    slowest?.medianHours ?? "",
    review.from,
    refreshedAt,
  ];
}

/**
 * The history body with `row` in it: a week already there is replaced (re-refreshing does not add a
 * row), rows are ordered by week (`2026-W07` notation sorts as text), blank rows dropped.
 */
export function mergeKpiHistory(body: Grid, row: readonly CellValue[]): CellValue[][] {
  const week = cellText(row[0]);
  const kept = body
    .filter((r) => cellText(r[0]) !== "" && cellText(r[0]) !== week)
    .map((r) => KPI_HISTORY_HEADER.map((_, i) => r[i] ?? ""));
  return [...kept, [...row]].sort((a, b) =>
    cellText(a[0]) < cellText(b[0]) ? -1 : cellText(a[0]) > cellText(b[0]) ? 1 : 0,
  );
}
