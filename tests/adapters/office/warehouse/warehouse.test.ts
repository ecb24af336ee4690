import { createOfficeWorkbookPort } from "../../../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../../../src/adapters/office/setupSheet";
import { workflowRuntime } from "../../../../src/adapters/office/workflowRuntime";
import type { WarehousePort } from "../../../../src/core/port";
import type { FakeExcelHost, SeedCell } from "../../../fakeExcel";
import { enableComments, readComments } from "../../../fakeExcel/comments";
import { recordedPrint } from "../../../fakeExcel/pageLayout";
import { makeHost, NOW, OFFSET } from "../fixtures";

const label = {
  toProcess: "待处理 To process",
  processing: "处理中 Picking & packing",
  shipped: "已发货 Shipped",
};

const SHEET: SeedCell[][] = [
  ["订单号", "商品", "SKU", "数量", "库位", "收货人", "物流公司", "物流单号", "状态", "负责人"],
  ["1001", "杯子", "CUP", 2, "B-02", "张*", "", "", label.toProcess, "小李"],
  ["1001", "勺子", "SPOON", 1, "A-01", "张*", "", "", label.toProcess, "小李"],
  ["1002", "锅", "POT", 1, "A-03", "Tom", "顺丰", "", label.processing, "阿强"],
  ["1003", "碗", "BOWL", 1, "C-01", "Lucy", "顺丰", "SF9", label.shipped, "老张"],
];

async function setUp(): Promise<{ host: FakeExcelHost; restore: () => void; warehouse: WarehousePort }> {
  const { host, restore } = makeHost(SHEET);
  const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const port = createOfficeWorkbookPort();
  const saved = await port.saveTeam([
    { name: "小李", role: "operations", active: true },
    { name: "阿强", role: "warehouse", active: true },
    { name: "老张", role: "warehouse", active: true },
  ]);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  if (!port.warehouse) throw new Error("no warehouse port");
  return { host, restore, warehouse: port.warehouse };
}

const activity = (host: FakeExcelHost): unknown[][] =>
  host
    .sheetValues("Activity")
    .slice(1)
    .filter((row) => row.some((v) => v !== "" && v !== null));

const toDo = { kind: "stages", stages: ["toProcess", "processing"] } as const;

describe("warehouse sheets on the strict fake", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("writes the pick list sorted by location, prints it A4 fit to width, and leaves the order sheet alone", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const before = setup.host.snapshot("Orders");
    const result = await setup.warehouse.writePickList({ scope: toDo }, "小李");
    expect(result).toMatchObject({
      ok: true,
      value: { orders: 2, rows: 3, print: { pageLayout: "applied" } },
    });
    const values = setup.host.sheetValues("拣货单 Pick list");
    const table = values.slice(5).map((row) => row.slice(0, 7));
    expect(table).toEqual([
      ["Location", "SKU", "Product", "Variant", "Qty", "Orders", "Order ids"],
      ["A-01", "SPOON", "勺子", "", 1, 1, "1001"],
      ["A-03", "POT", "锅", "", 1, 1, "1002"],
      ["B-02", "CUP", "杯子", "", 2, 1, "1001"],
    ]);
    expect(recordedPrint("拣货单 Pick list")).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$6:$6",
      centerFooter: "&P / &N",
    });
    expect(setup.host.snapshot("Orders")).toEqual(before);
  });

  it("replaces the pick list when generated again: no row of the old list is left", async () => {
    const setup = await setUp();
    restore = setup.restore;
    await setup.warehouse.writePickList({ scope: toDo }, "小李");
    expect(setup.host.sheetValues("拣货单 Pick list")).toHaveLength(9);
    await setup.warehouse.writePickList({ scope: { kind: "stages", stages: ["processing"] } }, "小李");
    const values = setup.host.sheetValues("拣货单 Pick list");
    expect(values.slice(6).map((row) => row[1])).toEqual(["POT"]);
  });

  it("moves the scope's 待处理 orders to 处理中 through the checked, logged path when asked", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const result = await setup.warehouse.writePickList({ scope: toDo, moveToProcessing: true }, "小李");
    expect(result.ok && result.value.moved?.applied).toBe(2);
    const status = setup.host.sheetValues("Orders", "I2:I4").map((r) => r[0]);
    expect(status).toEqual([label.processing, label.processing, label.processing]);
    expect(
      activity(setup.host)
        .filter((r) => r[3] === "状态 Status")
        .map((r) => [r[1], r[6]]),
    ).toEqual([
      ["1001", "小李"],
      ["1001", "小李"],
    ]);
  });

  it("says so and writes nothing on an empty scope", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const result = await setup.warehouse.writePickList({ scope: { kind: "stages", stages: ["onHold"] } }, "");
    expect(result).toEqual({ ok: false, error: { kind: "emptyScope" } });
    expect(setup.host.workbook.sheetNames()).not.toContain("拣货单 Pick list");
  });

  it("writes packing slips with a barcode band and a page break between orders", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const result = await setup.warehouse.writePackingSlips({ scope: toDo });
    expect(result).toMatchObject({ ok: true, value: { orders: 2, rows: 2, barcodes: "cells" } });
    const values = setup.host.sheetValues("发货单 Packing slips");
    expect(values[0]?.slice(0, 4)).toEqual(["Order", "1001", "Platform", expect.any(String)]);
    const second = values.findIndex((row, i) => i > 0 && row[1] === "1002");
    expect(recordedPrint("发货单 Packing slips")?.pageBreaks).toEqual([second + 1]);
    // The barcode row under the id is drawn in black cells (Code 128 starts with a 2-module bar after the quiet zone).
    const fills = setup.host.sheetFormats("发货单 Packing slips").fill[1] ?? [];
    const dark = fills.map((f) => f === "#000000");
    expect(dark.slice(5, 15).every((d) => !d)).toBe(true);
    expect(dark.slice(15, 17)).toEqual([true, true]);
  });
});

