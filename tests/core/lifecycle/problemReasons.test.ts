import { DEFAULT_PROBLEM_REASONS, findProblemReason } from "../../../src/core/lifecycle";

describe("DEFAULT_PROBLEM_REASONS", () => {
  it("lists the eleven reasons of docs/DESIGN.md in order", () => {
    expect(DEFAULT_PROBLEM_REASONS.map((r) => `${r.label["zh-CN"]}|${r.label["en-US"]}`)).toEqual([
      "缺货|Out of stock",
      "地址不详|Bad address",
      "错发|Wrong item",
      "漏发|Missing item",
      "破损|Damaged",
      "延迟|Late",
      "投诉|Complaint",
      "退款|Refund",
      "退货|Return",
      "换货|Exchange",
      "其他|Other",
    ]);
  });
});

describe("findProblemReason", () => {
  it.each([
    ["缺货", "outOfStock"],
    ["out of stock", "outOfStock"],
    [" Bad Address ", "badAddress"],
    ["地址不详 Bad address", "badAddress"],
    ["wrongItem", "wrongItem"],
    ["其他", "other"],
  ])("finds %j as %s", (text, key) => {
    expect(findProblemReason(text)?.key).toBe(key);
  });

  it.each(["", "没货", "stock"])("finds nothing for %j", (text) => {
    expect(findProblemReason(text)).toBeUndefined();
  });

  it("searches a team's own reasons", () => {
    const reasons = [{ key: "customs", label: { "zh-CN": "清关", "en-US": "Customs" } }];
    expect(findProblemReason("清关", reasons)?.key).toBe("customs");
    expect(findProblemReason("缺货", reasons)).toBeUndefined();
  });
});
