import fc from "fast-check";
import { canMove, DEFAULT_WORKFLOW, getStage } from "../../../src/core/lifecycle";

// Written from docs/DESIGN.md "Allowed moves (default)", independently of the implementation's table.
const DESIGN_MOVES: Readonly<Record<string, readonly string[]>> = {
  awaitingPayment: ["toProcess", "cancelled"],
  toProcess: ["processing", "onHold", "afterSales", "cancelled"],
  processing: ["shipped", "onHold", "afterSales"],
  onHold: ["toProcess", "processing", "afterSales", "cancelled"],
  shipped: ["delivered", "afterSales", "onHold"],
  delivered: ["completed", "afterSales"],
  afterSales: ["refunded", "completed", "shipped"],
  completed: ["afterSales"],
  refunded: [],
  cancelled: [],
};
const STATUSES = Object.keys(DESIGN_MOVES);
const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));
const ALLOWED = PAIRS.filter(([from, to]) => DESIGN_MOVES[from]?.includes(to));
const REFUSED = PAIRS.filter(([from, to]) => from !== to && !DESIGN_MOVES[from]?.includes(to));

describe("canMove", () => {
  describe("on the default workflow", () => {
    it.each(ALLOWED)("allows %s → %s", (from, to) => {
      expect(canMove(DEFAULT_WORKFLOW, from, to)).toEqual({ ok: true, value: true });
    });

    it.each(REFUSED)("refuses %s → %s and lists the allowed moves", (from, to) => {
      const result = canMove(DEFAULT_WORKFLOW, from, to);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.kind).toBe("illegalMove");
      if (result.error.kind !== "illegalMove") return;
      expect(result.error.from).toBe(from);
      expect(result.error.to).toBe(to);
      expect([...result.error.allowed].sort()).toEqual([...(DESIGN_MOVES[from] ?? [])].sort());
    });

    it.each(STATUSES)("refuses a move from %s to itself", (status) => {
      expect(canMove(DEFAULT_WORKFLOW, status, status)).toEqual({
        ok: false,
        error: { kind: "sameStatus", status },
      });
    });
  });

  it.each([
    ["shipped", "lost", "lost"],
    ["nonsense", "shipped", "nonsense"],
    ["", "shipped", ""],
  ])("refuses %s → %s as an unknown status", (from, to, value) => {
    expect(canMove(DEFAULT_WORKFLOW, from, to)).toEqual({
      ok: false,
      error: { kind: "unknownStatus", value },
    });
  });

  it("accepts statuses written as labels, as status cells hold them", () => {
    expect(canMove(DEFAULT_WORKFLOW, "处理中 Picking & packing", "已发货").ok).toBe(true);
    expect(canMove(DEFAULT_WORKFLOW, " To Process ", "待处理")).toEqual({
      ok: false,
      error: { kind: "sameStatus", status: "toProcess" },
    });
  });

  it("walks only through workflow statuses and leaves a closed stage only by completed → afterSales", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), fc.array(fc.nat(), { maxLength: 40 }), (start, choices) => {
        let current = start;
        for (const choice of choices) {
          const stage = getStage(DEFAULT_WORKFLOW, current);
          expect(stage).toBeDefined();
          if (!stage || stage.next.length === 0) break;
          const target = stage.next[choice % stage.next.length] ?? "";
          expect(canMove(DEFAULT_WORKFLOW, current, target).ok).toBe(true);
          expect(STATUSES).toContain(target);
          if (!stage.open) expect([current, target]).toEqual(["completed", "afterSales"]);
          current = target;
        }
      }),
    );
  });
});
