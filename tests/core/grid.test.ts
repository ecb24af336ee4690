import { cellText, columnLetter, isBlankCell } from "../../src/core/grid";

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
