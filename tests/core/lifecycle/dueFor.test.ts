import { DEFAULT_WORKFLOW, dueFor } from "../../../src/core/lifecycle";

describe("dueFor", () => {
  // 45800.5 = 2025-05-24 12:00 as an Excel serial.
  it.each([
    ["toProcess", 45800.5, 45801.5],
    ["processing", 45800.25, 45801.25],
    ["shipped", 45800, 45807],
    ["afterSales", 45800.5, 45803.5],
  ])("puts %s entered at %d due at %d", (stage, since, due) => {
    expect(dueFor(DEFAULT_WORKFLOW, stage, since)).toBeCloseTo(due, 10);
  });

  it("adds fractions of a day for SLAs that are not whole days", () => {
    const wf = { stages: [{ ...DEFAULT_WORKFLOW.stages[0]!, slaHours: 6 }] };
    expect(dueFor(wf, "awaitingPayment", 45800)).toBeCloseTo(45800.25, 10);
  });

  it.each(["completed", "refunded", "cancelled", "nope"])("has no due time for %s", (stage) => {
    expect(dueFor(DEFAULT_WORKFLOW, stage, 45800)).toBeNull();
  });
});
