import type { Grid } from "../../../src/core/grid";
import { DEFAULT_WORKFLOW, proposeStatus, statusVocabulary } from "../../../src/core/lifecycle";

describe("proposeStatus", () => {
  it.each([
    ["待发货", "toProcess", null],
    ["缺货", "onHold", "outOfStock"],
    ["退款中", "afterSales", "refund"],
    ["地址有误", "onHold", "badAddress"],
    ["Waiting stock", "onHold", "outOfStock"],
    ["Label printed", "processing", null],
    ["To pack", "toProcess", null],
    ["Partially shipped", "processing", null],
    ["已发", "shipped", null],
    ["没货", "onHold", "outOfStock"],
    ["买家申请退款", "afterSales", "refund"],
    ["退款成功", "refunded", "refund"],
    ["Return requested", "afterSales", "return"],
    ["Posted", "shipped", null],
    ["Awaiting payment", "awaitingPayment", null],
    ["作废", "cancelled", null],
    // Longer texts: the problem keyword inside decides.
    ["缺货-等供应商", "onHold", "outOfStock"],
    ["地址不全，已联系买家", "onHold", "badAddress"],
    ["包裹破损 补发", "afterSales", "damaged"],
    // The workflow's own labels and a marketplace's status text.
    ["待处理 To process", "toProcess", null],
    ["买家已付款，等待卖家发货", "toProcess", null],
    // Full-width and case do not matter.
    ["ＴＯ ＰＡＣＫ", "toProcess", null],
  ])("reads %s as %s (%s)", (text, status, reason) => {
    expect(proposeStatus(text, DEFAULT_WORKFLOW)).toMatchObject({ status, reason });
  });

  it.each(["小王", "2026-05-20", "ok?", "见备注"])("can not tell what %s means, and says so", (text) => {
    expect(proposeStatus(text, DEFAULT_WORKFLOW)).toEqual({ status: null, reason: null, source: null });
  });

  it("reads a spelling the lead confirmed before any vocabulary", () => {
    const workflow = {
      stages: DEFAULT_WORKFLOW.stages.map((s) => (s.key === "shipped" ? { ...s, spellings: ["走了"] } : s)),
    };
    expect(proposeStatus("走了", workflow)).toMatchObject({ status: "shipped", source: "workflow" });
  });
});

describe("statusVocabulary", () => {
  const column = (values: (string | number | null)[]): Grid => [["状态"], ...values.map((v) => [v])];
  const rows = (grid: Grid) => grid.map((_r, i) => i).slice(1);

  it("lists each distinct trimmed text with its row count, most frequent first", () => {
    const grid = column(["待发货", " 缺货", "待发货", "退款中", "缺货 ", "待发货", null, ""]);
    const { words, issue } = statusVocabulary({
      grid,
      dataRows: rows(grid),
      column: 0,
      workflow: DEFAULT_WORKFLOW,
    });
    expect(issue).toBeNull();
    expect(words.map((w) => [w.value, w.count, w.status, w.reason])).toEqual([
      ["待发货", 3, "toProcess", null],
      ["缺货", 2, "onHold", "outOfStock"],
      ["退款中", 1, "afterSales", "refund"],
    ]);
  });

  it("reports an empty status column", () => {
    const grid = column([null, "", "  "]);
    expect(
      statusVocabulary({ grid, dataRows: rows(grid), column: 0, workflow: DEFAULT_WORKFLOW }).issue,
    ).toEqual({
      kind: "emptyColumn",
    });
  });

  it("refuses to read a column of dates as statuses, proposing nothing", () => {
    const grid = column([46160, "2026-05-21", "2026/5/22", 46163, "待发货"]);
    const result = statusVocabulary({ grid, dataRows: rows(grid), column: 0, workflow: DEFAULT_WORKFLOW });
    expect(result.issue).toEqual({ kind: "notStatuses", rows: 4 });
    expect(result.words.every((w) => w.status === null)).toBe(true);
  });

  it("flags 200 distinct texts as free text but still lists them", () => {
    const grid = column(Array.from({ length: 200 }, (_v, i) => `客户说 ${i}`));
    const result = statusVocabulary({ grid, dataRows: rows(grid), column: 0, workflow: DEFAULT_WORKFLOW });
    expect(result.issue).toEqual({ kind: "tooMany", distinct: 200 });
    expect(result.words).toHaveLength(200);
  });
});
