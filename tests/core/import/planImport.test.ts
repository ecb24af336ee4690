import type { CellValue } from "../../../src/core/grid";
import type { ImportPlan } from "../../../src/core/import";
import { planImport } from "../../../src/core/import";
import { DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { Workflow } from "../../../src/core/lifecycle";
import {
  AMAZON_HEADER,
  applyImport,
  C,
  input,
  label,
  NOW,
  TAOBAO_HEADER,
  TEAM_COLUMNS,
  TEAM_HEADER,
  teamRow,
} from "./builders";

function plan(...args: Parameters<typeof input>): ImportPlan {
  const result = planImport(input(...args));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Every cell a plan writes to an existing row, as `row:column`. */
function writtenCells(p: ImportPlan): string[] {
  return p.updates.flatMap((w) =>
    w.values.flatMap((values, r) => values.map((_, c) => `${w.area.row + r}:${w.area.column + c}`)),
  );
}

const existing = [
  TEAM_HEADER,
  teamRow({
    orderId: "35153131473293579",
    platform: "淘宝",
    product: "不粘锅 28cm",
    marketStatus: "买家已付款，等待卖家发货",
    status: label("processing"),
    owner: "王芳",
    tags: "加急",
    due: NOW + 1,
    statusSince: NOW - 1,
  }),
];

const taobao = (rows: CellValue[][]) => ({
  file: "ExportOrderList-1125.csv",
  grid: [TAOBAO_HEADER, ...rows],
});

describe("planImport", () => {
  describe("a new order", () => {
    const p = plan(existing, [
      taobao([
        [
          '="35153131473290001"',
          "tb_a",
          "买家已付款，等待卖家发货",
          "保温杯 500ml",
          "",
          "",
          "59.00",
          '=HYPERLINK("x")',
          "2026-11-25 09:00:00",
        ],
      ]),
    ]);
    const row = p.append.values[0] ?? [];

    it("is appended below the last order in the team's columns, ids as text", () => {
      expect(p).toMatchObject({ added: 1, changed: 0, unchanged: 0, duplicates: 0, conflicts: 0 });
      expect(p.append.row).toBe(2);
      expect(row[C.orderId]).toBe("35153131473290001");
      expect(row[C.product]).toBe("保温杯 500ml");
      expect(row[C.orderAmount]).toBe(59);
      expect(row[C.platform]).toBe("淘宝");
    });

    it("gets its status from the marketplace status, an owner of the stage's role and the platform's due time", () => {
      expect(row[C.status]).toBe(label("toProcess"));
      expect(row[C.owner]).toBe("李娜");
      expect(row[C.statusSince]).toBe(NOW);
      // Taobao: ship within 48 hours of payment (docs/DEADLINES.md), paid 2026-11-25 09:00 — not the
      // stage's 24-hour SLA from the import.
      expect(row[C.due]).toBeCloseTo(46_351.375 + 2, 9);
      expect(row[C.tags]).toBeNull();
    });

    it("keeps text that looks like a formula as the exact text", () => {
      expect(row[C.buyerNote]).toBe('=HYPERLINK("x")');
    });

    it("is logged with source import", () => {
      expect(p.log.map((e) => [e.orderId, e.field, e.from, e.to, e.source])).toEqual([
        ["35153131473290001", "status", "", label("toProcess"), "import"],
        ["35153131473290001", "owner", "", "李娜", "import"],
      ]);
    });
  });

  describe("an order the team already has", () => {
    const p = plan(existing, [
      taobao([
        [
          '="35153131473293579"',
          "tb_b",
          "卖家已发货，等待买家确认",
          "不粘锅 28cm",
          "顺丰速运",
          "SF1234567890",
          "128.00",
          "请尽快",
          "",
        ],
      ]),
    ]);

    it("changes only the marketplace-owned cells, and says which", () => {
      expect(p).toMatchObject({ added: 0, changed: 1, unchanged: 0 });
      expect(p.changes).toEqual([
        {
          row: 2,
          orderId: "35153131473293579",
          line: "不粘锅 28cm",
          fields: ["marketStatus", "carrier", "tracking", "orderAmount"],
        },
      ]);
      expect(p.changedFields).toMatchObject({ tracking: 1, carrier: 1 });
      const columns = writtenCells(p).map((cell) => Number(cell.split(":")[1]));
      expect(columns.sort((a, b) => a - b)).toEqual([C.orderAmount, C.marketStatus, C.carrier, C.tracking]);
    });

    it("never writes the team's columns, nor the buyer note", () => {
      const columns = new Set(writtenCells(p).map((cell) => Number(cell.split(":")[1])));
      for (const column of [...TEAM_COLUMNS, C.buyerNote]) expect(columns.has(column)).toBe(false);
    });

    it("logs each changed field with its old and new value", () => {
      expect(p.log.find((e) => e.field === "tracking")).toMatchObject({
        from: "",
        to: "SF1234567890",
        source: "import",
      });
    });

    it("changes nothing the second time, and says so", () => {
      const again = plan(applyImport(existing, p), [
        taobao([
          [
            '="35153131473293579"',
            "tb_b",
            "卖家已发货，等待买家确认",
            "不粘锅 28cm",
            "顺丰速运",
            "SF1234567890",
            "128.00",
            "请尽快",
            "",
          ],
        ]),
      ]);
      expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 1, updates: [], log: [] });
    });
  });

  describe("across files", () => {
    it("counts a line in two files once, the later file's cells winning", () => {
      const p = plan(
        [TEAM_HEADER],
        [
          taobao([['="1001"', "a", "买家已付款，等待卖家发货", "杯子", "", "", "10", "", ""]]),
          taobao([['="1001"', "a", "卖家已发货，等待买家确认", "杯子", "中通", "ZT1", "10", "", ""]]),
        ],
      );
      expect(p).toMatchObject({ added: 1, duplicates: 1 });
      expect(p.append.values[0]?.[C.tracking]).toBe("ZT1");
      expect(p.append.values[0]?.[C.status]).toBe(label("shipped"));
    });

    it("keeps two platforms' orders with the same id apart", () => {
      const p = plan(
        [TEAM_HEADER],
        [
          taobao([['="1001"', "a", "买家已付款，等待卖家发货", "杯子", "", "", "10", "", ""]]),
          {
            file: "amazon.tsv",
            grid: [
              AMAZON_HEADER,
              ["1001", "", "2026-11-24T08:00:00Z", "Unshipped", "CUP", "杯子", "1", "9.99"],
            ],
          },
        ],
      );
      expect(p).toMatchObject({ added: 2, duplicates: 0, refused: [] });
      expect(p.append.values.map((r) => r[C.platform])).toEqual(["淘宝", "Amazon"]);
      // Imported again into the result: both rows are found again, nothing is added.
      const again = plan(applyImport([TEAM_HEADER], p), [
        taobao([['="1001"', "a", "买家已付款，等待卖家发货", "杯子", "", "", "10", "", ""]]),
        {
          file: "amazon.tsv",
          grid: [
            AMAZON_HEADER,
            ["1001", "", "2026-11-24T08:00:00Z", "Unshipped", "CUP", "杯子", "1", "9.99"],
          ],
        },
      ]);
      expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    });

    it("refuses colliding ids of two platforms when the sheet has no platform column to tell them apart", () => {
      const header = TEAM_HEADER.filter((_, i) => i !== C.platform);
      const p = plan(
        [header],
        [
          taobao([['="1001"', "a", "买家已付款，等待卖家发货", "杯子", "", "", "10", "", ""]]),
          {
            file: "amazon.tsv",
            grid: [
              AMAZON_HEADER,
              ["1001", "", "2026-11-24T08:00:00Z", "Unshipped", "CUP", "杯子", "1", "9.99"],
            ],
          },
        ],
      );
      expect(p.added).toBe(0);
      expect(p.refused.map((r) => [r.file, r.row, r.kind])).toEqual([
        ["ExportOrderList-1125.csv", 2, "platformCollision"],
        ["amazon.tsv", 2, "platformCollision"],
      ]);
    });
  });

  describe("refused rows and files", () => {
    it("refuses ids Excel destroyed and rows without an id, and imports the rest", () => {
      const p = plan(
        [TEAM_HEADER],
        [
          taobao([
            ["4.01287E+18", "a", "买家已付款，等待卖家发货", "杯子", "", "", "10", "", ""],
            ["", "b", "买家已付款，等待卖家发货", "", "", "", "", "", ""],
            ['="1002"', "c", "买家已付款，等待卖家发货", "碗", "", "", "10", "", ""],
          ]),
        ],
      );
      expect(p.refused.map((r) => [r.row, r.kind, r.params])).toEqual([
        [2, "idCorrupted", { value: "4.01287E+18" }],
        [3, "noOrderId", {}],
      ]);
      expect(p.added).toBe(1);
      expect(p.files).toEqual([
        { file: "ExportOrderList-1125.csv", platform: "taobao", rows: 3, orders: 1, refused: 2 },
      ]);
    });

    it("refuses an inventory list as not an order export", () => {
      const p = plan(
        [TEAM_HEADER],
        [
          {
            file: "库存.csv",
            grid: [
              ["SKU", "商品名称", "库存数量", "仓库"],
              ["CUP", "杯子", 3, "A1"],
            ],
          },
        ],
      );
      expect(p.refused).toEqual([
        {
          file: "库存.csv",
          row: 0,
          kind: "notOrderExport",
          params: { detail: "" },
        },
      ]);
      expect(p.added).toBe(0);
    });

    it("names the columns of a list that has a header but no order id", () => {
      const p = plan(
        [TEAM_HEADER],
        [
          {
            file: "stock.csv",
            grid: [
              ["SKU", "商品名称", "数量", "单价"],
              ["CUP", "杯子", 3, 9.9],
            ],
          },
        ],
      );
      expect(p.refused).toEqual([
        {
          file: "stock.csv",
          row: 1,
          kind: "notOrderExport",
          params: { detail: ": SKU, 商品名称, 数量, 单价" },
        },
      ]);
    });

    it("refuses to add rows over a totals row below the orders, and merges when nothing is new", () => {
      const grid = [
        TEAM_HEADER,
        teamRow({ orderId: "1", platform: "淘宝", product: "杯子" }),
        [],
        ["合计 Total", null, null, null, null, 128],
      ];
      const fresh = planImport(
        input(grid, [taobao([['="2"', "a", "买家已付款，等待卖家发货", "碗", "", "", "10", "", ""]])]),
      );
      expect(fresh).toEqual({
        ok: false,
        error: { kind: "rowsBelowOrders", sheet: "订单 Orders", row: 4, text: "合计 Total" },
      });
      const known = planImport(
        input(grid, [taobao([['="1"', "a", "卖家已发货，等待买家确认", "杯子", "", "", "10", "", ""]])]),
      );
      expect(known.ok && known.value.changed).toBe(1);
    });

    it("refuses a team sheet without an order id column", () => {
      const header = TEAM_HEADER.map((h, i) => (i === C.orderId ? "编号备注" : h));
      const result = planImport(input([header, teamRow({ product: "x" })], []));
      expect(result).toEqual({ ok: false, error: { kind: "teamNoOrderId", sheet: "订单 Orders" } });
    });
  });

  describe("a marketplace status that contradicts the workflow", () => {
    const cancelled = (status: string) => [
      TEAM_HEADER,
      teamRow({
        orderId: "2001",
        platform: "淘宝",
        product: "杯子",
        marketStatus: "买家已付款，等待卖家发货",
        status,
        owner: "王芳",
      }),
    ];
    const cancel = taobao([['="2001"', "a", "交易关闭", "杯子", "", "", "10", "", ""]]);

    it("flags an order the team is packing in its problem cell and lists it", () => {
      const p = plan(cancelled(label("processing")), [cancel]);
      expect(p.conflictList).toEqual([
        {
          row: 2,
          orderId: "2001",
          line: "杯子",
          from: "processing",
          to: "cancelled",
          market: "交易关闭",
          applied: false,
        },
      ]);
      const problem = p.updates.find((w) => w.area.column === C.problem);
      expect(String(problem?.values[0]?.[0])).toContain("交易关闭");
      expect(p.updates.some((w) => w.area.column === C.status)).toBe(false);
      // Once the marketplace status is on the sheet it is no news: importing again flags nothing.
      const again = plan(applyImport(cancelled(label("processing")), p), [cancel]);
      expect(again).toMatchObject({ conflicts: 0, updates: [], log: [] });
    });

    it("applies the move, logged, when the lead allows it and the lifecycle permits it", () => {
      const p = plan(cancelled(label("toProcess")), [cancel], { applyMarketMoves: true });
      expect(p.conflictList[0]).toMatchObject({ from: "toProcess", to: "cancelled", applied: true });
      const status = p.updates.find((w) => w.area.column === C.status);
      expect(status?.values).toEqual([[label("cancelled")]]);
      expect(p.log.find((e) => e.field === "status")).toMatchObject({
        from: label("toProcess"),
        to: label("cancelled"),
        source: "import",
      });
    });

    it("still only flags a move the lifecycle does not permit (packing → cancelled)", () => {
      const p = plan(cancelled(label("processing")), [cancel], { applyMarketMoves: true });
      expect(p.conflictList[0]).toMatchObject({ applied: false });
      expect(p.updates.some((w) => w.area.column === C.status)).toBe(false);
    });

    it("flags a refund started on a shipped order, and as a move it gets the refund reason", () => {
      const grid = [
        TEAM_HEADER,
        teamRow({
          orderId: "2002",
          platform: "Amazon",
          product: "Mug",
          sku: "MUG",
          marketStatus: "Shipped",
          status: label("shipped"),
        }),
      ];
      const refund = {
        file: "amazon.tsv",
        grid: [
          [
            "order-id",
            "order-status",
            "sku",
            "product-name",
            "purchase-date",
            "item-status",
            "refund-status",
          ],
          ["2002", "Shipped", "MUG", "Mug", "2026-11-20", "Shipped", "Refund requested"],
        ],
      };
      // Amazon's own refund column is not in the sample header set: use an after-sales status column.
      refund.grid[0]![6] = "售后状态";
      const p = plan(grid, [refund], { applyMarketMoves: true });
      expect(p.conflictList[0]).toMatchObject({ from: "shipped", to: "afterSales", applied: true });
      expect(p.updates.find((w) => w.area.column === C.problem)?.values).toEqual([["退款 Refund"]]);
      // Not allowed to move: flagged once; the sheet has no after-sales column, so the flag remembers it.
      const flagged = plan(grid, [refund]);
      expect(flagged.conflictList[0]).toMatchObject({
        to: "afterSales",
        applied: false,
        market: "Refund requested",
      });
      const again = plan(applyImport(grid, flagged), [refund]);
      expect(again).toMatchObject({ conflicts: 0, updates: [], log: [] });
    });
  });

  describe("line-level exports", () => {
    const shopify = {
      file: "orders_export.csv",
      grid: [
        [
          "Name",
          "Financial Status",
          "Fulfillment Status",
          "Lineitem quantity",
          "Lineitem name",
          "Lineitem sku",
          "Total",
        ],
        ["#1001", "paid", "unfulfilled", "1", "Mug", "MUG", "30"],
        ["#1001", "", "", "2", "Plate", "PLATE", ""],
      ],
    };

    it("keeps one row per line, keyed by platform, order id and line", () => {
      const p = plan([TEAM_HEADER], [shopify]);
      expect(p.added).toBe(2);
      expect(p.append.values.map((r) => [r[C.orderId], r[C.sku], r[C.quantity], r[C.status]])).toEqual([
        ["#1001", "MUG", 1, label("toProcess")],
        ["#1001", "PLATE", 2, label("toProcess")],
      ]);
      const again = plan(applyImport([TEAM_HEADER], p), [shopify]);
      expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 2, log: [] });
    });
  });

  describe("the team's vocabulary", () => {
    it("writes a status in the words the team already uses for it", () => {
      const workflow: Workflow = {
        stages: DEFAULT_WORKFLOW.stages.map((s) =>
          s.key === "toProcess" ? { ...s, spellings: ["待发货"] } : s,
        ),
      };
      const grid = [TEAM_HEADER, teamRow({ orderId: "1", platform: "淘宝", product: "x", status: "待发货" })];
      const p = plan(
        grid,
        [taobao([['="3001"', "a", "买家已付款，等待卖家发货", "碗", "", "", "10", "", ""]])],
        { workflow },
      );
      expect(p.append.values[0]?.[C.status]).toBe("待发货");
    });
  });
});
