import { createOfficeWorkbookPort } from "../../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { startWorkflowRuntime, workflowRuntime } from "../../../src/adapters/office/workflowRuntime";
import type { Grid } from "../../../src/core/grid";
import type { ExportFile } from "../../../src/core/import";
import { ORDERS_TABLE } from "../../../src/core/plan";
import type { WorkbookPort } from "../../../src/core/port";
import type { FakeExcelHost, SeedCell } from "../../fakeExcel";
import { makeHost, NOW, OFFSET } from "./fixtures";

// The team's sheet: their own columns, two Taobao orders already in it.
const TEAM: SeedCell[][] = [
  ["订单号", "平台", "商品", "数量", "平台状态", "快递", "单号", "跟单", "备注"],
  [
    { value: "35153131473293579", numberFormat: "@" },
    "淘宝",
    "不粘锅",
    1,
    "买家已付款，等待卖家发货",
    "",
    "",
    "小李",
    "客户要发票",
  ],
  [
    { value: "35153131473293580", numberFormat: "@" },
    "淘宝",
    "保温杯",
    2,
    "买家已付款，等待卖家发货",
    "",
    "",
    "阿强",
    "",
  ],
];

const TAOBAO_HEADER = [
  "订单编号",
  "买家会员名",
  "宝贝标题",
  "宝贝总数量",
  "订单状态",
  "物流公司",
  "物流单号",
];
// The first order is unchanged, the second shipped (carrier and tracking), the third is new, with a
// product title that would be a formula and a tracking number that would be a number.
const EXPORT: ExportFile = {
  file: "ExportOrderList.csv",
  grid: [
    TAOBAO_HEADER,
    ['="35153131473293579"', "tb_a", "不粘锅", "1", "买家已付款，等待卖家发货", "", ""],
    ['="35153131473293580"', "tb_b", "保温杯", "2", "卖家已发货，等待买家确认", "顺丰速运", "SF0012345678"],
    [
      '="35153131473293599"',
      "tb_c",
      '=HYPERLINK("http://x","点我")',
      "1",
      "买家已付款，等待卖家发货",
      "",
      "0012345",
    ],
  ] as Grid,
};

async function setUp(): Promise<{ host: FakeExcelHost; restore: () => void; port: WorkbookPort }> {
  const { host, restore } = makeHost(TEAM);
  const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const port = createOfficeWorkbookPort();
  const saved = await port.saveTeam([
    { name: "小李", role: "customerService", active: true },
    { name: "阿强", role: "warehouse", active: true },
  ]);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return { host, restore, port };
}

const activity = (host: FakeExcelHost): unknown[][] =>
  host
    .sheetValues("Activity")
    .slice(1)
    .filter((row) => row.some((v) => v !== "" && v !== null));

