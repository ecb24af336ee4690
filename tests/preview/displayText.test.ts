import { displayText } from "./displayText";

describe("displayText", () => {
  it("shows numbers and dates through their number format, as Excel does", () => {
    expect(displayText(46352.5, "yyyy-mm-dd hh:mm").text).toBe("2026-11-26 12:00");
    expect(displayText(1234.5, "#,##0.00").text).toBe("1,234.50");
    expect(displayText(0.256, "0.0%").text).toBe("25.6%");
  });

  it("shows General numbers with Excel's 11 significant digits and scientific notation", () => {
    expect(displayText(35000000000000000, "General").text).toBe("3.5E+16");
    expect(displayText(1 / 3, "General").text).toBe("0.333333333");
    expect(displayText(42, "").text).toBe("42");
  });

  it("keeps text as typed and shows booleans in capitals", () => {
    expect(displayText("00123", "@").text).toBe("00123");
    expect(displayText("待处理 To process", "General").text).toBe("待处理 To process");
    expect(displayText(true, "General").text).toBe("TRUE");
    expect(displayText("", "0.00").text).toBe("");
  });

  it("reports the colour a format section asks for", () => {
    const shown = displayText(-5, "0;[Red]-0");
    expect(shown.text).toBe("-5");
    expect(shown.color).toBeDefined();
    expect(displayText(5, "0;[Red]-0").color).toBeUndefined();
  });
});
