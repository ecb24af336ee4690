import { createOfficeWorkbookPort } from "../../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { WorkflowRuntime } from "../../../src/adapters/office/workflowRuntime";
import type { SeedCell } from "../../fakeExcel";
import type { FakeExcelHost } from "../../fakeExcel";
import { makeHost, NOW, OFFSET } from "./fixtures";

const label = {
  toProcess: "待处理 To process",
  processing: "处理中 Picking & packing",
  shipped: "已发货 Shipped",
  onHold: "异常 On hold",
};

/** A set-up team sheet: columns A–E are the user's, F–K OrderFlow's (after setup). */
const TEAM_SHEET: SeedCell[][] = [
  ["订单号", "商品", "买家", "物流公司", "物流单号", "状态", "负责人"],
  ["1001", "杯子", "小明", "", "", label.toProcess, "小李"],
  ["1002", "锅", "小红", "顺丰", "SF1", label.processing, "阿强"],
  ["1003", "碗", "Tom", "", "", label.processing, "阿强"],
  ["1004", "盘", "Lucy", "圆通", "YT1", label.shipped, "老张"],
];

async function setUp(
  seed: SeedCell[][] = TEAM_SHEET,
): Promise<{ host: FakeExcelHost; restore: () => void; runtime: WorkflowRuntime }> {
  const { host, restore } = makeHost(seed);
  const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const saved = await createOfficeWorkbookPort().saveTeam([
    { name: "小王", role: "customerService", active: true },
    { name: "小李", role: "operations", active: true },
    { name: "阿强", role: "warehouse", active: true },
    { name: "老张", role: "warehouse", active: true },
  ]);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  const runtime = new WorkflowRuntime();
  const started = await runtime.start();
  if (!started.ok || !started.value) throw new Error(`runtime did not start: ${JSON.stringify(started)}`);
  return { host, restore, runtime };
}

function activity(host: FakeExcelHost): unknown[][] {
  return host
    .sheetValues("Activity")
    .slice(1)
    .filter((row) => row.some((v) => v !== "" && v !== null));
}

