import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { textWidthPoints } from "../../../src/core/plan/columnWidths";
import { makeHost, NOW, OFFSET } from "./fixtures";

describe("setup on the strict fake: widths of the added columns", () => {
  it("widens every column it adds so a date-time shows whole, and leaves the team's columns alone", async () => {
    const { host, restore } = makeHost();
    try {
      const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const widths = new Map((host.snapshot("Orders") as { columnWidths: [number, number][] }).columnWidths);
      const header = host.sheetValues("Orders")[1]!.map(String);
      const due = header.indexOf("截止 Due");
      const since = header.indexOf("状态时间 Status since");
      // The fake shows Excel's default 48 pt for a column never set: too narrow for `2026-11-25 09:00`.
      expect(textWidthPoints("2026-11-25 09:00")).toBeGreaterThan(48);
      for (const column of [due, since])
        expect(widths.get(column)).toBeGreaterThanOrEqual(textWidthPoints("2026-11-25 09:00"));
      for (let column = 6; column < header.length; column++)
        expect(widths.get(column)).toBeGreaterThanOrEqual(textWidthPoints(header[column]!));
      // The six columns the team had keep their widths.
      for (let column = 0; column < 6; column++) expect(widths.has(column)).toBe(false);
    } finally {
      restore();
    }
  });
});
