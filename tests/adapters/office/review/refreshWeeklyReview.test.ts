import { refreshWeeklyReview } from "../../../../src/adapters/office/review";
import { ACTIVITY_SHEET } from "../../../../src/core/plan";
import { createFakeExcel } from "../../../fakeExcel";
import type { FakeExcelHost } from "../../../fakeExcel";
import { NOW, W47 } from "../../../core/review/builders";
import { HEADER, seedWorkbook } from "./fixtures";

const refresh = (week = W47, locale: "zh-CN" | "en-US" = "en-US") =>
  refreshWeeklyReview({ week, now: NOW, utcOffsetMinutes: 480, locale });

const REVIEW = "周复盘 Weekly review";

/** The review sheet as a flat list of its non-empty rows, for finding blocks by their first cell. */
function rowsStartingWith(host: FakeExcelHost, sheet: string, first: string) {
  return host.sheetValues(sheet).filter((row) => row.includes(first));
}

describe("refreshWeeklyReview on the strict fake", () => {
  let host: FakeExcelHost;
  let restore: () => void;
  beforeEach(() => ({ host, restore } = seedWorkbook()));
  afterEach(() => restore());

  it("returns the week, its KPIs and the problem count", async () => {
    const result = await refresh();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({
      week: W47,
      from: 46342,
      to: 46348,
      sheetName: REVIEW,
      summaries: "pivotTables",
      problemCount: 7,
    });
    expect(result.value.kpis.find((k) => k.key === "problemOrders")?.value).toBe(5);
  });

  it("writes the Problems table, one row per problem, ids as text", async () => {
    await refresh();
    const table = host.tables().find((t) => t.name === "OrderFlowProblems");
    expect(table?.address).toBe("'问题订单 Problems'!A1:L8");
    const values = host.sheetValues("问题订单 Problems");
    expect(values[0]).toEqual([
      "周 Week",
      "平台 Platform",
      "订单号 Order",
      "商品 Product",
      "SKU",
      "客户 Customer",
      "阶段 Stage",
      "问题类型 Problem type",
      "负责人 Owner",
      "逾期天数 Days late",
      "发生时间 Time",
      "订单表行 Sheet row",
    ]);
    expect(values.slice(1).map((r) => [r[2], r[6], r[7], r[9], r[11]])).toEqual([
      ["A3", "To process", "Out of stock", "", 5],
      ["A3", "On hold", "Late", 4.5, 5],
      ["A8", "After-sales", "Refund", "", 10],
      ["A2", "Picking & packing", "Late", 1, 4],
      ["A4", "After-sales", "Damaged", "", 6],
      ["A7", "Shipped", "Illegal move", "", 9],
      ["A7", "To process", "Late", 0.58, 9],
    ]);
    expect(host.cell("问题订单 Problems", "C2").numberFormat).toBe("@");
  });

  it("builds four PivotTables on the Problems table, by header text, counting orders, captioned in the sheet's language", async () => {
    await refresh(W47, "zh-CN");
    const caption = host.pivots().map((p) => [p.data[0]?.name, p.layoutType]);
    expect(caption).toEqual(Array.from({ length: 4 }, () => ["问题数", "Tabular"]));
    await refresh();
    const pivots = host.pivots();
    expect(pivots.map((p) => [p.name, p.rows, p.columns, p.data.map((d) => d.summarizeBy)])).toEqual([
      ["OrderFlowPivotStage", ["阶段 Stage"], [], ["Count"]],
      ["OrderFlowPivotOwner", ["负责人 Owner"], [], ["Count"]],
      ["OrderFlowPivotCustomer", ["客户 Customer"], [], ["Count"]],
      ["OrderFlowPivotProductType", ["商品 Product"], ["问题类型 Problem type"], ["Count"]],
    ]);
    for (const p of pivots) expect(p.sheet).toBe(REVIEW);
    const stage = pivots[0]!;
    expect(host.sheetValues(REVIEW, stage.address!.split("!")[1])).toEqual([
      ["阶段 Stage", "Problems"],
      ["After-sales", 2],
      ["On hold", 1],
      ["Picking & packing", 1],
      ["Shipped", 1],
      ["To process", 2],
      ["Grand Total", 7],
    ]);
  });

  it("writes the KPI block with yardsticks and colours the marks", async () => {
    await refresh();
    const late = rowsStartingWith(host, REVIEW, "Late shipment rate")[0]!;
    expect(late.slice(0, 4)).toEqual(["Late shipment rate", 0.5, "< 4%", "✘ missed"]);
    expect(host.cell(REVIEW, "D11").fontColor.toUpperCase()).toBe("#C00000");
    expect(host.cell(REVIEW, "B11").numberFormat).toBe("0.0%");
  });

  it("sets every column's width so headers and captions fit, the pivots' first columns included", async () => {
    await refresh();
    const stage = host.pivots()[0]!;
    const column = stage.address!.split("!")[1]!.replace(/\d.*/u, "");
    expect(column).toBe("A");
    // "Grand Total" (11 characters) and "Late shipment rate" fit in column A; nothing is left at 48 pt.
    expect(host.columnWidth(REVIEW, 0)).toBeGreaterThanOrEqual(18 * 5.6);
    expect(host.columnWidth(REVIEW, 4)).toBeGreaterThan(48);
  });

  it("says so when the week has no orders at all", async () => {
    await refresh({ year: 2026, week: 30 });
    expect(String(host.sheetValues(REVIEW)[2]![0])).toBe(
      "No orders this week: nothing was ordered or moved, and nothing was open at the week's end.",
    );
  });

  it("adds the two bar charts and the trend line, each once, however often it refreshes", async () => {
    await refresh();
    await refresh();
    await refresh({ year: 2026, week: 48 });
    await refresh();
    expect(host.charts(REVIEW).map((c) => [c.name, c.chartType])).toEqual([
      ["OrderFlowChartByType", "BarClustered"],
      ["OrderFlowChartStageMedian", "BarClustered"],
    ]);
    expect(host.charts("周指标 Weekly KPIs").map((c) => [c.name, c.chartType, c.sourceAddress])).toEqual([
      ["OrderFlowChartTrend", "Line", "'周指标 Weekly KPIs'!A1:B3"],
    ]);
    expect(host.pivots()).toHaveLength(4);
    expect(
      host
        .tables()
        .filter((t) => t.name.startsWith("OrderFlow"))
        .map((t) => t.name)
        .sort(),
    ).toEqual(["OrderFlowActivity", "OrderFlowProblems", "OrderFlowWeeklyKpis"]);
  });

  it("keeps one KPI history row per week, replacing a week refreshed again", async () => {
    await refresh();
    await refresh({ year: 2026, week: 48 });
    await refresh();
    const history = host.sheetValues("周指标 Weekly KPIs");
    expect(history.map((r) => r[0])).toEqual(["周 Week", "2026-W47", "2026-W48"]);
    expect(history[1]![1]).toBeCloseTo(5 / 9, 10);
  });

  it("looks up the log and its own objects in readOrderSheet's round trips, not in syncs of its own", async () => {
    await refresh();
    host.stats.reset();
    await refresh();
    // readOrderSheet's own syncs, then one for the preconditions, one per log chunk, one to take down
    // the last refresh, one per table written and the last one (was 15 when the lookups synced alone).
    expect(host.stats.syncs).toBeLessThanOrEqual(12);
  });

  it("leaves the order sheet and the log exactly as they were", async () => {
    const orders = host.snapshot("Orders");
    const log = host.snapshot(ACTIVITY_SHEET);
    await refresh();
    await refresh();
    expect(host.snapshot("Orders")).toEqual(orders);
    expect(host.snapshot(ACTIVITY_SHEET)).toEqual(log);
  });

  it("reviews the last complete week when none is given", async () => {
    const result = await refreshWeeklyReview({ now: NOW, utcOffsetMinutes: 480, locale: "zh-CN" });
    expect(result.ok && result.value.week).toEqual(W47);
    expect(host.sheetValues(REVIEW)[0]![0]).toBe("每周问题订单复盘 2026-W47（2026-11-16 至 2026-11-22）");
  });

  it("puts static summary tables in the pivots' places below ExcelApi 1.8, and says so", async () => {
    host.setRequirementSet("ExcelApi", "1.7");
    const result = await refresh();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.summaries).toBe("staticTables");
    expect(host.pivots()).toEqual([]);
    expect(String(host.sheetValues(REVIEW)[2]![0])).toMatch(/ExcelApi 1\.8/);
    const stageTotal = rowsStartingWith(host, REVIEW, "阶段 Stage")[0]!;
    expect(stageTotal.slice(0, 2)).toEqual(["阶段 Stage", "Problems"]);
    expect(
      host
        .sheetValues(REVIEW)
        .filter((r) => r[0] === "Grand Total")[0]!
        .slice(0, 2),
    ).toEqual(["Grand Total", 7]);
  });

  it("refuses a protected review sheet before writing anything", async () => {
    await refresh();
    const before = host.snapshot("问题订单 Problems");
    host.protectSheet(REVIEW);
    const result = await refresh({ year: 2026, week: 48 });
    expect(result).toEqual({ ok: false, error: { kind: "protectedSheet", sheet: REVIEW } });
    expect(host.snapshot("问题订单 Problems")).toEqual(before);
  });

  it("says the workbook is not set up when no order sheet was recorded", async () => {
    restore();
    host = createFakeExcel();
    host.workbook.addSheet("Orders", [HEADER]);
    restore = host.install();
    expect(await refresh()).toEqual({ ok: false, error: { kind: "notSetUp" } });
  });
});

