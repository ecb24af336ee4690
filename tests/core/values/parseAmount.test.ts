import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { parseAmount, parseInteger } from "../../../src/core/values";

describe("parseAmount", () => {
  it.each<[CellValue, number, string | undefined]>([
    [12.5, 12.5, undefined],
    ["1234.50", 1234.5, undefined],
    ["¥1,234.50", 1234.5, "CNY"],
    ["￥12", 12, "CNY"],
    ["$90.00", 90, undefined],
    ["US $90.00", 90, "USD"],
    ["AU $3,000.00", 3000, "AUD"],
    ["EUR 90,00", 90, "EUR"],
    ["1.234,56 €", 1234.56, "EUR"],
    ["1 234,56", 1234.56, undefined],
    ["12元", 12, "CNY"],
    ["0元", 0, "CNY"],
    ["(12.00)", -12, undefined],
    ["-12.00", -12, undefined],
    ["-¥12.00", -12, "CNY"],
    ["１２３．４５", 123.45, undefined],
    ["1,234,567", 1234567, undefined],
    ["RMB 88", 88, "CNY"],
    ["无退款申请", 0, undefined],
    [".5", 0.5, undefined],
  ])("reads %p as %p", (value, amount, currency) => {
    const parsed = parseAmount(value);
    expect(parsed).toEqual(
      currency === undefined ? { kind: "ok", amount } : { kind: "ok", amount, currency },
    );
  });

  it.each<CellValue>(["12,5", "1,23,456", "abc", "12.3.4", "¥", "$12 EUR 3", true, "1.2.3,4"])(
    "refuses %p",
    (value) => {
      expect(parseAmount(value).kind).toBe("invalid");
    },
  );

  it.each<CellValue>([null, "", "-", "--", "无"])("reads %p as empty", (value) => {
    expect(parseAmount(value)).toEqual({ kind: "empty" });
  });

  it("reads back any amount written with thousands separators and two decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_99 }),
        fc.constantFrom("", "¥", "$", "EUR "),
        (cents, mark) => {
          const whole = Math.floor(cents / 100).toLocaleString("en-US");
          const text = `${mark}${whole}.${String(cents % 100).padStart(2, "0")}`;
          const parsed = parseAmount(text);
          expect(parsed.kind === "ok" ? Math.round(parsed.amount * 100) : parsed).toBe(cents);
        },
      ),
    );
  });

  it("reads back any amount written the European way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_99 }), (cents) => {
        const whole = Math.floor(cents / 100)
          .toLocaleString("en-US")
          .replace(/,/g, ".");
        const parsed = parseAmount(`${whole},${String(cents % 100).padStart(2, "0")}`);
        expect(parsed.kind === "ok" ? Math.round(parsed.amount * 100) : parsed).toBe(cents);
      }),
    );
  });
});

describe("parseInteger", () => {
  it.each<[CellValue, number]>([
    [2, 2],
    ["2", 2],
    ["2件", 2],
    ["2.0", 2],
    ["3 pcs", 3],
    ["x2", 2],
    ["1,200", 1200],
    ["０", 0],
  ])("reads %p as %p", (value, expected) => {
    expect(parseInteger(value)).toEqual({ kind: "ok", value: expected });
  });

  it.each<CellValue>([2.5, "2.5", "two", "1,20", true, "2件3"])("refuses %p", (value) => {
    expect(parseInteger(value).kind).toBe("invalid");
  });

  it.each<CellValue>([null, "", "-"])("reads %p as empty", (value) => {
    expect(parseInteger(value)).toEqual({ kind: "empty" });
  });
});
