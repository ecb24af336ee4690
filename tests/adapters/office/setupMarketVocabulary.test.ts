import { createOfficeWorkbookPort } from "../../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { makeHost, NOW, OFFSET } from "./fixtures";

describe("a pasted export with only the marketplace's 订单状态, on the strict fake", () => {
  it("inspection offers its statuses; setup adds the status column seeded from the lead's choices, 订单状态 untouched", async () => {
    const { host, restore } = makeHost();
    try {
      const inspected = await createOfficeWorkbookPort().inspectSheet();
      if (!inspected.ok) throw new Error(JSON.stringify(inspected.error));
      expect(inspected.value.columns.some((c) => c.field === "status")).toBe(false);
      const words = inspected.value.statuses?.words ?? [];
      expect(words.map((w) => [w.value, w.status])).toEqual([
        ["买家已付款，等待卖家发货", "toProcess"],
        ["卖家已发货，等待买家确认", "shipped"],
        ["交易成功", "completed"],
        ["等待买家付款", "awaitingPayment"],
      ]);
      const marketBefore = host.sheetValues("Orders", "D3:D6");
      const vocabulary = words.map((w) => ({
        value: w.value,
        status: w.value === "交易成功" ? "afterSales" : w.status!,
      }));
      const result = await setupSheet({
        now: NOW,
        utcOffsetMinutes: OFFSET,
        choices: { vocabulary, labels: "zh-CN", addStatusColumn: true },
      });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const header = host.sheetValues("Orders", "A2:Z2")[0]!;
      const status = header.indexOf("状态 Status");
      expect(status).toBeGreaterThan(5);
      const seeded = host
        .sheetValues("Orders")
        .slice(2, 6)
        .map((row) => row[status]);
      expect(seeded).toEqual(["待处理", "已发货", "售后中", "待付款"]);
      expect(host.sheetValues("Orders", "D3:D6")).toEqual(marketBefore);
    } finally {
      restore();
    }
  });
});
