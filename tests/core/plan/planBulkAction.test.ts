import type { CellValue } from "../../../src/core/grid";
import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { BulkAction, BulkContext, MappedSheet } from "../../../src/core/plan";
import { displayStatus, planBulkAction, readOrderRows } from "../../../src/core/plan";
import type { Field } from "../../../src/core/schema";
import { NOW, TEAM } from "./builders";

const HEADER = [
  "订单号",
  "商品",
  "物流公司",
  "物流单号",
  "状态 Status",
  "负责人 Owner",
  "标签 Tags",
  "截止 Due",
  "问题 Problem",
  "状态时间 Status since",
];
const COLUMNS: Partial<Record<Field, number>> = {
  orderId: 0,
  product: 1,
  carrier: 2,
  tracking: 3,
  status: 4,
  owner: 5,
  tags: 6,
  due: 7,
  problem: 8,
  statusSince: 9,
};
const label = (key: string): string => displayStatus(DEFAULT_WORKFLOW, key);
const grid: CellValue[][] = [
  HEADER,
  ["1001", "杯子", "", "", label("processing"), "阿强", "", "", "", ""],
  ["1002", "锅", "顺丰", "SF1", label("processing"), "阿强", "VIP", "", "", ""],
  ["1003", "碗", "", "", label("completed"), "", "", "", "", ""],
  ["1004", "盘", "", "", "发货了", "", "", "", "", ""],
  ["1005", "勺", "", "", label("toProcess"), "小李", "加急", "", "缺货 Out of stock", ""],
  ["", "空行", "", "", label("toProcess"), "", "", "", "", ""],
];
const sheet: MappedSheet = {
  grid,
  origin: { row: 0, column: 0 },
  headerRow: 0,
  dataRows: [1, 2, 3, 4, 5, 6],
  mapping: COLUMNS,
  platform: "generic",
};
const rows = readOrderRows(sheet, DEFAULT_WORKFLOW);
const context: BulkContext = {
  workflow: DEFAULT_WORKFLOW,
  team: TEAM,
  reasons: DEFAULT_PROBLEM_REASONS,
  now: NOW,
  who: "小王",
  autoRoute: true,
  columns: COLUMNS,
};
const run = (action: BulkAction) => planBulkAction(rows, action, context);

/** The value a plan writes into one cell (writes are grouped into runs of rows). */
function written(
  writes: readonly {
    area: { row: number; column: number; rowCount: number };
    values: readonly (readonly CellValue[])[];
  }[],
  row: number,
  column: number,
): CellValue | undefined {
  const write = writes.find(
    (w) => w.area.column === column && w.area.row <= row && row < w.area.row + w.area.rowCount,
  );
  return write?.values[row - write.area.row]?.[0];
}

