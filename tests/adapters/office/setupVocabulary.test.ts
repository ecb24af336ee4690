import { createOfficeWorkbookPort } from "../../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import type { SeedCell } from "../../fakeExcel";
import type { FakeExcelHost } from "../../fakeExcel";
import { makeHost, NOW, OFFSET } from "./fixtures";

/** A team's own sheet with its status words, a duplicate and an id Excel destroyed. */
const TEAM: SeedCell[][] = [
  ["订单号", "宝贝", "买家ID", "处理状态", "跟单客服"],
  ["260520-01", "保温杯", "pdd_1", "待发货", "小王"],
  ["260520-02", "杯套", "pdd_2", "缺货", "小李"],
  ["260520-03", "保温杯", "pdd_3", "退款中", "小王"],
  ["260520-01", "保温杯", "pdd_1", "待发货", "小王"],
  [3.51531e16, "杯刷", "pdd_4", "已发货", "小李"],
];
const WORDS = [
  { value: "待发货", status: "toProcess" },
  { value: "缺货", status: "onHold" },
  { value: "退款中", status: "afterSales" },
];

describe("onboarding on the team's own words (strict fake)", () => {
  let host: FakeExcelHost;
  let restore: () => void;
  beforeEach(() => ({ host, restore } = makeHost(TEAM)));
  afterEach(() => restore());

  it("proposes a status and a reason for every word of the status column", async () => {
    const inspection = await createOfficeWorkbookPort().inspectSheet();
    if (!inspection.ok) throw new Error(JSON.stringify(inspection.error));
    expect(inspection.value.labels).toBe("zh-CN");
    expect(inspection.value.statuses?.words.map((w) => [w.value, w.count, w.status, w.reason])).toEqual([
      ["待发货", 2, "toProcess", null],
      ["缺货", 1, "onHold", "outOfStock"],
      ["退款中", 1, "afterSales", "refund"],
      ["已发货", 1, "shipped", null],
    ]);
  });

  it("after confirming, a check finds no invalid status, and the report's counts are what the check finds", async () => {
    const port = createOfficeWorkbookPort();
    const setup = await port.setupSheet(undefined, { vocabulary: WORDS });
    if (!setup.ok) throw new Error(JSON.stringify(setup.error));
    expect(host.sheetValues("Orders", "D2:D6").map((r) => r[0])).toEqual([
      "待发货",
      "缺货",
      "退款中",
      "待发货",
      "已发货",
    ]);
    const check = await port.checkSheet();
    if (!check.ok) throw new Error(JSON.stringify(check.error));
    const kinds = check.value.problems.map((p) => p.kind);
    expect(kinds).not.toContain("invalidStatus");
    expect(setup.value.report.duplicates).toHaveLength(kinds.filter((k) => k === "duplicateOrder").length);
    expect(setup.value.report.corruptedIds).toHaveLength(kinds.filter((k) => k === "idCorrupted").length);
    expect(setup.value.report.duplicates.length).toBe(1);
  });

  it("rewrites to standard labels only when asked, and logs every rewrite on the Activity sheet", async () => {
    const port = createOfficeWorkbookPort();
    const setup = await port.setupSheet(undefined, { vocabulary: WORDS, rewrite: true });
    if (!setup.ok) throw new Error(JSON.stringify(setup.error));
    expect(host.sheetValues("Orders", "D2:D6").map((r) => r[0])).toEqual([
      "待处理",
      "异常",
      "售后中",
      "待处理",
      "已发货",
    ]);
    const log = host
      .sheetValues("Activity")
      .slice(1)
      .filter((r) => r[0] !== "" && r[0] !== null);
    expect(log.map((r) => [r[1], r[3], r[4], r[5], r[7]])).toEqual([
      ["260520-01", "状态 Status", "待发货", "待处理", "设置 Setup"],
      ["260520-02", "状态 Status", "缺货", "异常", "设置 Setup"],
      ["260520-03", "状态 Status", "退款中", "售后中", "设置 Setup"],
      ["260520-01", "状态 Status", "待发货", "待处理", "设置 Setup"],
    ]);
  });

  it("refuses a mapping without an order id before writing anything", async () => {
    const port = createOfficeWorkbookPort();
    const before = host.workbook.sheetNames();
    const setup = await port.setupSheet({ orderId: null });
    expect(setup.ok).toBe(false);
    if (setup.ok) return;
    expect(setup.error.kind).toBe("setupRefused");
    expect(host.workbook.sheetNames()).toEqual(before);
    expect(host.sheetValues("Orders")[0]).toEqual(TEAM[0]);
  });

  it("writes words confirmed later into the existing settings sheet's lifecycle table", async () => {
    const port = createOfficeWorkbookPort();
    const first = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const before = await port.checkSheet();
    expect(before.ok && before.value.problems.filter((p) => p.kind === "invalidStatus")).toHaveLength(4);
    const again = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET, choices: { vocabulary: WORDS } });
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    const after = await port.checkSheet();
    if (!after.ok) throw new Error(JSON.stringify(after.error));
    expect(after.value.problems.map((p) => p.kind)).not.toContain("invalidStatus");
    expect(host.tables().filter((t) => t.name === "OrderFlowLifecycle")).toHaveLength(1);
  });
});
