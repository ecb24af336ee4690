/**
 * The places where real Excel would have lost a team's data behind a kinder fake (issue 9), each on the
 * strict fake's default switches.
 */
import { createOfficeWorkbookPort } from "../../../src/adapters/office/officeWorkbookPort";
import { refreshWeeklyReview } from "../../../src/adapters/office/review";
import { excelIdle } from "../../../src/adapters/office/runExcel";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { workflowRuntime } from "../../../src/adapters/office/workflowRuntime";
import { KPI_TABLE } from "../../../src/core/review";
import type { FakeExcelHost, SeedCell } from "../../fakeExcel";
import { makeHost, NOW, OFFSET } from "./fixtures";

const label = {
  toProcess: "待处理 To process",
  processing: "处理中 Picking & packing",
  shipped: "已发货 Shipped",
};
const SHEET: SeedCell[][] = [
  ["订单号", "商品", "买家", "物流公司", "物流单号", "状态", "负责人"],
  ["1001", "杯子", "小明", "", "", label.toProcess, "小李"],
  ["1002", "锅", "小红", "顺丰", "SF1", label.processing, "阿强"],
  ["1003", "碗", "Tom", "顺丰", "SF2", label.processing, "阿强"],
  ["1004", "盘", "Lucy", "圆通", "YT1", label.shipped, "老张"],
];
const port = createOfficeWorkbookPort();

let restore: () => void = () => undefined;
afterEach(() => restore());

async function setUp(seed: SeedCell[][] = SHEET): Promise<FakeExcelHost> {
  workflowRuntime.stop();
  const made = makeHost(seed);
  restore = made.restore;
  const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const team = await port.saveTeam([
    { name: "小王", role: "customerService", active: true },
    { name: "阿强", role: "warehouse", active: true },
    { name: "老张", role: "warehouse", active: true },
  ]);
  if (!team.ok) throw new Error(JSON.stringify(team.error));
  await workflowRuntime.start();
  await settle(made.host);
  return made.host;
}

async function settle(host: FakeExcelHost): Promise<void> {
  await host.flushEvents();
  await workflowRuntime.idle();
  await excelIdle();
  await workflowRuntime.idle();
}

function log(host: FakeExcelHost): unknown[][] {
  return host
    .sheetValues("Activity")
    .slice(1)
    .filter((row) => row.some((v) => v !== ""));
}

function statusLog(host: FakeExcelHost): string[] {
  return log(host)
    .filter((r) => r[3] === "状态 Status")
    .map((r) => `${String(r[1])} ${String(r[5])}`);
}