describe("planBulkAction", () => {
  describe("advance", () => {
    const plan = run({ kind: "advance" });

    it("moves rows that can move and refuses the others, each with its reason", () => {
      expect(plan.applied).toBe(2);
      expect(plan.refused.map((r) => [r.row, r.kind])).toEqual([
        [2, "missingRequired"],
        [4, "terminal"],
        [5, "unknownStatus"],
        [7, "noOrderId"],
      ]);
      expect(plan.refused[0]!.params).toEqual({ status: "shipped", fields: "carrier,tracking" });
    });

    it("writes status, status time and due time of the applied rows only, and logs each", () => {
      const statusWrites = plan.writes.filter((w) => w.area.column === 4);
      expect(statusWrites.map((w) => [w.area.row, w.values])).toEqual([
        [2, [[label("shipped")]]],
        [5, [[label("processing")]]],
      ]);
      expect(
        plan.log.filter((e) => e.field === "status").map((e) => [e.orderId, e.from, e.to, e.source]),
      ).toEqual([
        ["1002", label("processing"), label("shipped"), "pane"],
        ["1005", label("toProcess"), label("processing"), "pane"],
      ]);
    });

    it("routes the order that moved to the warehouse away from operations", () => {
      expect(
        plan.log.filter((e) => e.field === "owner").map((e) => [e.orderId, e.from, e.to, e.source]),
      ).toEqual([["1005", "小李", "老张", "routing"]]);
    });
  });

  it("refuses an illegal status and names what is allowed", () => {
    const plan = run({ kind: "setStatus", status: "待付款" });
    expect(plan.refused.find((r) => r.row === 2)).toEqual({
      row: 2,
      orderId: "1001",
      kind: "illegalMove",
      params: { from: "processing", to: "awaitingPayment", allowed: "shipped,onHold,afterSales" },
    });
    expect(plan.applied).toBe(0);
  });

  it("sets a status given in English, once the stage's required problem reason is there", () => {
    const refused = planBulkAction([rows[0]!], { kind: "setStatus", status: "on hold" }, context);
    expect(refused.refused.map((r) => [r.kind, r.params])).toEqual([
      ["missingRequired", { status: "onHold", fields: "problem" }],
    ]);
    const flagged = grid.map((r) => r.slice());
    flagged[1]![8] = "缺货 Out of stock";
    const withReason = readOrderRows({ ...sheet, grid: flagged }, DEFAULT_WORKFLOW);
    const plan = planBulkAction([withReason[0]!], { kind: "setStatus", status: "on hold" }, context);
    expect(plan.applied).toBe(1);
    expect(written(plan.writes, 1, 4)).toBe(label("onHold"));
  });

  it("assigns an owner from the team and refuses a stranger", () => {
    expect(run({ kind: "assign", owner: "小王" }).applied).toBe(5);
    expect(run({ kind: "assign", owner: "路人" }).refused.map((r) => r.kind)).toEqual(
      Array(6).fill("unknownOwner").fill("noOrderId", 5),
    );
  });

  it("adds a tag by its alias once, and removes it again", () => {
    const added = run({ kind: "addTag", tag: "urgent" });
    expect(written(added.writes, 2, 6)).toBe("VIP, 加急");
    expect(written(added.writes, 1, 6)).toBe("加急");
    expect(added.refused.find((r) => r.row === 6)?.kind).toBe("nothingToDo");
    const removed = run({ kind: "removeTag", tag: "加急" });
    expect(removed.applied).toBe(1);
    expect(removed.writes).toEqual([
      { area: { row: 5, column: 6, rowCount: 1, columnCount: 1 }, values: [[""]] },
    ]);
  });

  it("flags a problem with its bilingual reason and clears it", () => {
    const flagged = planBulkAction([rows[0]!], { kind: "flagProblem", reason: "地址不详" }, context);
    expect(flagged.writes).toEqual([
      { area: { row: 1, column: 8, rowCount: 1, columnCount: 1 }, values: [["地址不详 Bad address"]] },
    ]);
    expect(flagged.log[0]).toMatchObject({ field: "problem", from: "", to: "地址不详 Bad address" });
    expect(run({ kind: "flagProblem", reason: "no such reason" }).applied).toBe(0);
    const cleared = run({ kind: "clearProblem" });
    expect(cleared.applied).toBe(1);
    expect(cleared.log.map((e) => [e.orderId, e.from, e.to])).toEqual([["1005", "缺货 Out of stock", ""]]);
  });

  it("refuses every row when the sheet lacks the column the action writes", () => {
    const bare = planBulkAction(
      rows,
      { kind: "addTag", tag: "VIP" },
      { ...context, columns: { ...COLUMNS, tags: undefined } },
    );
    expect(bare.applied).toBe(0);
    expect(new Set(bare.refused.map((r) => r.kind))).toEqual(new Set(["noColumn"]));
    expect(bare.writes).toEqual([]);
  });
});

