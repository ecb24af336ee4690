import { DEFAULT_PROBLEM_REASONS, findProblemReason } from "../../../src/core/lifecycle";
import { displayReason } from "../../../src/core/plan";

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

  it.each(DEFAULT_PROBLEM_REASONS.map((r) => [r.key, displayReason(r)]))(
    "reads %s back from the dropdown text setup writes (%s) and from either label alone",
    (key, text) => {
      const reason = DEFAULT_PROBLEM_REASONS.find((r) => r.key === key)!;
      expect(findProblemReason(text)?.key).toBe(key);
      expect(findProblemReason(reason.label["zh-CN"])?.key).toBe(key);
      expect(findProblemReason(reason.label["en-US"].toUpperCase())?.key).toBe(key);
    },
  );

  it.each(["", "没货", "stock"])("finds nothing for %j", (text) => {
    expect(findProblemReason(text)).toBeUndefined();
  });

  it("searches a team's own reasons", () => {
    const reasons = [{ key: "customs", label: { "zh-CN": "清关", "en-US": "Customs" } }];
    expect(findProblemReason("清关", reasons)?.key).toBe("customs");
    expect(findProblemReason("缺货", reasons)).toBeUndefined();
  });
});
