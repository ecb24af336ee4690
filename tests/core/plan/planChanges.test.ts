import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { canMove, DEFAULT_STATUS_KEYS, DEFAULT_WORKFLOW, dueFor } from "../../../src/core/lifecycle";
import type { ChangeContext, MappedSheet } from "../../../src/core/plan";
import { cacheOf, displayStatus, planChanges, readOrderRows } from "../../../src/core/plan";
import type { Field } from "../../../src/core/schema";
import { NOW, TEAM } from "./builders";

const HEADER = [
  "订单号",
  "商品",
  "状态 Status",
  "负责人 Owner",
  "截止 Due",
  "问题 Problem",
  "状态时间 Status since",
];
const COLUMNS: Partial<Record<Field, number>> = {
  orderId: 0,
  product: 1,
  status: 2,
  owner: 3,
  due: 4,
  problem: 5,
  statusSince: 6,
};
const label = (key: string): string => displayStatus(DEFAULT_WORKFLOW, key);

function sheetOf(rows: CellValue[][]): MappedSheet {
  return {
    grid: [HEADER, ...rows],
    origin: { row: 0, column: 0 },
    headerRow: 0,
    dataRows: rows.map((_, i) => i + 1),
    mapping: COLUMNS,
    platform: "generic",
  };
}
const rowsOf = (rows: CellValue[][]) => readOrderRows(sheetOf(rows), DEFAULT_WORKFLOW);
const context = (extra: Partial<ChangeContext> = {}): ChangeContext => ({
  workflow: DEFAULT_WORKFLOW,
  team: TEAM,
  now: NOW,
  who: "小王",
  source: "edit",
  mode: "flag",
  autoRoute: false,
  columns: COLUMNS,
  ...extra,
});

const before: CellValue[][] = [
  ["1001", "杯子", label("toProcess"), "小李", "", "", ""],
  ["1002", "锅", label("processing"), "阿强", "", "", ""],
  ["1003", "碗", label("shipped"), "阿强", "", "", ""],
];

