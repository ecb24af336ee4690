import type { CellValue } from "../../../src/core/grid";
import { DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { WarehouseOrder } from "../../../src/core/warehouse";
import {
  buildScanIndex,
  canShip,
  decideScanStep,
  matchScan,
  PICK_LIST_SHEET,
  planPackingSlips,
  planPickList,
  readWarehouseOrders,
  selectOrders,
  VERIFY_IDLE,
  verifyParcel,
} from "../../../src/core/warehouse";
import type { VerifyEvent, VerifyState } from "../../../src/core/warehouse";
import { mappedSheet, NOW, snapshotOf } from "../plan/builders";

const HEADER = [
  "订单号",
  "平台",
  "收货人",
  "手机",
  "商品",
  "规格",
  "SKU",
  "数量",
  "库位",
  "买家留言",
  "贺卡",
  "标签",
  "快递单号",
  "状态",
  "负责人",
];
const ROWS: CellValue[][] = [
  [
    "1001",
    "淘宝",
    "张*",
    "138****0001",
    "杯子",
    "红",
    "CUP-R",
    2,
    "B-02",
    "请尽快发货",
    "生日快乐",
    "加急",
    "",
    "待处理",
    "阿强",
  ],
  ["1001", "淘宝", "", "", "勺子", "", "SPOON", 1, "A-01", "", "", "", "", "待处理", "阿强"],
  [
    "1002",
    "抖音",
    "李**",
    "139****0002",
    "杯子",
    "红",
    "CUP-R",
    1,
    "B-02",
    "",
    "",
    "",
    "SF100",
    "处理中",
    "老张",
  ],
  ['="0001003"', "京东", "Tom", "", "锅", "", "POT", 1, "", "", "", "", "SF100", "处理中", "老张"],
  ["1004", "淘宝", "Lucy", "", "碗", "", "BOWL", 3, "C-10", "", "", "", "YT7", "已发货", "老张"],
  ["1005", "淘宝", "Ann", "", "盘", "", "PLATE", 1, "A-01", "", "", "", "", "已完成", "老张"],
];

function orders(rows: CellValue[][] = ROWS, header: string[] = HEADER): WarehouseOrder[] {
  return readWarehouseOrders(mappedSheet(snapshotOf([header, ...rows])), DEFAULT_WORKFLOW);
}

function order(id: string, list = orders()): WarehouseOrder {
  const found = list.find((o) => o.orderId === id);
  if (!found) throw new Error(`no order ${id}`);
  return found;
}

describe("warehouse orders", () => {
  it("groups lines into orders, with location and gift-card text read from their headers", () => {
    const first = order("1001");
    expect(first.lines.map((l) => [l.sku, l.quantity, l.location, l.row])).toEqual([
      ["CUP-R", 2, "B-02", 2],
      ["SPOON", 1, "A-01", 3],
    ]);
    expect([first.recipient, first.phone, first.giftCard, first.tags, first.stage]).toEqual([
      "张*",
      "138****0001",
      "生日快乐",
      ["加急"],
      "toProcess",
    ]);
  });

  it.each([
    [{ kind: "stages", stages: ["toProcess", "processing"] } as const, ["1001", "1002", "0001003"]],
    [{ kind: "stages", stages: ["processing"], platform: "京东" } as const, ["0001003"]],
    [{ kind: "stages", stages: ["toProcess"], owner: "老张" } as const, []],
    [{ kind: "rows", rows: [3, 6] } as const, ["1001", "1004"]],
  ])("selects the scope %j", (scope, ids) => {
    expect(selectOrders(orders(), scope).map((o) => o.orderId)).toEqual(ids);
  });
});

describe("pick list", () => {
  const scope = { kind: "stages", stages: ["toProcess", "processing"] } as const;
  const plan = (locale: "zh-CN" | "en-US" = "zh-CN", hasLocation = true) => {
    const result = planPickList({
      orders: selectOrders(orders(), scope),
      scope,
      workflow: DEFAULT_WORKFLOW,
      locale,
      now: NOW,
      hasLocation,
    });
    if (!result.ok) throw new Error("refused");
    return result.value;
  };

  it("has one row per SKU with totals, order counts and ids, sorted by location then SKU", () => {
    const p = plan();
    expect(p.sheetName).toBe(PICK_LIST_SHEET);
    expect(p.grid.slice(p.tableHeaderRow)).toEqual([
      ["库位", "SKU", "商品", "规格", "数量", "订单数", "订单号", "已拣 ✓"],
      ["A-01", "SPOON", "勺子", "", 1, 1, "1001", ""],
      ["B-02", "CUP-R", "杯子", "红", 3, 2, "1001, 1002", ""],
      ["", "POT", "锅", "", 1, 1, "0001003", ""],
    ]);
    expect(p.totals).toEqual({ orders: 3, lines: 3, units: 5 });
    expect(p.tickColumn).toBe(7);
  });

  it("writes the header block in the team's language", () => {
    expect(plan("zh-CN").grid.slice(0, 4)).toEqual([
      ["拣货单"],
      ["生成时间：2026-11-25 09:00"],
      ["范围：待处理 + 处理中"],
      ["合计：3 个订单，3 种商品，5 件"],
    ]);
    const en = plan("en-US", false);
    expect(en.grid[2]).toEqual(["Scope: To process + Picking & packing"]);
    expect(en.grid[en.tableHeaderRow]?.[0]).toBe("SKU");
  });

  it("refuses an empty scope with a bilingual message", () => {
    const result = planPickList({
      orders: [],
      scope,
      workflow: DEFAULT_WORKFLOW,
      locale: "zh-CN",
      now: NOW,
      hasLocation: false,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message["en-US"]).toMatch(/No orders/);
  });
});

describe("packing slips", () => {
  const list = selectOrders(orders(), { kind: "stages", stages: ["toProcess", "processing"] });

  it("writes one block per order, masked recipients as given, gift card and tags in bold", () => {
    const result = planPackingSlips({ orders: list, locale: "zh-CN" });
    if (!result.ok) throw new Error("refused");
    const { grid, blocks, bold } = result.value;
    expect(blocks.map((b) => b.orderId)).toEqual(["1001", "1002", "0001003"]);
    const first = grid.slice(blocks[0]!.firstRow, blocks[0]!.firstRow + blocks[0]!.rowCount);
    expect(first).toEqual([
      ["订单号", "1001", "平台", "淘宝"],
      [],
      [],
      ["收货人", "张*", "电话", "138****0001"],
      ["地址", ""],
      ["SKU", "商品", "规格", "数量"],
      ["CUP-R", "杯子", "红", 2],
      ["SPOON", "勺子", "", 1],
      ["买家留言", "请尽快发货"],
      ["贺卡", "生日快乐"],
      ["标签", "加急"],
    ]);
    const boldTexts = bold.map((b) => grid[b.row]?.[b.column]);
    expect(boldTexts).toEqual(["1001", "生日快乐", "加急", "1002", "0001003"]);
    // One per page: a break above every block but the first.
    expect(result.value.pageBreaks).toEqual([blocks[1]!.firstRow, blocks[2]!.firstRow]);
  });

  it.each([
    [1, 2],
    [2, 1],
    [3, 0],
  ])("with %i slips per page puts %i page breaks", (perPage, breaks) => {
    const result = planPackingSlips({ orders: list, locale: "en-US", perPage });
    expect(result.ok && result.value.pageBreaks.length).toBe(breaks);
  });
});

describe("scan matching", () => {
  const index = buildScanIndex(orders());

  it.each([
    ["1002", "order", "1002", "orderId"],
    ['="1002"', "order", "1002", "orderId"],
    ["  1002\t", "order", "1002", "orderId"],
    ["0001002", "order", "1002", "orderId"],
    ["1003", "order", "0001003", "orderId"],
    ["TB1001", "unknown", null, null],
    ["TB001004", "order", "1004", "orderId"],
    ["yt7", "order", "1004", "tracking"],
    ["SF100", "sharedTracking", null, null],
    ["9999", "unknown", null, null],
    ["", "empty", null, null],
  ])("%j → %s", (code, kind, id, via) => {
    const match = matchScan(index, code);
    expect(match.kind).toBe(kind);
    if (match.kind === "order") expect([match.order.orderId, match.via]).toEqual([id, via]);
  });

  it("reports an id two platforms share as ambiguous", () => {
    const twice = buildScanIndex(
      orders([
        ["2001", "淘宝", "", "", "杯", "", "A", 1, "", "", "", "", "", "待处理", ""],
        ["2001", "抖音", "", "", "杯", "", "A", 1, "", "", "", "", "", "待处理", ""],
      ]),
    );
    const match = matchScan(twice, "2001");
    expect(match.kind === "ambiguous" && match.orders.map((o) => o.platform)).toEqual(["淘宝", "抖音"]);
  });
});

describe("scan step", () => {
  const list = orders();
  it.each([
    ["1001", "pack", "move"],
    ["1001", "ship", "wrongStage"],
    ["1002", "ship", "move"],
    ["1002", "pack", "alreadyThere"],
    ["1004", "ship", "alreadyShipped"],
    ["1005", "pack", "alreadyShipped"],
  ] as const)("order %s with %s → %s", (id, step, kind) => {
    expect(decideScanStep(order(id, list), step, DEFAULT_WORKFLOW, new Set()).kind).toBe(kind);
  });

  it("refuses the same order scanned twice in a session", () => {
    const o = order("1002", list);
    expect(decideScanStep(o, "ship", DEFAULT_WORKFLOW, new Set([o.key])).kind).toBe("scannedTwice");
  });
});

describe("scan to verify", () => {
  const run = (events: VerifyEvent[]): { state: VerifyState; outcomes: string[] } => {
    let state: VerifyState = VERIFY_IDLE;
    const outcomes: string[] = [];
    for (const event of events) {
      const step = verifyParcel(state, event);
      state = step.state;
      outcomes.push(step.outcome.kind);
    }
    return { state, outcomes };
  };
  const o = order("1001");

  it("when idle, refuses an item scan", () => {
    expect(run([{ kind: "item", code: "CUP-R" }]).outcomes).toEqual(["noOrder"]);
  });

  it("when verifying, ticks lines and quantities and completes when nothing is missing", () => {
    const { state, outcomes } = run([
      { kind: "order", order: o },
      { kind: "item", code: "cup-r" },
      { kind: "item", code: "SPOON" },
      { kind: "item", code: "CUP-R" },
    ]);
    expect(outcomes).toEqual(["started", "itemOk", "itemOk", "complete"]);
    expect(canShip(state)).toBe(true);
    expect(state.kind !== "idle" && state.lines.map((l) => [l.got, l.need])).toEqual([
      [2, 2],
      [1, 1],
    ]);
  });

  it("refuses a wrong item and one more than ordered, and Ship stays closed", () => {
    const { state, outcomes } = run([
      { kind: "order", order: o },
      { kind: "item", code: "POT" },
      { kind: "item", code: "SPOON" },
      { kind: "item", code: "SPOON" },
    ]);
    expect(outcomes).toEqual(["started", "wrongItem", "itemOk", "tooMany"]);
    expect(canShip(state)).toBe(false);
  });

  it("allows Ship with an override only when a reason is given", () => {
    const { state, outcomes } = run([
      { kind: "order", order: o },
      { kind: "override", reason: "  " },
      { kind: "override", reason: "缺货，补发" },
    ]);
    expect(outcomes).toEqual(["started", "overrideNeedsReason", "overridden"]);
    expect(state.kind === "complete" && state.override).toBe("缺货，补发");
    expect(canShip(state)).toBe(true);
  });
});