describe("scan session on the strict fake", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("does not call a scan move that failed half-way unchanged", async () => {
    const setup = await setUp();
    restore = setup.restore;
    await workflowRuntime.start();
    const opened = await setup.warehouse.openScanSession();
    expect(opened.ok).toBe(true);
    const match = setup.warehouse.lookupScan('="1002"');
    if (match.kind !== "order") throw new Error(match.kind);
    // Sync 2 (cells and log) fails at its middle write: Excel keeps what came before it.
    setup.host.failSync(2, "AccessDenied", "middle");
    const moved = await setup.warehouse.moveScanned({
      orderKey: match.order.key,
      step: "ship",
      who: "阿强",
      tracking: "SF123",
      carrier: "顺丰",
    });
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.error).toMatchObject({ outcome: "unknown" });
  });

  it("answers scans from memory and ships with the scanned tracking in two syncs, logged as scan", async () => {
    const setup = await setUp();
    restore = setup.restore;
    await workflowRuntime.start();
    const opened = await setup.warehouse.openScanSession();
    expect(opened).toMatchObject({ ok: true, value: { orders: 3, defaultCarrier: "顺丰" } });
    setup.host.stats.reset();
    const match = setup.warehouse.lookupScan('="1002"');
    expect(setup.host.stats.syncs).toBe(0);
    if (match.kind !== "order") throw new Error(match.kind);
    const moved = await setup.warehouse.moveScanned({
      orderKey: match.order.key,
      step: "ship",
      who: "阿强",
      tracking: "SF123",
      carrier: "顺丰",
    });
    expect(moved).toMatchObject({ ok: true, value: { applied: 1, syncs: 2 } });
    expect(setup.host.stats.syncs).toBe(2);
    expect(setup.host.sheetValues("Orders", "H4:I4")).toEqual([["SF123", label.shipped]]);
    const log = activity(setup.host);
    expect(log.map((r) => [r[3], r[5], r[7]])).toEqual([
      ["快递单号 Tracking number", "SF123", "扫码 Scan"],
      ["状态 Status", label.shipped, "扫码 Scan"],
    ]);
    // The session knows: the tracking number now finds the order, and a second ship is refused by the core.
    const byTracking = setup.warehouse.lookupScan("sf123");
    expect(byTracking.kind === "order" && byTracking.order.stage).toBe("shipped");
  });

  it("refuses a move on a protected sheet and writes nothing", async () => {
    const setup = await setUp();
    restore = setup.restore;
    await setup.warehouse.openScanSession();
    const match = setup.warehouse.lookupScan("1001");
    if (match.kind !== "order") throw new Error(match.kind);
    setup.host.protectSheet("Orders");
    const before = setup.host.snapshot("Orders");
    const moved = await setup.warehouse.moveScanned({ orderKey: match.order.key, step: "pack", who: "阿强" });
    expect(moved).toEqual({ ok: false, error: { kind: "protectedSheet", sheet: "Orders" } });
    expect(setup.host.snapshot("Orders")).toEqual(before);
  });

  it("refuses a scan move while a cell is being edited, writing nothing", async () => {
    const setup = await setUp();
    restore = setup.restore;
    await setup.warehouse.openScanSession();
    const match = setup.warehouse.lookupScan("1002");
    if (match.kind !== "order") throw new Error(match.kind);
    const before = setup.host.snapshot("Orders");
    setup.host.setCellEditMode(true);
    const moved = await setup.warehouse.moveScanned({
      orderKey: match.order.key,
      step: "ship",
      who: "阿强",
      tracking: "SF5",
    });
    setup.host.setCellEditMode(false);
    expect(moved).toEqual({ ok: false, error: { kind: "cellEditMode" } });
    expect(setup.host.snapshot("Orders")).toEqual(before);
  });

  it("logs the reason when Ship goes ahead without every item verified", async () => {
    const setup = await setUp();
    restore = setup.restore;
    await setup.warehouse.openScanSession();
    const match = setup.warehouse.lookupScan("1002");
    if (match.kind !== "order") throw new Error(match.kind);
    const moved = await setup.warehouse.moveScanned({
      orderKey: match.order.key,
      step: "ship",
      who: "阿强",
      tracking: "SF6",
      carrier: "顺丰",
      override: "缺货，补发",
    });
    expect(moved.ok && moved.value.applied).toBe(1);
    expect(activity(setup.host).map((r) => [r[3], r[5], r[7]])).toContainEqual([
      "处理备注 Note",
      "缺货，补发",
      "扫码 Scan",
    ]);
  });

  it("notices rows that moved since the session opened and re-reads", async () => {
    const setup = await setUp();
    restore = setup.restore;
    await setup.warehouse.openScanSession();
    const match = setup.warehouse.lookupScan("1002");
    if (match.kind !== "order") throw new Error(match.kind);
    setup.host.workbook.setCells("Orders", "A4", [["9999"]]);
    const moved = await setup.warehouse.moveScanned({ orderKey: match.order.key, step: "ship", who: "阿强" });
    expect(moved).toEqual({ ok: false, error: { kind: "orderMoved", orderId: "1002" } });
    expect(setup.warehouse.lookupScan("9999").kind).toBe("order");
  });
});

