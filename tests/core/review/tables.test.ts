import { DEFAULT_PROBLEM_REASONS } from "../../../src/core/lifecycle";
import type { Area } from "../../../src/core/plan";
import {
  crossTab,
  KPI_HISTORY_HEADER,
  kpiHistoryRow,
  mergeKpiHistory,
  percentileInc,
  planReviewSheet,
  PROBLEM_HEADER,
  problemsToGrid,
  reviewWeek,
} from "../../../src/core/review";
import { input, WEEK_ORDERS, weekLog } from "./builders";

const review = reviewWeek(input(WEEK_ORDERS, weekLog()));

describe("percentileInc", () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.85, 7],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 4, 6, 24], 0.85, 15.9],
    [[10, 20, 30], 0.85, 27],
  ])("of %j at %d is %d (Excel's PERCENTILE.INC)", (values, p, expected) => {
    const result = percentileInc(values, p);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});

describe("problemsToGrid", () => {
  it("writes one row per problem in the header's order, labels in the user's language", () => {
    const grid = problemsToGrid(review.problems, DEFAULT_PROBLEM_REASONS, "en-US");
    expect(grid).toHaveLength(7);
    expect(Object.fromEntries(PROBLEM_HEADER.map((h, i) => [h, grid[1]![i]]))).toMatchObject({
      "订单号 Order": "A3",
      "阶段 Stage": "On hold",
      "问题类型 Problem type": "Late",
      "逾期天数 Days late": 4.5,
      "订单表行 Sheet row": 4,
    });
    expect(problemsToGrid(review.problems, DEFAULT_PROBLEM_REASONS, "zh-CN")[5]![7]).toBe("非法流转");
  });
});

describe("crossTab", () => {
  const records = [
    ["锅", "Late"],
    ["锅", "Damaged"],
    ["毛巾", "Late"],
    ["", "Late"],
  ];
  it("counts rows × columns like a pivot's flattened layout, blanks last", () => {
    expect(crossTab(records, 0, 1, { row: "Product", count: "Count", total: "Grand Total" })).toEqual([
      ["Product", "Damaged", "Late", "Grand Total"],
      ["毛巾", "", 1, 1],
      ["锅", 1, 1, 2],
      ["(blank)", "", 1, 1],
      ["Grand Total", 1, 3, 4],
    ]);
  });
  it("counts one field with a count column", () => {
    expect(crossTab(records, 1, null, { row: "Type", count: "Count", total: "Total" })).toEqual([
      ["Type", "Count"],
      ["Damaged", 1],
      ["Late", 3],
      ["Total", 4],
    ]);
  });
});

describe("KPI history", () => {
  const row = kpiHistoryRow(review, "zh-CN", 46351);
  it("keeps week and problem rate first (the trend chart's columns)", () => {
    expect(row).toHaveLength(KPI_HISTORY_HEADER.length);
    expect(row[0]).toBe("2026-W47");
    expect(row[1]).toBeCloseTo(5 / 9, 10);
    expect(row[9]).toBe("处理中");
    expect(row[10]).toBe(33.5);
  });
  it("replaces a week refreshed again and keeps weeks in order", () => {
    const old = [
      ["2026-W48", 0.1],
      ["2026-W47", 0.9],
      ["2026-W45", 0.2],
      ["", ""],
    ];
    const merged = mergeKpiHistory(old, row);
    expect(merged.map((r) => r[0])).toEqual(["2026-W45", "2026-W47", "2026-W48"]);
    expect(merged[1]![1]).toBeCloseTo(5 / 9, 10);
    expect(mergeKpiHistory(merged, row)).toEqual(merged);
  });
});

describe("planReviewSheet", () => {
  const overlaps = (a: Area, b: Area) =>
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount;

  it("places KPI block with marks, charts below the blocks and pivots below the charts, in column bands", () => {
    const plan = planReviewSheet(review, DEFAULT_PROBLEM_REASONS, "en-US", { pivots: true });
    expect(plan.title).toBe("Weekly problem-order review 2026-W47 (2026-11-16 to 2026-11-22)");
    const kpis = plan.blocks.find((b) => b.id === "kpis")!;
    expect(kpis.values[6]).toEqual(["Late shipment rate", 1 / 3, "< 4%", "✘ missed"]);
    expect(kpis.marks?.[5]).toBe(true);
    const lowestBlock = Math.max(...plan.blocks.map((b) => b.area.row + b.area.rowCount));
    const chartsBottom = Math.max(...plan.charts.map((c) => c.position.row + c.position.rowCount));
    expect(Math.min(...plan.charts.map((c) => c.position.row))).toBeGreaterThanOrEqual(lowestBlock);
    expect(plan.pivots.map((p) => [p.name, p.column, p.rows, p.columns])).toEqual([
      ["OrderFlowPivotStage", 0, ["阶段 Stage"], []],
      ["OrderFlowPivotOwner", 3, ["负责人 Owner"], []],
      ["OrderFlowPivotCustomer", 6, ["客户 Customer"], []],
      ["OrderFlowPivotProductType", 9, ["商品 Product"], ["问题类型 Problem type"]],
    ]);
    for (const p of plan.pivots) expect(p.row).toBeGreaterThan(chartsBottom);
    // Only the rightmost pivot has a column field; the others are two columns wide in a three-column band.
    expect(plan.pivots.filter((p) => p.columns.length > 0).map((p) => p.column)).toEqual([
      Math.max(...plan.pivots.map((p) => p.column)),
    ]);
  });

  it("puts static tables in the pivots' places when the PivotTable API is missing, and says so", () => {
    const plan = planReviewSheet(review, DEFAULT_PROBLEM_REASONS, "zh-CN", { pivots: false });
    expect(plan.pivots).toEqual([]);
    expect(plan.note).toMatch(/ExcelApi 1.8/);
    const statics = plan.blocks.filter((b) => b.id.startsWith("static."));
    expect(statics.map((b) => b.area.column)).toEqual([0, 3, 6, 9]);
    const stage = statics[0]!;
    expect(stage.values.at(-1)).toEqual(["总计", 7]);
    for (const a of plan.blocks)
      for (const b of plan.blocks) if (a !== b) expect(overlaps(a.area, b.area)).toBe(false);
  });
});