describe("refreshWeeklyReview on logs old and new", () => {
  /** The review sheets and the result of one refresh of a workbook whose log is written one way. */
  async function reviewOf(log: "keys" | "labels") {
    const { host, restore } = seedWorkbook(log);
    try {
      const result = await refresh();
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return {
        fields: host.sheetValues(ACTIVITY_SHEET).map((r) => r[3]),
        kpis: result.value.kpis,
        problems: host.sheetValues("问题订单 Problems"),
        review: host.sheetValues(REVIEW),
      };
    } finally {
      restore();
    }
  }

  it("reads a log of labels (状态 Status) exactly as one of keys (status)", async () => {
    const old = await reviewOf("keys");
    const labelled = await reviewOf("labels");
    expect(old.fields.slice(1)).toContain("status");
    expect(labelled.fields.slice(1)).toContain("状态 Status");
    expect(labelled.fields).not.toContain("status");
    expect(labelled.problems).toEqual(old.problems);
    expect(labelled.kpis).toEqual(old.kpis);
    expect(labelled.review).toEqual(old.review);
    // The week's log has moves and a problem: a reader that missed the labels would find none.
    expect(labelled.kpis.find((k) => k.key === "problemOrders")?.value).toBe(5);
    expect(labelled.problems).toHaveLength(8);
  });
});
