import { advanceTarget, DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";

describe("advanceTarget", () => {
  it.each([
    ["awaitingPayment", "toProcess"],
    ["toProcess", "processing"],
    ["processing", "shipped"],
    ["shipped", "delivered"],
    ["delivered", "completed"],
    ["onHold", "processing"],
    ["afterSales", "completed"],
    ["已发货 Shipped", "delivered"],
  ])("advances %s to %s", (from, to) => {
    expect(advanceTarget(DEFAULT_WORKFLOW, from)?.key).toBe(to);
  });

  it.each(["completed", "refunded", "cancelled", "unknown"])("does not advance %s", (from) => {
    expect(advanceTarget(DEFAULT_WORKFLOW, from)).toBeUndefined();
  });

  it("follows the main path from awaiting payment to completed in five clicks", () => {
    const path: string[] = ["awaitingPayment"];
    for (
      let next = advanceTarget(DEFAULT_WORKFLOW, "awaitingPayment");
      next;
      next = advanceTarget(DEFAULT_WORKFLOW, next.key)
    ) {
      path.push(next.key);
    }
    expect(path).toEqual(["awaitingPayment", "toProcess", "processing", "shipped", "delivered", "completed"]);
  });
});