const column = (host: FakeExcelHost, header: string): number => {
  const index = (host.sheetValues("Orders")[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
};

describe("import orders on the strict fake", () => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    workflowRuntime.stop();
    restore();
  });

  it("previews without writing: new, changed (in which fields) and unchanged lines", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const before = setup.host.sheetValues("Orders");
    const logBefore = activity(setup.host).length;
    const preview = await setup.port.importOrders!([EXPORT], { who: "小李", dryRun: true });
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.value).toMatchObject({ added: 1, changed: 1, unchanged: 1, written: false, logged: 0 });
    expect(preview.value.files).toEqual([
      expect.objectContaining({ file: "ExportOrderList.csv", platform: "taobao", orders: 3, refused: 0 }),
    ]);
    expect(preview.value.changedFields).toMatchObject({ carrier: 1, tracking: 1, marketStatus: 1 });
    expect(setup.host.sheetValues("Orders")).toEqual(before);
    expect(activity(setup.host)).toHaveLength(logBefore);
  });

  it("appends the new order in the team's columns, updates only marketplace fields, logs each, and a second import changes nothing", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const { host, port } = setup;
    const logBefore = activity(host).length;
    const done = await port.importOrders!([EXPORT], { who: "小李", dryRun: false });
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    expect(done.value).toMatchObject({ added: 1, changed: 1, written: true });

    const sheet = host.sheetValues("Orders");
    const id = column(host, "订单号");
    const product = column(host, "商品");
    const tracking = column(host, "单号");
    const note = column(host, "备注");
    // Existing order: tracking from the export, the team's note untouched.
    expect(sheet[2]?.[tracking]).toBe("SF0012345678");
    expect(sheet[1]?.[note]).toBe("客户要发票");
    // The new order: right below, every digit of its id, the title as text (never a formula), the
    // tracking number's leading zeros kept.
    const added = sheet[3] ?? [];
    expect(added[id]).toBe("35153131473293599");
    expect(added[product]).toBe('=HYPERLINK("http://x","点我")');
    expect(host.cell("Orders", `${String.fromCharCode(65 + product)}4`).formula).toBeNull();
    expect(added[tracking]).toBe("0012345");
    // Workflow cells for the new row: a status of the lifecycle, its time and due.
    const status = column(host, "状态 Status");
    expect(String(added[status])).toMatch(/待处理/);
    expect(typeof added[column(host, "截止 Due")]).toBe("number");
    // The orders table took the new row.
    expect(host.tables().find((t) => t.name === ORDERS_TABLE)?.address).toMatch(/:[A-Z]+4$/);

    const log = activity(host).slice(logBefore);
    expect(log.every((row) => row.includes("导入 Import"))).toBe(true);
    expect(log.some((row) => row.includes("35153131473293580") && row.includes("SF0012345678"))).toBe(true);
    expect(log.some((row) => row.includes("35153131473293599"))).toBe(true);

    const again = await port.importOrders!([EXPORT], { who: "小李", dryRun: false });
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value).toMatchObject({ added: 0, changed: 0, unchanged: 3, written: false });
    expect(host.sheetValues("Orders")).toEqual(sheet);
  });

  it("leaves the runtime knowing the imported rows: a later edit of a new row is logged from its imported status", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const { host, port } = setup;
    const started = await startWorkflowRuntime();
    expect(started.ok).toBe(true);
    const done = await port.importOrders!([EXPORT], { who: "小李", dryRun: false });
    expect(done.ok).toBe(true);
    const status = column(host, "状态 Status");
    const imported = String(host.sheetValues("Orders")[3]?.[status]);
    const logBefore = activity(host).length;
    await host.userEdit("Orders", `${String.fromCharCode(65 + status)}4`, [["处理中 Picking & packing"]]);
    await workflowRuntime.idle();
    const log = activity(host).slice(logBefore);
    const statusRows = log.filter((row) => row[3] === "状态 Status");
    expect(statusRows).toEqual([
      expect.arrayContaining(["35153131473293599", imported, "处理中", "手动输入 Typed"]),
    ]);
  });

  it("lists the fields the sheet has no column for, and adds the ones the lead ticks", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const { host, port } = setup;
    const preview = await port.importOrders!([EXPORT], { who: "小李", dryRun: true });
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.value.leftOut).toEqual(["buyer"]);
    const done = await port.importOrders!([EXPORT], { who: "小李", dryRun: false, addColumns: ["buyer"] });
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    expect(done.value.addedColumns).toEqual(["buyer"]);
    const buyer = column(host, "买家 Buyer");
    const sheet = host.sheetValues("Orders");
    // Filled on the new order only: the buyer is not a marketplace-owned field of existing rows.
    expect(sheet.slice(1, 4).map((row) => row[buyer])).toEqual(["", "", "tb_c"]);
    expect(host.tables().find((t) => t.name === ORDERS_TABLE)?.columns).toContain("买家 Buyer");
  });

  it("refuses a file that is no order export and writes nothing", async () => {
    const setup = await setUp();
    restore = setup.restore;
    const before = setup.host.sheetValues("Orders");
    const inventory: ExportFile = {
      file: "库存.csv",
      grid: [
        ["商品编码", "商品名称", "库存"],
        ["PAN-24", "不粘锅", "12"],
      ],
    };
    const result = await setup.port.importOrders!([inventory], { who: "", dryRun: false });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.blocker?.message).toBe("import.fileNotExport");
    expect(result.value.written).toBe(false);
    expect(setup.host.sheetValues("Orders")).toEqual(before);
  });

  it("stops at a totals row below the orders, naming it", async () => {
    const setup = await setUp();
    restore = setup.restore;
    setup.host.workbook.setCells("Orders", "C6", [["合计"]]);
    const result = await setup.port.importOrders!([EXPORT], { who: "", dryRun: true });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.blocker).toEqual({
      message: "import.rowsBelowOrders",
      params: expect.objectContaining({ row: 6, text: "合计" }),
    });
  });

  it("leaves the workbook unchanged or consistent whichever sync of the import fails", async () => {
    // How many syncs a whole import makes (the reads, the table growing, the writes, the log, the
    // dropdowns' extension and the notices), then each one failing in turn.
    const clean = await setUp();
    const start = clean.host.syncNumber;
    const done = await clean.port.importOrders!([EXPORT], { who: "小李", dryRun: false });
    expect(done.ok).toBe(true);
    const syncs = clean.host.syncNumber - start;
    workflowRuntime.stop();
    clean.restore();
    expect(syncs).toBeGreaterThan(5);
    const nonEmpty = (rows: unknown[][]): unknown[][] =>
      rows.filter((row) => row.some((v) => v !== "" && v !== null));
    const outcomes = new Set<string>();
    for (let k = 1; k <= syncs; k++) {
      const setup = await setUp();
      const { host, port } = setup;
      const before = nonEmpty(host.sheetValues("Orders"));
      const logBefore = activity(host).length;
      host.failSync(k, "AccessDenied", "middle");
      const result = await port.importOrders!([EXPORT], { who: "小李", dryRun: false });
      const orders = nonEmpty(host.sheetValues("Orders"));
      const log = activity(host).slice(logBefore);
      const outcome = result.ok ? "done" : (result.error.outcome ?? "unchanged");
      outcomes.add(outcome);
      if (outcome === "unchanged") {
        // Every order cell as it was and no log row (empty table rows may stay).
        expect([k, orders]).toEqual([k, before]);
        expect([k, log]).toEqual([k, []]);
      } else {
        // Done (the failure hit a request after the writes: dropdowns, notices) or consistent: the new
        // order and the tracking number are in, each with its log rows.
        expect([k, outcome]).not.toEqual([k, "unknown"]);
        expect([k, orders.length]).toEqual([k, before.length + 1]);
        expect(log.length).toBeGreaterThanOrEqual(4);
      }
      workflowRuntime.stop();
      setup.restore();
    }
    expect([...outcomes]).toEqual(expect.arrayContaining(["unchanged", "done"]));
  });
});