describe("planChanges", () => {
  const cache = cacheOf(rowsOf(before));

  it("logs a typed legal move once and stamps its status time and due time", () => {
    const after = before.map((r) => r.slice());
    after[1]![2] = "已发货";
    const plan = planChanges(cache, rowsOf(after), context());
    expect(plan.log).toEqual([
      {
        time: NOW,
        orderId: "1002",
        line: "锅",
        field: "status",
        from: label("processing"),
        to: label("shipped"),
        by: "小王",
        source: "edit",
      },
    ]);
    expect(plan.writes).toEqual([
      {
        area: { row: 2, column: 4, rowCount: 1, columnCount: 1 },
        values: [[dueFor(DEFAULT_WORKFLOW, "shipped", NOW)]],
      },
      { area: { row: 2, column: 6, rowCount: 1, columnCount: 1 }, values: [[NOW]] },
    ]);
    expect(plan.illegal).toEqual([]);
    expect(plan.cache.get("generic\u241e1002\u241e锅")).toEqual({ status: "shipped", owner: "阿强" });
  });

  it("sees a sort as no change at all", () => {
    const sorted = [before[2]!, before[0]!, before[1]!];
    const plan = planChanges(cache, rowsOf(sorted), context());
    expect(plan.log).toEqual([]);
    expect(plan.writes).toEqual([]);
  });

  it("logs every row of a paste of 500 rows in one plan, with writes grouped into runs", () => {
    const many = Array.from({ length: 500 }, (_, i): CellValue[] => [
      `${5000 + i}`,
      "杯子",
      label("toProcess"),
      "小李",
      "",
      "",
      "",
    ]);
    const pasted = many.map((r) => [r[0]!, r[1]!, label("processing"), r[3]!, "", "", ""]);
    const plan = planChanges(cacheOf(rowsOf(many)), rowsOf(pasted), context({ source: "paste" }));
    expect(plan.log).toHaveLength(500);
    expect(new Set(plan.log.map((e) => e.source))).toEqual(new Set(["paste"]));
    expect(plan.writes.map((w) => [w.area.column, w.area.rowCount])).toEqual([
      [4, 500],
      [6, 500],
    ]);
  });

  it("flags an illegal move on the row in flag mode and logs what happened", () => {
    const after = before.map((r) => r.slice());
    after[2]![2] = label("toProcess"); // shipped → toProcess is not allowed
    const plan = planChanges(cache, rowsOf(after), context());
    expect(plan.illegal).toEqual([
      { row: 4, orderId: "1003", from: "shipped", to: "toProcess", kind: "illegalMove", reverted: false },
    ]);
    expect(plan.writes).toEqual([
      {
        area: { row: 3, column: 5, rowCount: 1, columnCount: 1 },
        values: [["非法流转 已发货→待处理 / Illegal move Shipped→To process"]],
      },
    ]);
    expect(plan.log.map((e) => [e.from, e.to])).toEqual([[label("shipped"), label("toProcess")]]);
  });

  it("writes the old status back in strict mode and logs nothing", () => {
    const after = before.map((r) => r.slice());
    after[2]![2] = label("toProcess");
    const plan = planChanges(cache, rowsOf(after), context({ mode: "strict" }));
    expect(plan.illegal[0]).toMatchObject({ kind: "illegalMove", reverted: true });
    expect(plan.writes).toEqual([
      { area: { row: 3, column: 2, rowCount: 1, columnCount: 1 }, values: [[label("shipped")]] },
    ]);
    expect(plan.log).toEqual([]);
    expect(plan.cache.get("generic\u241e1003\u241e碗")?.status).toBe("shipped");
  });

  it("flags a pasted status that is not in the workflow", () => {
    const after = before.map((r) => r.slice());
    after[0]![2] = "发货了";
    const plan = planChanges(cache, rowsOf(after), context());
    expect(plan.illegal).toEqual([
      { row: 2, orderId: "1001", from: "toProcess", to: "发货了", kind: "invalidStatus", reverted: false },
    ]);
    expect(plan.writes[0]?.values[0]?.[0]).toContain("发货了");
  });

  it("routes an order entering the warehouse stage to the active warehouse member with fewest open orders", () => {
    const after = before.map((r) => r.slice());
    after[0]![2] = label("processing"); // toProcess (operations, 小李) → processing (warehouse)
    const plan = planChanges(cache, rowsOf(after), context({ autoRoute: true }));
    // 阿强 already has two open orders, 老张 none; 离职的 is inactive.
    expect(plan.log.map((e) => [e.field, e.from, e.to, e.source])).toEqual([
      ["status", label("toProcess"), label("processing"), "edit"],
      ["owner", "小李", "老张", "routing"],
    ]);
    expect(plan.writes.find((w) => w.area.column === 3)?.values).toEqual([["老张"]]);
  });

  it("keeps the owner when their role already fits the new stage", () => {
    const after = before.map((r) => r.slice());
    after[1]![2] = label("shipped"); // 阿强 (warehouse) stays with a shipped order (warehouse)
    const plan = planChanges(cache, rowsOf(after), context({ autoRoute: true }));
    expect(plan.log.map((e) => e.field)).toEqual(["status"]);
  });

  it("logs an owner change", () => {
    const after = before.map((r) => r.slice());
    after[0]![3] = "小王";
    expect(planChanges(cache, rowsOf(after), context()).log.map((e) => [e.field, e.from, e.to])).toEqual([
      ["owner", "小李", "小王"],
    ]);
  });

  it("keeps identical lines apart and logs a new pasted order from an empty status", () => {
    const after = [...before, ["1004", "盘", label("toProcess"), "", "", "", ""]];
    const plan = planChanges(cache, rowsOf(after), context());
    expect(plan.log.map((e) => [e.orderId, e.from, e.to])).toEqual([["1004", "", label("toProcess")]]);
  });

  it("any sequence of edits keeps the cache equal to the sheet and logs only legal moves in strict mode", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...DEFAULT_STATUS_KEYS)), {
          maxLength: 30,
        }),
        (edits) => {
          let rows = before.map((r) => r.slice());
          let state = cacheOf(rowsOf(rows));
          for (const [index, status] of edits) {
            const next = rows.map((r) => r.slice());
            next[index]![2] = label(status);
            const plan = planChanges(state, rowsOf(next), context({ mode: "strict" }));
            for (const entry of plan.log.filter((e) => e.field === "status")) {
              const from = DEFAULT_WORKFLOW.stages.find((s) => label(s.key) === entry.from)!.key;
              const to = DEFAULT_WORKFLOW.stages.find((s) => label(s.key) === entry.to)!.key;
              expect(canMove(DEFAULT_WORKFLOW, from, to).ok).toBe(true);
            }
            // Apply the plan's status reverts, as the adapter would.
            for (const write of plan.writes.filter((w) => w.area.column === 2))
              next[write.area.row - 1]![2] = write.values[0]![0]!;
            rows = next;
            state = plan.cache;
            expect(state).toEqual(cacheOf(rowsOf(rows)));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
