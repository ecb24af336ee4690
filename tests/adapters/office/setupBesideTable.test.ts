import { setupSheet } from "../../../src/adapters/office/setupSheet";
import type { SeedCell } from "../../fakeExcel";
import { makeHost, NOW, OFFSET, TAOBAO } from "./fixtures";

/** The export as the user's own table A1:F5, and their stock count beside it in H1:H7 (longer than the table). */
function besideSeed(): SeedCell[][] {
  const rows = TAOBAO.slice(1).map((row) => [...row, null, null]);
  const side = ["周五盘点", "杯子 12", "锅 3", "线 40", "耳机 7", "杯盖 9", "合计 71"];
  while (rows.length < side.length) rows.push([null, null, null, null, null, null, null, null]);
  side.forEach((text, i) => (rows[i]![7] = text));
  return rows;
}

describe("setup adding columns to the user's table with their data beside it (Excel shifts those cells)", () => {
  it("refuses before writing, naming the cells to move, rather than let Excel tear the user's block apart", async () => {
    const { host, restore } = makeHost(besideSeed());
    try {
      host.workbook.addTable("Orders", "A1:F5", "MyOrders");
      const before = host.snapshot("Orders");
      const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
      expect(result.ok).toBe(false);
      const text = JSON.stringify(result.ok ? null : result.error);
      expect(text).toContain("H1:H5");
      expect(text).toContain("MyOrders");
      expect(host.snapshot("Orders")).toEqual(before);
      expect(host.sheetValues("Orders", "H1:H7").map((r) => r[0])).toEqual([
        "周五盘点",
        "杯子 12",
        "锅 3",
        "线 40",
        "耳机 7",
        "杯盖 9",
        "合计 71",
      ]);
    } finally {
      restore();
    }
  });

  it("grows the table as before when nothing is beside it in its rows (data below the table stays put)", async () => {
    const rows = besideSeed().map((row, i) => (i < 5 ? row.slice(0, 6) : row));
    const { host, restore } = makeHost(rows);
    try {
      host.workbook.addTable("Orders", "A1:F5", "MyOrders");
      const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(host.tables().find((t) => t.name === "MyOrders")?.address).toBe("Orders!A1:M5");
      expect(host.sheetValues("Orders", "H6:H7")).toEqual([["杯盖 9"], ["合计 71"]]);
    } finally {
      restore();
    }
  });
});
