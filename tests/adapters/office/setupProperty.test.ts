import fc from "fast-check";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import type { SeedCell } from "../../fakeExcel";
import { createFakeExcel } from "../../fakeExcel";
import { NOW, OFFSET } from "./fixtures";

/** A user's cell: a value, a formula or nothing, sometimes with a number format, a fill or bold text. */
const userCell: fc.Arbitrary<SeedCell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 5 }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.record({
    value: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
    numberFormat: fc.constantFrom("General", "0.00", "@", "yyyy-mm-dd"),
    fill: fc.constantFrom(null, "#FFFF00", "#C6EFCE"),
    bold: fc.boolean(),
  }),
  fc.record({ formula: fc.constantFrom("=1+1", "=NOW()", '="x"'), value: fc.constant(0) }),
);

describe("setupSheet is non-destructive (property, on the strict fake)", () => {
  it("leaves every original cell's value, formula and format unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(userCell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (cells, withStatus) => {
          const header: SeedCell[] = ["订单号", "商品", withStatus ? "状态" : "备注", "金额", "数量", "留言"];
          const rows = cells.map((row, i): SeedCell[] => [`${9000 + i}`, ...row.slice(1)]);
          const host = createFakeExcel();
          host.workbook.addSheet("Orders", [header, ...rows]);
          const restore = host.install();
          try {
            const address = `A1:F${rows.length + 1}`;
            const before = {
              formulas: host.sheetFormulas("Orders", address),
              formats: host.sheetFormats("Orders", address),
            };
            const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
            expect(result.ok).toBe(true);
            // Setup promises one change to existing cells: an empty status cell gets a status.
            const promised = (grid: unknown[][]) =>
              grid.map((row, r) =>
                row.map((cell, c) =>
                  withStatus && c === 2 && r > 0 && before.formulas[r]![2] === "" ? "(status)" : cell,
                ),
              );
            expect(promised(host.sheetFormulas("Orders", address))).toEqual(promised(before.formulas));
            const after = host.sheetFormats("Orders", address);
            expect(after.numberFormat).toEqual(before.formats.numberFormat);
            expect(after.fill).toEqual(before.formats.fill);
            expect(after.bold).toEqual(before.formats.bold);
          } finally {
            restore();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
