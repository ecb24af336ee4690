import { formatTags, parseTags } from "../../../src/core/tags";

describe("parseTags", () => {
  it.each([
    [null, []],
    ["", []],
    ["   ", []],
    ["加急", ["加急"]],
    ["加急,VIP", ["加急", "VIP"]],
    ["加急，VIP、定制;贺卡；预售 补发", ["加急", "VIP", "定制", "贺卡", "预售", "补发"]],
    ["加急\u3000VIP", ["加急", "VIP"]],
    ["加急\tVIP\n定制", ["加急", "VIP", "定制"]],
    [" ,, 加急 ,、 ", ["加急"]],
    ["#加急 #VIP", ["加急", "VIP"]],
    ["＃加急", ["加急"]],
    ["VIP, vip, Vip", ["VIP"]],
    ["加急 加急", ["加急"]],
    ["ＶＩＰ", ["VIP"]],
    ["urgent, 加急", ["urgent", "加急"]],
    [42, ["42"]],
  ] as const)("reads %j as %j", (cell, names) => {
    expect(parseTags(cell)).toEqual(names);
  });
});

describe("formatTags", () => {
  it("joins names with a comma and a space", () => {
    expect(formatTags(["加急", "VIP"])).toBe("加急, VIP");
    expect(formatTags([])).toBe("");
  });

  it("writes what parseTags reads back", () => {
    const names = ["加急", "VIP", "gift-note"];
    expect(parseTags(formatTags(names))).toEqual(names);
  });
});