describe("planBulkAction › moves that need fields", () => {
  const shipGrid: CellValue[][] = [
    HEADER,
    ["2001", "杯子", "", "", label("processing"), "老张", "", "", "", ""],
    ["2002", "锅", "顺丰", "", label("processing"), "老张", "", "", "", ""],
    ["2003", "碗", "", "", label("processing"), "老张", "", "", "", ""],
    ["2004", "盘", "", "", label("delivered"), "", "", 46_100, "", ""],
  ];
  const shipRows = readOrderRows({ ...sheet, grid: shipGrid, dataRows: [1, 2, 3, 4] }, DEFAULT_WORKFLOW);
  const three = shipRows.slice(0, 3);

  it("ships with one carrier for all and tracking per row, written with the move and logged", () => {
    const plan = planBulkAction(
      three,
      {
        kind: "advance",
        fields: { all: { carrier: "中通快递" }, byRow: { 2: { tracking: "ZT1" }, 3: { tracking: "SF2" } } },
      },
      context,
    );
    // 2003 has no tracking typed: it stays where it is, with the reason.
    expect(plan.applied).toBe(2);
    expect(plan.refused.map((r) => [r.orderId, r.kind, r.params])).toEqual([
      ["2003", "missingRequired", { status: "shipped", fields: "tracking" }],
    ]);
    expect([written(plan.writes, 1, 2), written(plan.writes, 1, 3)]).toEqual(["中通快递", "ZT1"]);
    // The carrier the team already wrote on 2002 stays; only its tracking is new.
    expect([written(plan.writes, 2, 2), written(plan.writes, 2, 3)]).toEqual([undefined, "SF2"]);
    expect(written(plan.writes, 3, 4)).toBeUndefined();
    expect(plan.log.map((e) => [e.orderId, e.field, e.from, e.to])).toEqual([
      ["2001", "carrier", "", "中通快递"],
      ["2001", "tracking", "", "ZT1"],
      ["2001", "status", label("processing"), label("shipped")],
      ["2002", "tracking", "", "SF2"],
      ["2002", "status", label("processing"), label("shipped")],
    ]);
  });

  it("puts a problem reason given by key on the row as the sheet shows it", () => {
    const plan = planBulkAction(
      [shipRows[0]!],
      { kind: "setStatus", status: "onHold", fields: { all: { problem: "outOfStock" } } },
      context,
    );
    expect(plan.applied).toBe(1);
    expect(written(plan.writes, 1, 8)).toBe("缺货 Out of stock");
    const unknown = planBulkAction(
      [shipRows[0]!],
      { kind: "setStatus", status: "onHold", fields: { all: { problem: "ufo" } } },
      context,
    );
    expect(unknown.refused.map((r) => [r.kind, r.params])).toEqual([["unknownReason", { reason: "ufo" }]]);
  });

  it("clears the due time when the new stage has no time limit (已签收 → 已完成)", () => {
    const plan = planBulkAction([shipRows[3]!], { kind: "advance" }, context);
    expect(written(plan.writes, 4, 4)).toBe(label("completed"));
    expect(written(plan.writes, 4, 7)).toBe("");
  });

  it("says whom routing handed the moved orders to", () => {
    expect(run({ kind: "advance" }).routed).toEqual([{ owner: "老张", role: "warehouse", count: 1 }]);
    expect(planBulkAction(rows, { kind: "advance" }, { ...context, autoRoute: false }).routed).toEqual([]);
  });

  it("logs a flagged problem's note even where the sheet has no note column", () => {
    const plan = planBulkAction(
      [shipRows[0]!],
      { kind: "flagProblem", reason: "outOfStock", note: " 等供应商 " },
      context,
    );
    expect(plan.log.map((e) => [e.field, e.to])).toEqual([
      ["problem", "缺货 Out of stock"],
      ["note", "等供应商"],
    ]);
    const withColumn = planBulkAction(
      [shipRows[0]!],
      { kind: "flagProblem", reason: "outOfStock", note: "等供应商" },
      { ...context, columns: { ...COLUMNS, note: 10 } },
    );
    expect(written(withColumn.writes, 1, 10)).toBe("等供应商");
  });
});
