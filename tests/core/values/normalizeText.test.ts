import type { CellValue } from "../../../src/core/grid";
import { isEmptyMarker, isMasked, normalizeText } from "../../../src/core/values";

describe("isEmptyMarker", () => {
  it.each<[CellValue, boolean]>([
    [null, true],
    ["", true],
    ["   ", true],
    ["-", true],
    ["--", true],
    ["－", true],
    ["无", true],
    ["null", true],
    ["NULL", true],
    ["N/A", false],
    ["none", false],
    ["0", false],
    [0, false],
    [false, false],
    ["无售后或售后取消", false],
    ["---", false],
  ])("reads %p as empty: %p", (value, expected) => {
    expect(isEmptyMarker(value)).toBe(expected);
  });
});

describe("isMasked", () => {
  it.each<[CellValue, boolean]>([
    ["****", true],
    ["1******6198", true],
    ["张**", true],
    ["张*", true],
    ["##密文", true],
    ["$$密文", true],
    ["#Ab3kLmN0pQ#", false],
    ["13925130165", false],
    ["浙江省", false],
    ["Tracking Number*", false],
    [1234, false],
    [null, false],
  ])("reads %p as masked: %p", (value, expected) => {
    expect(isMasked(value)).toBe(expected);
  });
});

describe("normalizeText", () => {
  it.each<[CellValue, ReturnType<typeof normalizeText>]>([
    [" 浙江省 杭州市 ", { kind: "ok", text: "浙江省 杭州市" }],
    ["'13925130165", { kind: "ok", text: "13925130165" }],
    ['="SKU-01"', { kind: "ok", text: "SKU-01" }],
    ["-", { kind: "empty" }],
    ["无", { kind: "empty" }],
    ['=""', { kind: "empty" }],
    ["****", { kind: "masked", raw: "****" }],
    [" ##密文 ", { kind: "masked", raw: "##密文" }],
    [13925130165, { kind: "ok", text: "13925130165" }],
  ])("normalises %p", (value, expected) => {
    expect(normalizeText(value)).toEqual(expected);
  });
});
