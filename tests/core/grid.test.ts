import { cellText, columnLetter, isBlankCell, quoteSheet } from "../../src/core/grid";

describe("grid", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("names column %i as %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it("treats null, empty and white space as blank but not zero or false", () => {
    expect([null, "", "  \t", 0, false, "x"].map((v) => isBlankCell(v))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("reads a cell as trimmed text", () => {
    expect([null, " a ", 12, true].map((v) => cellText(v))).toEqual(["", "a", "12", "true"]);
  });
});

describe("quoteSheet", () => {
  it.each([
    ["Orders", "Orders"],
    ["Orders_2026", "Orders_2026"],
    ["My orders", "'My orders'"],
    ["订单", "'订单'"],
    ["Q1", "'Q1'"],
    ["R1C1", "'R1C1'"],
    ["2026", "'2026'"],
    ["Bob's", "'Bob''s'"],
  ])("writes %s as %s", (sheet, quoted) => {
    expect(quoteSheet(sheet)).toBe(quoted);
  });
});