describe("scan moves tell the owner, as a pane action does", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  async function withNotices(notify: boolean): Promise<{ host: FakeExcelHost; warehouse: WarehousePort }> {
    const made = makeHost(SHEET);
    restore = made.restore;
    enableComments(made.host, { documentUrl: "https://contoso-my.sharepoint.com/Orders.xlsx" });
    const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const port = createOfficeWorkbookPort();
    const saved = await port.saveTeam([
      { name: "小李", role: "operations", active: true, email: "xiaoli@example.com" },
      { name: "阿强", role: "warehouse", active: true, email: "aqiang@example.com" },
      { name: "老张", role: "warehouse", active: true, email: "laozhang@example.com" },
    ]);
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    if (notify) await port.setOptions({ notify: "zh-CN" });
    if (!port.warehouse) throw new Error("no warehouse port");
    return { host: made.host, warehouse: port.warehouse };
  }

  it("posts one thread on the order's id cell for the person routing handed it to, never the scanner", async () => {
    const { host, warehouse } = await withNotices(true);
    await warehouse.openScanSession();
    const match = warehouse.lookupScan("1001");
    if (match.kind !== "order") throw new Error(match.kind);
    const moved = await warehouse.moveScanned({ orderKey: match.order.key, step: "pack", who: "阿强" });
    // Both lines of 1001 were routed to the warehouse (load counted from the order's rows: one line each).
    const owners = host.sheetValues("Orders", "J2:J3").map((r) => r[0]);
    expect(owners).toEqual(["阿强", "老张"]);
    expect(moved.ok && moved.value).toMatchObject({
      applied: 2,
      syncs: 2,
      notices: { enabled: true, posted: 1, notPosted: 0, skipped: [{ name: "阿强", reason: "self" }] },
    });
    const threads = await readComments();
    // The due time is the move's (the scan reads the clock): only its shape is pinned.
    expect(threads.map((t) => [t.address, t.content])).toEqual([
      ["Orders!A2", expect.stringMatching(/^@老张 订单 1001 分配给你：处理中，截止 \d\d-\d\d \d\d:\d\d$/)],
    ]);
    expect(threads[0]!.mentions).toEqual([{ id: 0, name: "老张", email: "laozhang@example.com" }]);
  });

  it("posts nothing when the team setting is off, and the scan still moves the order", async () => {
    const { host, warehouse } = await withNotices(false);
    await warehouse.openScanSession();
    const match = warehouse.lookupScan("1001");
    if (match.kind !== "order") throw new Error(match.kind);
    const moved = await warehouse.moveScanned({ orderKey: match.order.key, step: "pack", who: "阿强" });
    expect(moved.ok && moved.value.notices).toMatchObject({ enabled: false, posted: 0 });
    expect(host.sheetValues("Orders", "I2").map((r) => r[0])).toEqual([label.processing]);
    expect(await readComments()).toEqual([]);
  });

  it("posts no notice for a move that hands the order to nobody new", async () => {
    const { warehouse } = await withNotices(true);
    await warehouse.openScanSession();
    const match = warehouse.lookupScan("1002");
    if (match.kind !== "order") throw new Error(match.kind);
    const moved = await warehouse.moveScanned({
      orderKey: match.order.key,
      step: "ship",
      who: "阿强",
      tracking: "SF77",
      carrier: "顺丰",
    });
    expect(moved.ok && moved.value.applied).toBe(1);
    expect(moved.ok && moved.value.notices).toMatchObject({ posted: 0, notPosted: 0 });
    expect(await readComments()).toEqual([]);
  });
});
