import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { columnLetter } from "../../../src/core/grid";
import type { SetupPlan } from "../../../src/core/plan";
import type { SetupInput } from "../../../src/core/plan";
import {
  HIGHLIGHT_MARKER,
  LIST_NAMES,
  NEW_ENTRY_ROWS,
  planSetup as planOrRefuse,
} from "../../../src/core/plan";
import { makeOrderGrid, NOW, setupInput, snapshotOf } from "./builders";

const taobaoRows: CellValue[][] = [
  ["35153131473293579", "不粘锅", "买家已付款，等待卖家发货", "", ""],
  ["35153131473293580", "保温杯", "卖家已发货，等待买家确认", "顺丰速运", "SF1"],
  ["35153131473293581", "数据线", "交易成功", "圆通", "YT1"],
  ["3.51531E+16", "耳机", "等待买家付款", "", ""],
];

/** Plans setup of a mapping it can work with (a refusal fails the test with its reasons). */
function planSetup(input: SetupInput): SetupPlan {
  const result = planOrRefuse(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Applies a plan's cell writes to a copy of the grid (what an adapter would do), for idempotence checks. */
function applyWrites(grid: CellValue[][], plan: SetupPlan): CellValue[][] {
  const next = grid.map((row) => row.slice());
  for (const write of plan.writes) {
    write.values.forEach((values, r) =>
      values.forEach((value, c) => {
        const row = (next[write.area.row + r] ??= []);
        while (row.length < write.area.column + c) row.push(null);
        row[write.area.column + c] = value;
      }),
    );
  }
  return next;
}

describe("planSetup", () => {
  describe("on a fresh marketplace export", () => {
    const grid = makeOrderGrid({ title: true, rows: taobaoRows });
    const plan = planSetup(setupInput(snapshotOf(grid)));

    it("appends the seven workflow columns right of the data, with bilingual headers", () => {
      expect(plan.addColumns.map((c) => [c.field, columnLetter(c.column), c.header])).toEqual([
        ["status", "F", "状态 Status"],
        ["owner", "G", "负责人 Owner"],
        ["tags", "H", "标签 Tags"],
        ["due", "I", "截止 Due"],
        ["problem", "J", "问题 Problem"],
        ["statusSince", "K", "状态时间 Status since"],
        ["note", "L", "处理备注 Note"],
      ]);
      expect(plan.headerRow).toBe(1);
      expect(plan.body).toEqual({ firstRow: 2, rowCount: 4 });
    });

    it("fills each status from the marketplace status, with its status time and due time", () => {
      const status = plan.writes.find((w) => w.area.column === 5)!;
      // A Chinese export: the labels a Chinese team reads.
      expect(status.values.map((v) => v[0])).toEqual(["状态 Status", "待处理", "已发货", "已完成", "待付款"]);
      const due = plan.writes.find((w) => w.area.column === 8)!;
      expect(due.values[1]![0]).toBeCloseTo(NOW + 1, 9); // to process: 24 hours
      expect(due.values[3]![0]).toBeNull(); // completed has no SLA
      const since = plan.writes.find((w) => w.area.column === 10)!;
      expect(since.values.slice(1).map((v) => v[0])).toEqual([NOW, NOW, NOW, NOW]);
      expect(plan.report).toMatchObject({
        statusFilled: 4,
        fromMarketStatus: 4,
        addedColumns: ["status", "owner", "tags", "due", "problem", "statusSince", "note"],
      });
    });

    it("reports the corrupted id instead of repairing it", () => {
      expect(plan.report.corruptedIds.map((p) => [p.row, p.value])).toEqual([[6, "3.51531E+16"]]);
    });

    it("formats the id and tracking columns as text for new entries below the data only", () => {
      const text = plan.numberFormats.filter((f) => f.format === "@");
      expect(text.map((f) => [columnLetter(f.area.column), f.area.row, f.area.rowCount])).toEqual([
        ["A", 6, NEW_ENTRY_ROWS],
        ["E", 6, NEW_ENTRY_ROWS],
      ]);
    });

    it("puts dropdowns with Stop alerts on status, owner and problem from named lists", () => {
      expect(
        plan.validations.map((v) => [
          v.field,
          columnLetter(v.area.column),
          v.area.row,
          v.area.rowCount,
          v.source,
        ]),
      ).toEqual([
        ["status", "F", 2, 4, `=${LIST_NAMES.statuses}`],
        ["owner", "G", 2, 4, `=${LIST_NAMES.team}`],
        ["problem", "J", 2, 4, `=${LIST_NAMES.reasons}`],
      ]);
    });

    it("highlights with rules anchored on the first body row, every one marked as OrderFlow's", () => {
      expect(plan.highlights.every((h) => h.formula.includes(HIGHLIGHT_MARKER))).toBe(true);
      const ids = plan.highlights.map((h) => h.id);
      expect(ids.slice(0, 5)).toEqual(["problemRow", "overdue", "dueSoon", "problemStatus", "closedStatus"]);
      expect(ids.slice(5)).toEqual(["tag:加急", "tag:VIP", "tag:定制", "tag:贺卡", "tag:预售", "tag:补发"]);
      const urgent = plan.highlights.find((h) => h.id === "tag:加急")!;
      // Whole tags of the tags cell (H), no wildcards; what the formulas mean is held to the core by
      // tests/realEngine (LibreOffice recalculates them).
      expect(urgent.formula).toContain('FIND({" 加急 "," urgent "," rush "," asap "},');
      expect(urgent.formula).toContain('" "&$H3');
      expect(urgent.formula).not.toContain("SEARCH(");
      expect(urgent.area).toEqual({ row: 2, column: 0, rowCount: 4, columnCount: 12 });
      const overdue = plan.highlights.find((h) => h.id === "overdue")!.formula;
      expect(overdue).toMatch(/^=AND\(ISNUMBER\(\$I3\),\$I3<NOW\(\),SUMPRODUCT\(/);
      expect(overdue).toContain('"已发货 shipped"');
      expect(overdue).not.toContain('"已完成"');
    });

    it("creates a table over header and body, freezes the header and records the mapping by header text", () => {
      expect(plan.table).toEqual({
        kind: "create",
        name: "OrderFlowOrders",
        area: { row: 1, column: 0, rowCount: 5, columnCount: 12 },
      });
      expect(plan.freezeRows).toBe(2);
      expect(plan.settings["OrderFlow.mapping"]).toMatchObject({
        orderId: "订单编号",
        status: "状态 Status",
        tracking: "物流单号",
      });
    });

    it("lays out the settings sheet's tables side by side with lists the validation names point at", () => {
      const blocks = plan.settingsSheet.blocks;
      expect(blocks.map((b) => [b.id, columnLetter(b.column)])).toEqual([
        // The team table has four columns (name, role, active, e-mail).
        ["team", "A"],
        ["lifecycle", "F"],
        ["tags", "P"],
        ["reasons", "X"],
        ["lists", "AB"],
        ["deadlines", "AG"],
        ["dueSoon", "AL"],
      ]);
      const lists = blocks.find((b) => b.id === "lists")!;
      expect(lists.grid.slice(1).map((r) => r[0])).toContain("售后中");
      expect(plan.settingsSheet.lists.find((l) => l.name === LIST_NAMES.statuses)?.reference).toBe(
        "=INDEX(OrderFlowLists[状态 Statuses],1):INDEX(OrderFlowLists[状态 Statuses],MAX(1,COUNTA(OrderFlowLists[状态 Statuses])))",
      );
      // Closed statuses in every accepted form (已完成, Completed, 已完成 Completed, …): 3 stages × 5.
      expect(plan.settingsSheet.lists.find((l) => l.name === LIST_NAMES.closed)?.reference).toBe(
        "=INDEX(OrderFlowLists[已结束 Closed],1):INDEX(OrderFlowLists[已结束 Closed],MAX(1,COUNTA(OrderFlowLists[已结束 Closed])))",
      );
      expect(lists.grid.slice(1).map((r) => r[1])).toEqual(
        expect.arrayContaining(["已完成 Completed", "已完成", "Completed", "已取消", "Refunded"]),
      );
    });
  });

  describe("on a sheet that already has workflow columns", () => {
    const grid = makeOrderGrid({
      header: ["订单号", "商品", "状态 Status", "负责人 Owner", "备注"],
      rows: [
        ["1001", "杯子", "已发货 Shipped", "阿强", "keep me"],
        ["1002", "锅", "", "", ""],
        ["1003", "碗", "", "小李", ""],
        ["1004", "盘", "待处理", "", ""],
      ],
    });
    const plan = planSetup(setupInput(snapshotOf(grid)));

    it("adds only the missing columns", () => {
      expect(plan.addColumns.map((c) => c.field)).toEqual(["tags", "due", "problem", "statusSince", "note"]);
      expect(columnLetter(plan.addColumns[0]!.column)).toBe("F");
    });

    it("fills only the empty status cells, in runs, and no other existing cell", () => {
      const statusWrites = plan.writes.filter((w) => w.area.column === 2);
      expect(statusWrites).toEqual([
        {
          area: { row: 2, column: 2, rowCount: 2, columnCount: 1 },
          values: [["待处理 To process"], ["待处理 To process"]],
        },
      ]);
      const existingColumns = new Set([0, 1, 2, 3, 4]);
      for (const write of plan.writes) {
        if (!existingColumns.has(write.area.column)) continue;
        write.values.forEach((_, r) => expect(grid[write.area.row + r]![write.area.column]).toBe(""));
      }
    });
  });

  it("keeps an existing table and plans no new one", () => {
    const grid = makeOrderGrid({ rows: taobaoRows });
    const plan = planSetup(
      setupInput(
        snapshotOf(grid, {
          tables: [{ name: "MyOrders", area: { row: 0, column: 0, rowCount: 5, columnCount: 5 } }],
        }),
      ),
    );
    expect(plan.table).toEqual({ kind: "existing", name: "MyOrders" });
  });

  it("works on the range when merged cells sit inside the data, and says where", () => {
    const grid = makeOrderGrid({ rows: taobaoRows });
    const plan = planSetup(
      setupInput(snapshotOf(grid, { mergedAreas: [{ row: 2, column: 1, rowCount: 2, columnCount: 1 }] })),
    );
    expect(plan.table).toEqual({ kind: "range", reason: "merged", detail: "B3:B4" });
  });

  it("still makes a table when the only merge is the title above the header", () => {
    const grid = makeOrderGrid({ title: true, rows: taobaoRows });
    const plan = planSetup(
      setupInput(snapshotOf(grid, { mergedAreas: [{ row: 0, column: 0, rowCount: 1, columnCount: 5 }] })),
    );
    expect(plan.table.kind).toBe("create");
  });

  it("works on the range when another table overlaps", () => {
    const grid = makeOrderGrid({ rows: taobaoRows });
    const plan = planSetup(
      setupInput(
        snapshotOf(grid, {
          tables: [{ name: "Other", area: { row: 3, column: 2, rowCount: 4, columnCount: 2 } }],
        }),
      ),
    );
    expect(plan.table).toEqual({ kind: "range", reason: "overlap", detail: "Other" });
  });

  it("places everything relative to a used range that starts below and right of A1", () => {
    const grid = makeOrderGrid({ rows: taobaoRows });
    const plan = planSetup(setupInput(snapshotOf(grid, { origin: { row: 3, column: 2 } })));
    expect(plan.headerRow).toBe(3);
    expect(columnLetter(plan.addColumns[0]!.column)).toBe("H");
    expect(plan.highlights[0]!.formula).toContain("$L5"); // problem column L, first body row 5
  });

  it("is idempotent: planned again on its own result it adds and fills nothing", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.stringMatching(/^[1-9][0-9]{5,14}$/),
            product: fc.constantFrom("杯子", "锅", "Mug", ""),
            market: fc.constantFrom("等待买家付款", "买家已付款，等待卖家发货", "交易成功", "交易关闭", ""),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        fc.boolean(),
        (rows, title) => {
          const grid = makeOrderGrid({ title, rows: rows.map((r) => [r.id, r.product, r.market, "", ""]) });
          const first = planSetup(setupInput(snapshotOf(grid)));
          const again = planSetup(setupInput(snapshotOf(applyWrites(grid, first))));
          expect(again.addColumns).toEqual([]);
          expect(again.writes).toEqual([]);
          expect(again.report.statusFilled).toBe(0);
          expect(again.validations).toEqual(first.validations);
          expect(again.highlights).toEqual(first.highlights);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never plans a write into a cell that holds anything (non-destructive)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.constant(""), fc.string({ maxLength: 6 }), fc.integer()), {
            minLength: 7,
            maxLength: 7,
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (cells) => {
          const grid: CellValue[][] = [
            ["订单号", "商品", "数量", "状态", "负责人", "备注", "金额"],
            ...cells.map((row, i) => [`${1000 + i}`, ...row.slice(1)]),
          ];
          const plan = planSetup(setupInput(snapshotOf(grid)));
          for (const write of plan.writes) {
            write.values.forEach((values, r) =>
              values.forEach((_, c) => {
                const original = grid[write.area.row + r]?.[write.area.column + c];
                expect(original === undefined || original === null || original === "").toBe(true);
              }),
            );
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("planSetup at Excel's scale", () => {
  it("plans a sheet of 300,000 rows (no argument spreads that overflow the stack)", () => {
    const grid: CellValue[][] = [["订单号", "商品"]];
    for (let i = 0; i < 300_000; i++) grid.push([`${1_000_000 + i}`, "杯子"]);
    const plan = planSetup(setupInput(snapshotOf(grid)));
    expect(plan.body).toEqual({ firstRow: 1, rowCount: 300_000 });
    expect(plan.writes.find((w) => w.area.column === 2)?.values).toHaveLength(300_001);
  }, 60_000);
});
