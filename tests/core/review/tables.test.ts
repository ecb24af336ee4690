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
  textWidth,
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

  it("places the KPI block with how each figure is counted, and the pivots right below the blocks", () => {
    const plan = planReviewSheet(review, DEFAULT_PROBLEM_REASONS, "en-US", { pivots: true });
    expect(plan.title).toBe("Weekly problem-order review 2026-W47 (2026-11-16 to 2026-11-22)");
    const kpis = plan.blocks.find((b) => b.id === "kpis")!;
    const late = kpis.values.find((r) => r[0] === "Late shipment rate")!;
    const onTime = kpis.values.find((r) => r[0] === "On-time ship rate")!;
    expect(onTime).toEqual([
      "On-time ship rate",
      0.5,
      "> 96%",
      "✘ missed",
      "Shipped by the deadline 2 ÷ orders due to ship this week 4",
    ]);
    expect(late.slice(0, 4)).toEqual(["Late shipment rate", 0.5, "< 4%", "✘ missed"]);
    expect(late[4]).toMatch(/^Not shipped by the deadline 2 ÷ orders due to ship this week 4/);
    expect(kpis.values.find((r) => String(r[0]).startsWith("Slowest team stage"))?.slice(2, 3)).toEqual([
      "< 24 h",
    ]);
    expect(kpis.marks?.[5]).toBe(true);
    expect(kpis.markColumn).toBe(3);
    // Pivots: one blank row and their titles below the tallest top block, nothing in between.
    const lowestBlock = Math.max(...plan.blocks.map((b) => b.area.row + b.area.rowCount));
    expect(plan.pivots.map((p) => [p.name, p.row, p.column, p.rows, p.columns, p.dataName])).toEqual([
      ["OrderFlowPivotStage", lowestBlock + 2, 0, ["阶段 Stage"], [], "Problems"],
      ["OrderFlowPivotOwner", lowestBlock + 2, 6, ["负责人 Owner"], [], "Problems"],
      ["OrderFlowPivotCustomer", lowestBlock + 2, 12, ["客户 Customer"], [], "Problems"],
      [
        "OrderFlowPivotProductType",
        lowestBlock + 2,
        15,
        ["商品 Product"],
        ["问题类型 Problem type"],
        "Problems",
      ],
    ]);
    expect(plan.emptyWeek).toBeNull();
  });

  it("floats the charts right of the blocks and of the widest the product × type pivot can grow", () => {
    const plan = planReviewSheet(review, DEFAULT_PROBLEM_REASONS, "en-US", { pivots: true });
    const blocksRight = Math.max(...plan.blocks.map((b) => b.area.column + b.area.columnCount));
    // Product × type: the product column, one per problem type of the week (5), a total column.
    const pivotRight = 15 + 1 + review.byType.length + 1;
    for (const c of plan.charts)
      expect(c.position.column).toBeGreaterThanOrEqual(Math.max(blocksRight, pivotRight));
    const [a, b] = plan.charts.map((c) => c.position);
    expect(overlaps(a!, b!)).toBe(false);
  });

  it("sizes every column to fit its headers and captions, and caps a long product name", () => {
    const long = "超长商品名称：加厚不锈钢保温杯带茶隔大容量男女学生便携水杯 1000ml";
    const specs = WEEK_ORDERS.map((o) => (o.product === "毛巾" ? { ...o, product: long } : o));
    const wide = reviewWeek(input(specs, weekLog()));
    for (const locale of ["zh-CN", "en-US"] as const) {
      const plan = planReviewSheet(wide, DEFAULT_PROBLEM_REASONS, locale, { pivots: true });
      const points = (text: string) => textWidth(text) * 5.6;
      for (const block of plan.blocks)
        block.values[0]!.forEach((header, c) =>
          expect(plan.columnWidths[block.area.column + c]).toBeGreaterThanOrEqual(points(String(header))),
        );
      // Pivot captions: the data name, Excel's "Grand Total", the column field's name.
      for (const p of plan.pivots) {
        expect(plan.columnWidths[p.column]).toBeGreaterThanOrEqual(points("Grand Total"));
        expect(plan.columnWidths[p.column]).toBeGreaterThanOrEqual(points(p.dataName));
      }
      expect(plan.columnWidths[16]).toBeGreaterThanOrEqual(points("问题类型 Problem type"));
      // The product column holds the long name, but only up to 30 characters' width.
      expect(plan.columnWidths[15]).toBeLessThanOrEqual(30 * 5.6 + 9);
      expect(Math.max(...plan.columnWidths)).toBeLessThanOrEqual(34 * 5.6 + 9);
    }
  });

  it("says an empty week has no orders, and a quiet one no problem orders", () => {
    const empty = reviewWeek(input([], [], {}));
    expect(planReviewSheet(empty, DEFAULT_PROBLEM_REASONS, "zh-CN", { pivots: true }).emptyWeek).toBe(
      "本周没有订单：没有新订单、没有状态变动，周末也没有未完成的订单。",
    );
    const quiet = reviewWeek(
      input(
        [WEEK_ORDERS[0]!],
        weekLog().filter((e) => e.orderId === "A1"),
      ),
    );
    expect(quiet.counts.activeOrders).toBe(1);
    expect(planReviewSheet(quiet, DEFAULT_PROBLEM_REASONS, "en-US", { pivots: true }).emptyWeek).toBe(
      "No problem orders this week.",
    );
  });

  it("puts static tables in the pivots' places when the PivotTable API is missing, and says so", () => {
    const plan = planReviewSheet(review, DEFAULT_PROBLEM_REASONS, "zh-CN", { pivots: false });
    expect(plan.pivots).toEqual([]);
    expect(plan.note).toMatch(/ExcelApi 1.8/);
    const statics = plan.blocks.filter((b) => b.id.startsWith("static."));
    expect(statics.map((b) => b.area.column)).toEqual([0, 6, 12, 15]);
    const stage = statics[0]!;
    expect(stage.values[0]).toEqual(["阶段 Stage", "问题数"]);
    expect(stage.values.at(-1)).toEqual(["总计", 7]);
    for (const a of plan.blocks)
      for (const b of plan.blocks) if (a !== b) expect(overlaps(a.area, b.area)).toBe(false);
  });
});
