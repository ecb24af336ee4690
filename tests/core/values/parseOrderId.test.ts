import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { parseOrderId } from "../../../src/core/values";

describe("parseOrderId", () => {
  it.each<[string, CellValue, string]>([
    ['Taobao ="…"', '="35153131473293579"', "35153131473293579"],
    ["a leading apostrophe", "'13925130165", "13925130165"],
    ["a Douyin leading TAB", "\t6917926768823643751", "6917926768823643751"],
    ["a TikTok trailing TAB", "583870900000000001\t", "583870900000000001"],
    ["surrounding quotes and spaces", ' "112-9739103-0000001" ', "112-9739103-0000001"],
    ['a TAB inside ="…"', '="\t6917926768823643751"', "6917926768823643751"],
    ["a PDD id with its date prefix", "230514-123456789012345", "230514-123456789012345"],
    ["an alphanumeric Shopee id", "250730ABC1DEFG", "250730ABC1DEFG"],
    ["a Shopify name", "#1001", "#1001"],
    ["full-width digits", "１２３４５", "12345"],
    ["a 15-digit number", 351531314732935, "351531314732935"],
    ["a small number", 1001, "1001"],
  ])("reads %s as text", (_label, value, text) => {
    expect(parseOrderId(value)).toEqual({ kind: "ok", text });
  });

  it.each<CellValue>([null, "", "  ", "-", "--", "无", "null", '=""', "\t"])("reads %p as empty", (value) => {
    expect(parseOrderId(value)).toEqual({ kind: "empty" });
  });

  it.each<[CellValue, string]>([
    ["3.51531E+16", "3.51531E+16"],
    ["4E+16", "4E+16"],
    ["6.91793e18", "6.91793e18"],
    ['="3.51531E+16"', "3.51531E+16"],
  ])("flags %p as scientific notation instead of guessing", (value, raw) => {
    expect(parseOrderId(value)).toEqual({ kind: "corrupted", raw, reason: "scientific" });
  });

  it.each<[number, string]>([
    [Number("35153131473293579"), "35153131473293580"], // what Excel keeps of a 17-digit id
    [1234567890123456, "1234567890123456"],
    [35153131473293500, "35153131473293500"],
    [1.5e20, "150000000000000000000"],
    [1e15 + 0.5, "1000000000000000.5"],
  ])("flags the number %p as precision lost", (value, raw) => {
    expect(parseOrderId(value)).toEqual({ kind: "corrupted", raw, reason: "precisionLost" });
  });

  it("keeps any digit string of up to 15 digits, whatever wrapper an export put around it", () => {
    const wrappers = [
      (s: string) => `="${s}"`,
      (s: string) => `'${s}`,
      (s: string) => `\t${s}`,
      (s: string) => `${s}\t`,
      (s: string) => ` "${s}" `,
    ];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,15}$/),
        fc.integer({ min: 0, max: wrappers.length - 1 }),
        (digits, w) => {
          const wrapped = wrappers[w]!(digits);
          expect(parseOrderId(wrapped)).toEqual({ kind: "ok", text: digits });
        },
      ),
    );
  });

  it("keeps any safe integer of up to 15 digits as its decimal text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (n) => {
        expect(parseOrderId(n)).toEqual({ kind: "ok", text: String(n) });
      }),
    );
  });
});