describe("the Office adapter on the strict fake", () => {
  it("a protected sheet whose status column is unlocked: statuses are put back, nothing logged, says unchanged", async () => {
    const host = await setUp();
    const before = host.sheetValues("Orders");
    host.protectSheet("Orders");
    host.unlockCells("Orders", "F1:F5");
    const result = await port.applyAction({ kind: "advance" }, { kind: "rows", rows: [3, 4] }, "阿强");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: "protectedSheet" });
    if (!result.ok) expect(result.error.outcome ?? "unchanged").toBe("unchanged");
    await settle(host);
    expect(host.sheetValues("Orders")).toEqual(before);
    expect(statusLog(host)).toEqual([]);
  });

  it("advances every area of a Ctrl-click selection (getSelectedRange would throw)", async () => {
    const host = await setUp();
    await host.select("Orders", "A3:G3,A5:G5");
    const result = await port.applyAction(
      { kind: "setStatus", status: "shipped" },
      { kind: "selection" },
      "阿强",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await settle(host);
    expect(statusLog(host)).toEqual([`1002 ${label.shipped}`]);
    expect(result.value.refused).toHaveLength(1); // 1004 is shipped already
  });

  it("logs a change to several areas that arrives as one comma-separated address", async () => {
    const host = await setUp();
    await host.userEdit("Orders", "F3,F4", [[label.shipped]]);
    await settle(host);
    expect(statusLog(host).sort()).toEqual([`1002 ${label.shipped}`, `1003 ${label.shipped}`]);
    expect(host.eventErrors).toEqual([]);
  });

  it("logs a user's edit made while an action had the runtime's events off (Excel without triggerSource)", async () => {
    const host = await setUp();
    // Below ExcelApi 1.14 Excel can not mark the add-in's own writes, so events go off around them.
    host.setRequirementSet("ExcelApi", "1.13");
    // The user types while the action's cells are being written (events are off: never delivered).
    host.beforeSync(6, () => host.workbook.typeCells("Orders", "F2", [[label.processing]]));
    const result = await port.applyAction(
      { kind: "assign", owner: "老张" },
      { kind: "rows", rows: [3] },
      "小王",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await settle(host);
    expect(statusLog(host)).toEqual([`1001 ${label.processing}`]);
  });

  it("keeps events on around an action where Excel marks its own writes: the action is logged once, as the pane's", async () => {
    const host = await setUp();
    const before = log(host).length;
    const result = await port.applyAction(
      { kind: "assign", owner: "老张" },
      { kind: "rows", rows: [3] },
      "小王",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await settle(host);
    // The write reached the change handler marked ThisLocalAddin (events stayed on) and was skipped:
    // one owner row from the pane, none again as a typed edit.
    const added = log(host).slice(before);
    expect(added.map((r) => [r[3], r[r.length - 1]])).toEqual([["负责人 Owner", "任务窗格 Pane"]]);
    expect(host.eventErrors).toEqual([]);
  });

  it("appends through the table: a Total Row stays below the entries", async () => {
    const host = await setUp();
    await port.applyAction({ kind: "assign", owner: "老张" }, { kind: "rows", rows: [3] }, "小王");
    host.setTableTotals("OrderFlowActivity", true);
    await port.applyAction({ kind: "setStatus", status: "shipped" }, { kind: "rows", rows: [3] }, "阿强");
    await settle(host);
    const rows = host.sheetValues("Activity");
    expect(rows[rows.length - 1]![0]).toBe("Total");
    expect(statusLog(host).filter((r) => r !== "Total")).toContain(`1002 ${label.shipped}`);
  });

  it("keeps a co-author's log rows appended at the same moment", async () => {
    const host = await setUp();
    await port.applyAction({ kind: "assign", owner: "老张" }, { kind: "rows", rows: [3] }, "小王");
    await settle(host);
    const theirs = [46351.5, "'9999", "1", "状态 Status", "a", "b", "他们", "手动输入 Typed"];
    host.beforeSync(7, () => void host.coauthorAppend("OrderFlowActivity", [theirs]));
    await port.applyAction({ kind: "setStatus", status: "shipped" }, { kind: "rows", rows: [3] }, "阿强");
    await settle(host);
    expect(log(host).some((r) => r[6] === "他们")).toBe(true);
    expect(statusLog(host)).toContain(`1002 ${label.shipped}`);
  });

  it("keeps logging a renamed order sheet (found by its worksheet id)", async () => {
    const host = await setUp();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").name = "订单 Orders";
      await context.sync();
    });
    const result = await port.applyAction(
      { kind: "setStatus", status: "shipped" },
      { kind: "rows", rows: [3] },
      "阿强",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await settle(host);
    expect(statusLog(host)).toEqual([`1002 ${label.shipped}`]);
  });

  it("makes one undo step of an action where ExcelApi 1.20 allows", async () => {
    const host = await setUp();
    host.setRequirementSet("ExcelApi", "1.20");
    const before = host.undoRecords;
    const grouped = await port.applyAction(
      { kind: "setStatus", status: "shipped" },
      { kind: "rows", rows: [3] },
      "阿强",
    );
    expect(host.undoRecords - before).toBe(1);
    expect(grouped.ok && grouped.value.undo).toBe("oneStep");
    host.setRequirementSet("ExcelApi", "1.17");
    const perRequest = await port.applyAction(
      { kind: "assign", owner: "老张" },
      { kind: "rows", rows: [3] },
      "小王",
    );
    expect(perRequest.ok && perRequest.value.undo).toBe("perRequest");
  });

  it("never loses the KPI history when the refresh fails after taking down the old review", async () => {
    const host = await setUp();
    const first = await refreshWeeklyReview({ now: NOW, utcOffsetMinutes: OFFSET, locale: "en-US" });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const history = host.tables().find((t) => t.name === KPI_TABLE)!;
    const weeks = host.sheetValues(
      history.address.split("!")[0]!.replace(/'/g, ""),
      history.address.split("!")[1],
    );
    host.failSync(12, "InvalidOperationInCellEditMode");
    const again = await refreshWeeklyReview({ now: NOW + 7, utcOffsetMinutes: OFFSET, locale: "en-US" });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.outcome).toBe("consistent");
    const after = host.tables().find((t) => t.name === KPI_TABLE)!;
    const kept = host.sheetValues(
      after.address.split("!")[0]!.replace(/'/g, ""),
      after.address.split("!")[1],
    );
    for (const week of weeks.slice(1)) expect(kept.some((row) => row[0] === week[0])).toBe(true);
  });

  it("sets up although the user duplicated a rule (Excel can neither read nor delete it)", async () => {
    workflowRuntime.stop();
    const made = makeHost(SHEET);
    restore = made.restore;
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Orders").getRange("A2:A5");
      for (let i = 0; i < 2; i++) range.conditionalFormats.add("Custom").custom.rule.formula = "=A2=1001";
      await context.sync();
    });
    const first = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const count = made.host.conditionalFormats("Orders").length;
    const again = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(made.host.conditionalFormats("Orders")).toHaveLength(count);
  });

  it("reads a sheet with more than 512 merged areas (setup keeps to the range)", async () => {
    workflowRuntime.stop();
    const seed: SeedCell[][] = [SHEET[0]!];
    for (let i = 0; i < 600; i++)
      seed.push([`${8000 + i}`, "杯", "", "", "", label.toProcess, "小李", "x", ""]);
    const made = makeHost(seed);
    restore = made.restore;
    for (let i = 0; i < 600; i++) made.host.mergeCells("Orders", `H${i + 2}:I${i + 2}`);
    const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.table.kind).toBe("range");
  });

  it("names what went missing instead of calling everything a missing sheet", async () => {
    const host = await setUp();
    host.failSync(1, "ItemNotFound", "before");
    const result = await port.saveTeam([{ name: "小王", role: "customerService", active: true }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("itemMissing");
    host.setCellEditMode(true, "InvalidOperation");
    const busy = await port.applyAction({ kind: "advance" }, { kind: "rows", rows: [3] }, "阿强");
    if (!busy.ok) expect(busy.error.kind).toBe("invalidOperation");
    expect(busy.ok).toBe(false);
  });
});
