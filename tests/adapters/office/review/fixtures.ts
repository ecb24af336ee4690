import { DEFAULT_WORKFLOW } from "../../../../src/core/lifecycle";
import {
  ACTIVITY_HEADER,
  ACTIVITY_SHEET,
  ACTIVITY_TABLE,
  activityRow,
  displayStatus,
} from "../../../../src/core/plan";
import type { FakeExcelHost, SeedCell } from "../../../fakeExcel";
import { createFakeExcel } from "../../../fakeExcel";
import { WEEK_ORDERS, weekLog } from "../../../core/review/builders";

export const HEADER = [
  "订单编号",
  "买家会员名",
  "宝贝标题",
  "订单创建时间",
  "订单付款时间",
  "发货时间",
  "物流单号",
  "状态 Status",
  "负责人 Owner",
  "截止 Due",
  "问题 Problem",
  "状态时间 Status since",
];

/**
 * The hand-built week of the core tests as a set-up order sheet plus its Activity log, whose Field and
 * Source cells hold the keys older versions wrote (`status`, `pane`) or the labels written now.
 */
export function seedWorkbook(log: "keys" | "labels" = "keys"): { host: FakeExcelHost; restore: () => void } {
  const host = createFakeExcel();
  const rows: SeedCell[][] = WEEK_ORDERS.map((o) => [
    o.id,
    o.buyer ?? null,
    o.product ?? null,
    o.created ?? null,
    o.paid ?? null,
    o.shipped ?? null,
    o.tracking ?? null,
    o.status ? displayStatus(DEFAULT_WORKFLOW, o.status) : null,
    o.owner ?? null,
    o.due ?? null,
    o.problem ?? null,
    o.since ?? null,
  ]);
  host.workbook.addSheet("Orders", [["好物小店订单", null], HEADER, ...rows]);
  host.workbook.addSheet(ACTIVITY_SHEET, [
    [...ACTIVITY_HEADER],
    ...weekLog().map((e) =>
      log === "keys"
        ? [e.time, e.orderId, e.line, e.field, e.from, e.to, "小李", "pane"]
        : activityRow({ ...e, field: e.field ?? "status", by: "小李", source: "pane" }),
    ),
  ]);
  host.workbook.addTable(ACTIVITY_SHEET, `A1:H${weekLog().length + 1}`, ACTIVITY_TABLE);
  host.workbook.setSetting("OrderFlow.sheet", "Orders");
  return { host, restore: host.install() };
}
