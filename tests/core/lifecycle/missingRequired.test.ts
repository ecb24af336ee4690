import { DEFAULT_WORKFLOW, missingRequired } from "../../../src/core/lifecycle";

describe("missingRequired", () => {
  it.each([
    ["shipped", {}, ["carrier", "tracking"]],
    ["shipped", { carrier: "顺丰速运" }, ["tracking"]],
    ["shipped", { carrier: "  ", tracking: "SF123" }, ["carrier"]],
    ["shipped", { carrier: "SF", tracking: "SF123" }, []],
    ["onHold", {}, ["problem"]],
    ["onHold", { problem: "缺货" }, []],
    ["afterSales", { problem: "" }, ["problem"]],
    ["processing", {}, []],
    ["异常 On hold", {}, ["problem"]],
    ["nonsense", {}, []],
  ] as const)("for %s with %j misses %j", (stage, values, missing) => {
    expect(missingRequired(DEFAULT_WORKFLOW, stage, values)).toEqual(missing);
  });
});