describe("the workflow runtime on the strict fake", () => {
  let host: FakeExcelHost;
  let restore: () => void;
  let runtime: WorkflowRuntime;
  afterEach(() => restore());

  it("logs a typed status change once and stamps the status time", async () => {
    ({ host, restore, runtime } = await setUp());
    await host.userEdit("Orders", "F3", [[label.shipped]]);
    await runtime.idle();
    const log = activity(host);
    expect(log.map((r) => r.slice(1, 6))).toEqual([
      ["1002", "锅", "状态 Status", label.processing, label.shipped],
    ]);
    expect(log[0]![7]).toBe("手动输入 Typed");
    // The status time is the moment of the move: the time its log line carries, today's serial date.
    const since = host.sheetValues("Orders", "K3:K3")[0]![0];
    expect(since).toBe(log[0]![0]);
    expect(Math.abs(Number(since) - (Date.now() / 86_400_000 + 25_569))).toBeLessThan(1);
    expect(host.eventErrors).toEqual([]);
  });

  it("logs a paste of 500 rows in one append, reading only the changed rows", async () => {
    const rows: SeedCell[][] = [TEAM_SHEET[0]!];
    for (let i = 0; i < 500; i++) rows.push([`${5000 + i}`, "杯子", "", "", "", label.toProcess, "小李"]);
    ({ host, restore, runtime } = await setUp(rows));
    host.stats.reset();
    await host.userEdit(
      "Orders",
      "F2:F501",
      Array.from({ length: 500 }, () => [label.processing]),
    );
    await runtime.idle();
    const log = activity(host);
    expect(log.filter((r) => r[3] === "状态 Status" && r[7] === "粘贴 Paste")).toHaveLength(500);
    expect(log.filter((r) => r[3] === "负责人 Owner" && r[7] === "自动分配 Auto-routing")).toHaveLength(500);
    expect(host.stats.syncs).toBeLessThan(15);
  });

  it("sees a sort as no change and logs nothing", async () => {
    ({ host, restore, runtime } = await setUp());
    const values = host.sheetValues("Orders", "A2:G5");
    host.workbook.setCells("Orders", "A2", [...values].reverse());
    await host.raiseChange({ sheet: "Orders", address: "A2:G5" });
    await runtime.idle();
    expect(activity(host)).toEqual([]);
  });

  it("diffs a sort of 6,000 rows against a chunked read of the whole sheet: only the real change is logged", async () => {
    const rows: SeedCell[][] = [TEAM_SHEET[0]!];
    for (let i = 0; i < 6000; i++) rows.push([`${9000 + i}`, "杯子", "", "", "", label.toProcess, "小李"]);
    ({ host, restore, runtime } = await setUp(rows));
    const values = host.sheetValues("Orders", "A2:G6001");
    const sorted = [...values].reverse();
    sorted[5999]![5] = label.processing; // order 9000, now last, also moved on in the same edit
    host.workbook.setCells("Orders", "A2", sorted);
    host.stats.reset();
    await host.raiseChange({ sheet: "Orders", address: "A2:G6001" });
    await runtime.idle();
    expect(
      activity(host)
        .filter((r) => r[3] === "状态 Status")
        .map((r) => [r[1], r[4], r[5]]),
    ).toEqual([["9000", label.toProcess, label.processing]]);
    expect(host.stats.largestResponse).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);

  it("flags an illegal move on the row in flag mode", async () => {
    ({ host, restore, runtime } = await setUp());
    await host.userEdit("Orders", "F5", [[label.toProcess]]); // shipped → to process
    await runtime.idle();
    expect(host.sheetValues("Orders", "J5:J5")[0]![0]).toBe(
      "非法流转 已发货→待处理 / Illegal move Shipped→To process",
    );
    expect(runtime.lastOutcome?.illegal).toEqual([
      { row: 5, orderId: "1004", from: "shipped", to: "toProcess", kind: "illegalMove", reverted: false },
    ]);
  });

  it("writes the old status back in strict mode, switched on from the pane", async () => {
    ({ host, restore, runtime } = await setUp());
    const port = createOfficeWorkbookPort();
    expect(await port.setOptions({ strict: true })).toEqual({ ok: true, value: true });
    const view = await port.readOrders();
    expect(view.ok && view.value.options).toEqual({ strict: true, autoRoute: true, marketMoves: false });
    await host.userEdit("Orders", "F5", [[label.toProcess]]);
    await runtime.idle();
    expect(host.sheetValues("Orders", "F5:F5")[0]![0]).toBe(label.shipped);
    expect(activity(host)).toEqual([]);
  });

  it("ignores a co-author's change in the log but knows it afterwards", async () => {
    ({ host, restore, runtime } = await setUp());
    await host.userEdit("Orders", "F3", [[label.shipped]], "Remote");
    await runtime.idle();
    expect(activity(host)).toEqual([]);
    await host.userEdit("Orders", "F3", [["已签收 Delivered"]]);
    await runtime.idle();
    // Delivered belongs to customer service: the order is routed from the warehouse to 小王.
    expect(activity(host).map((r) => [r[4], r[5]])).toEqual([
      [label.shipped, "已签收 Delivered"],
      ["阿强", "小王"],
    ]);
  });

  it("does not take the add-in's own writes for user edits", async () => {
    ({ host, restore, runtime } = await setUp());
    await host.userEdit("Orders", "F2", [[label.processing]]);
    await runtime.idle();
    await host.flushEvents();
    await runtime.idle();
    // One status entry and one routing entry; the due/status-time writes did not come back as edits.
    expect(activity(host).map((r) => [r[3], r[7]])).toEqual([
      ["状态 Status", "手动输入 Typed"],
      ["负责人 Owner", "自动分配 Auto-routing"],
    ]);
  });

  it("routes an order entering the warehouse to the warehouse member with fewest open orders", async () => {
    ({ host, restore, runtime } = await setUp());
    await host.userEdit("Orders", "F2", [[label.processing]]); // 小李 (operations) → warehouse
    await runtime.idle();
    expect(host.sheetValues("Orders", "G2:G2")[0]![0]).toBe("老张"); // 阿强 has two open orders, 老张 one
  });

  it("keeps the owner when auto-routing is switched off", async () => {
    ({ host, restore, runtime } = await setUp());
    await createOfficeWorkbookPort().setOptions({ autoRoute: false });
    await host.userEdit("Orders", "F2", [[label.processing]]);
    await runtime.idle();
    expect(host.sheetValues("Orders", "G2:G2")[0]![0]).toBe("小李");
    expect(activity(host).map((r) => r[3])).toEqual(["状态 Status"]);
  });

  it("fill-down over several rows logs each row", async () => {
    ({ host, restore, runtime } = await setUp());
    await host.userEdit("Orders", "G2:G4", [["小王"], ["小王"], ["小王"]]);
    await runtime.idle();
    expect(activity(host).map((r) => [r[1], r[3], r[4], r[5], r[7]])).toEqual([
      ["1001", "负责人 Owner", "小李", "小王", "粘贴 Paste"],
      ["1002", "负责人 Owner", "阿强", "小王", "粘贴 Paste"],
      ["1003", "负责人 Owner", "阿强", "小王", "粘贴 Paste"],
    ]);
  });
});

describe("the Office WorkbookPort on the strict fake", () => {
  let host: FakeExcelHost;
  let restore: () => void;
  afterEach(() => restore());

  it("advances 1,000 selected rows in a handful of syncs, refusing those that can not move", async () => {
    const rows: SeedCell[][] = [TEAM_SHEET[0]!];
    for (let i = 0; i < 1000; i++)
      rows.push([
        `${7000 + i}`,
        "杯子",
        "",
        i % 10 === 0 ? "" : "顺丰",
        i % 10 === 0 ? "" : `SF${i}`,
        label.processing,
        "阿强",
      ]);
    ({ host, restore } = await setUp(rows));
    await host.select("Orders", "A2:G1001");
    host.stats.reset();
    const port = createOfficeWorkbookPort();
    const result = await port.applyAction({ kind: "advance" }, { kind: "selection" }, "小王");
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.applied).toBe(900);
    expect(result.value.refused).toHaveLength(100);
    expect(new Set(result.value.refused.map((r) => r.kind))).toEqual(new Set(["missingRequired"]));
    // Reads (~7), both sheets' protection (1), cells (1), the log through its table (open 2, add 1,
    // check 1), events on (1): no sync per row.
    expect(host.stats.syncs).toBeLessThanOrEqual(15);
    expect(host.sheetValues("Orders", "F3:F3")[0]![0]).toBe(label.shipped);
    expect(host.sheetValues("Orders", "F2:F2")[0]![0]).toBe(label.processing);
    expect(activity(host).filter((r) => r[3] === "状态 Status")).toHaveLength(900);
  });

  it("ships with the carrier and tracking typed in the pane, written with the move and logged", async () => {
    ({ host, restore } = await setUp());
    const result = await createOfficeWorkbookPort().applyAction(
      { kind: "advance", fields: { all: { carrier: "中通" }, byRow: { 4: { tracking: "ZT7" } } } },
      { kind: "rows", rows: [4] },
      "阿强",
    );
    expect(result.ok && result.value.applied).toBe(1);
    expect(host.sheetValues("Orders", "D4:F4")[0]).toEqual(["中通", "ZT7", label.shipped]);
    expect(activity(host).map((r) => [r[1], r[3], r[5]])).toEqual([
      ["1003", "快递公司 Carrier", "中通"],
      ["1003", "快递单号 Tracking number", "ZT7"],
      ["1003", "状态 Status", label.shipped],
    ]);
  });

  it("writes a flagged problem's note into the note column setup added, and logs it", async () => {
    ({ host, restore } = await setUp());
    const header = host.sheetValues("Orders", "A1:M1")[0]!;
    const note = header.indexOf("处理备注 Note");
    expect(note).toBeGreaterThan(0);
    const result = await createOfficeWorkbookPort().applyAction(
      { kind: "flagProblem", reason: "outOfStock", note: "等供应商补货" },
      { kind: "rows", rows: [2] },
      "小李",
    );
    expect(result.ok && result.value.applied).toBe(1);
    expect(host.sheetValues("Orders", "A2:M2")[0]![note]).toBe("等供应商补货");
    expect(activity(host).map((r) => [r[3], r[5]])).toContainEqual(["处理备注 Note", "等供应商补货"]);
  });

  it("logs a move made on the board with source board", async () => {
    ({ host, restore } = await setUp());
    const result = await createOfficeWorkbookPort().applyAction(
      { kind: "setStatus", status: "processing" },
      { kind: "rows", rows: [2], from: "board" },
      "小李",
    );
    expect(result.ok && result.value.applied).toBe(1);
    expect(activity(host).map((r) => [r[3], r[6], r[7]])).toEqual([
      ["状态 Status", "小李", "看板 Board"],
      ["负责人 Owner", "小李", "自动分配 Auto-routing"],
    ]);
  });

  it("grows the new Activity table over every entry of the first action after setup", async () => {
    ({ host, restore } = await setUp());
    const port = createOfficeWorkbookPort();
    const result = await port.applyAction(
      { kind: "assign", owner: "小王" },
      { kind: "rows", rows: [2, 3, 4] },
      "小王",
    );
    expect(result.ok && result.value.logged).toBe(3);
    expect(host.tables().find((t) => t.name === "OrderFlowActivity")?.address).toBe("Activity!A1:H4");
    expect(activity(host).map((r) => r[1])).toEqual(["1001", "1002", "1003"]);
  });

  it("suggests tags from buyer notes, leaving out tags the order has", async () => {
    ({ host, restore } = await setUp([
      ["订单号", "商品", "买家留言", "标签"],
      ["1001", "杯子", "请尽快发货，送人的要贺卡", ""],
      ["1002", "锅", "请尽快发货", "加急"],
      ["1003", "碗", "谢谢", ""],
    ]));
    const result = await createOfficeWorkbookPort().readOrders();
    expect(result.ok && result.value.orders.map((o) => [o.orderId, o.suggestedTags])).toEqual([
      ["1001", ["加急", "贺卡"]],
      ["1002", []],
      ["1003", []],
    ]);
  });

  it("checks the sheet and gives every problem an address to jump to", async () => {
    ({ host, restore } = await setUp());
    const port = createOfficeWorkbookPort();
    const result = await port.checkSheet();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.checkedRows).toBe(4);
    const missing = result.value.problems.filter((p) => p.kind === "missingRequired");
    expect(missing.map((p) => p.address)).toEqual([]);
    await host.userEdit("Orders", "A3", [["3.51531E+16"]]);
    const again = await port.checkSheet();
    const corrupted = again.ok ? again.value.problems.find((p) => p.kind === "idCorrupted") : undefined;
    expect(corrupted?.address).toBe("Orders!A3");
    expect(corrupted?.message["zh-CN"]).toContain("已被 Excel 改坏");
    expect((await port.select(corrupted!.address)).ok).toBe(true);
  });

  it("reads the orders for the pane with stages, team and overdue flags", async () => {
    ({ host, restore } = await setUp());
    const port = createOfficeWorkbookPort();
    const result = await port.readOrders();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.orders.map((o) => [o.row, o.orderId, o.status, o.owner])).toEqual([
      [2, "1001", "toProcess", "小李"],
      [3, "1002", "processing", "阿强"],
      [4, "1003", "processing", "阿强"],
      [5, "1004", "shipped", "老张"],
    ]);
    expect(result.value.stages.map((s) => s.key)).toContain("afterSales");
    expect(result.value.stages.find((s) => s.key === "processing")?.wipLimit).toBe(100); // from the settings sheet
  });

  it("shows an id Excel destroyed as Excel shows it, marked, never as the digits it invented", async () => {
    ({ host, restore } = await setUp());
    await host.userEdit("Orders", "A3", [["3.51531E+16"]]); // Excel stores the number 35153100000000000
    const result = await createOfficeWorkbookPort().readOrders();
    const card = result.ok ? result.value.orders.find((o) => o.row === 3) : undefined;
    expect(card).toMatchObject({ orderId: "3.51531E+16", idCorrupted: true });
    expect(result.ok && result.value.orders.find((o) => o.row === 2)?.idCorrupted).toBe(false);
  });

  it("inspects the active sheet for onboarding and says whether it is set up", async () => {
    ({ host, restore } = makeHost());
    const port = createOfficeWorkbookPort();
    const before = await port.inspectSheet();
    if (!before.ok) throw new Error(JSON.stringify(before.error));
    expect(before.value).toMatchObject({
      sheetName: "Orders",
      platform: "taobao",
      headerRow: 2,
      dataRows: 4,
      setUp: false,
    });
    expect(before.value.columns[0]).toMatchObject({ letter: "A", header: "订单编号", field: "orderId" });
    expect(before.value.preview[0]![0]).toBe("35153131473293579");
    expect((await port.setupSheet()).ok).toBe(true);
    // From now on the shared runtime loads with the workbook, so edits are logged with the pane closed.
    expect((Office.addin as unknown as { startupBehavior: string }).startupBehavior).toBe("Load");
    const after = await port.inspectSheet();
    expect(after.ok && after.value.setUp).toBe(true);
  });

  it("follows the selection in Excel", async () => {
    ({ host, restore } = await setUp());
    const port = createOfficeWorkbookPort();
    const seen: number[][] = [];
    const stop = await port.onSelectionChanged((selection) => seen.push([...selection.rows]));
    await host.select("Orders", "B2:C4");
    await host.flushEvents();
    expect(seen).toEqual([[2, 3, 4]]);
    // Every click raises the event: the second one reuses the layout instead of reading it again.
    host.stats.reset();
    await host.select("Orders", "A5:A9");
    await host.flushEvents();
    expect(seen[1]).toEqual([5]);
    expect(host.stats.syncs).toBeLessThanOrEqual(1);
    stop();
  });

  it("returns a typed error for a protected sheet and changes nothing", async () => {
    ({ host, restore } = await setUp());
    await host.select("Orders", "A2:G2");
    host.protectSheet("Orders");
    const before = host.snapshot("Orders");
    const port = createOfficeWorkbookPort();
    const result = await port.applyAction({ kind: "assign", owner: "小王" }, { kind: "selection" }, "小王");
    expect(result).toEqual({ ok: false, error: { kind: "protectedSheet", sheet: "Orders" } });
    expect(host.snapshot("Orders")).toEqual(before);
  });

  it("names a protected Activity sheet and writes nothing to the order sheet either", async () => {
    ({ host, restore } = await setUp());
    host.protectSheet("Activity");
    const before = host.snapshot("Orders");
    const result = await createOfficeWorkbookPort().applyAction(
      { kind: "assign", owner: "小王" },
      { kind: "rows", rows: [2] },
      "小王",
    );
    expect(result).toEqual({ ok: false, error: { kind: "protectedSheet", sheet: "Activity" } });
    expect(host.snapshot("Orders")).toEqual(before);
  });

  it("tells the pane when the selection moves to another sheet", async () => {
    ({ host, restore } = await setUp());
    const port = createOfficeWorkbookPort();
    const seen: { sheet: string; rows: number[] }[] = [];
    const stop = await port.onSelectionChanged((s) => seen.push({ sheet: s.sheetName, rows: [...s.rows] }));
    await host.select("Orders", "A2:A3");
    await host.flushEvents();
    await host.select("Activity", "B2:B4");
    await host.flushEvents();
    expect(seen).toEqual([
      { sheet: "Orders", rows: [2, 3] },
      { sheet: "Activity", rows: [] },
    ]);
    stop();
  });

  it("says the workbook is not set up yet", async () => {
    ({ host, restore } = makeHost());
    expect(await createOfficeWorkbookPort().readOrders()).toEqual({ ok: false, error: { kind: "notSetUp" } });
  });
});

describe("the port's weekly review", () => {
  it("builds the review sheet for a chosen week through the port", async () => {
    const { host, restore } = await setUp();
    try {
      const result = await createOfficeWorkbookPort().refreshReview({ year: 2026, week: 47 });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.value.week).toEqual({ year: 2026, week: 47 });
      expect(result.value.summaries).toBe("pivotTables");
      expect(host.workbook.sheetNames()).toContain(result.value.sheetName);
      expect(host.sheetValues("Orders", "A1:G1")[0]).toEqual(TEAM_SHEET[0]);
    } finally {
      restore();
    }
  });
});
