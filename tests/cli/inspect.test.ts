import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { runCli } from "../../src/cli/main";
import type { InspectReport } from "../../src/cli/inspect";

const fixture = (name: string): string => path.join(__dirname, "../fixtures/cli", name);
const publicFixture = (name: string): string => path.join(__dirname, "../fixtures/public", name);

async function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    out: (text) => (out += text + "\n"),
    errOut: (text) => (err += text + "\n"),
    env,
    now: new Date(Date.UTC(2026, 10, 25, 9, 0)),
  });
  return { code, out, err };
}

async function inspectJson(file: string, extra: string[] = []): Promise<InspectReport> {
  const { code, out, err } = await run(["inspect", file, "--json", ...extra]);
  if (code !== 0) throw new Error(`exit ${code}: ${err}`);
  return JSON.parse(out) as InspectReport;
}

describe("orderflow inspect", () => {
  it.each([
    [
      "taobao-orders.gbk.csv",
      "taobao",
      1,
      5,
      { orderId: "订单编号", product: "宝贝标题", tracking: "物流单号", address: "收货地址" },
    ],
    [
      "douyin-orders.csv",
      "douyin",
      1,
      3,
      { orderId: "主订单编号", lineId: "子订单编号", product: "选购商品" },
    ],
    [
      "pinduoduo-orders.csv",
      "pinduoduo",
      1,
      2,
      { orderId: "订单号", quantity: "商品数量(件)", tracking: "快递单号" },
    ],
    [
      "ebay-orders.cp1252.csv",
      "ebay",
      3,
      4,
      { orderId: "Order Number", product: "Item Title", tracking: "Tracking Number" },
    ],
    ["jd-orders.utf16.txt", "jd", 1, 2, { orderId: "订单号", unitPrice: "京东价", quantity: "订购数量" }],
    [
      "amazon-unshipped.tsv",
      "amazon",
      1,
      3,
      { orderId: "order-id", quantity: "quantity-purchased", buyerNote: "delivery-Instructions" },
    ],
    [
      "taobao-messy.csv",
      "generic",
      3,
      6,
      { orderId: "*订单号", orderAmount: "实付款（元）", status: "状态 Status" },
    ],
  ])(
    "reads %s as %s with the header on row %i and %i data rows",
    async (name, platform, headerRow, dataRows, columns) => {
      const report = await inspectJson(fixture(name));
      expect(report).toMatchObject({ platform, headerRow, dataRows });
      expect(report.columns).toMatchObject(columns);
    },
  );

  it("keeps the file's exact keys in the JSON", async () => {
    const report = await inspectJson(fixture("pinduoduo-orders.csv"));
    expect(Object.keys(report).slice(0, 7)).toEqual([
      "file",
      "sheet",
      "platform",
      "headerRow",
      "dataRows",
      "columns",
      "problems",
    ]);
  });

  it("lists every problem of the messy team sheet with its row, column and kind", async () => {
    const report = await inspectJson(fixture("taobao-messy.csv"));
    const found = report.problems.map((p) => `${p.row} ${p.column} ${p.kind}`);
    expect(found).toEqual([
      "6 实付款（元） invalidNumber",
      "6 下单时间 invalidDate",
      "6 负责人 Owner noOwner",
      "7 *订单号 duplicateOrder",
      "8 *订单号 idCorrupted",
      "9 快递单号 missingRequired",
    ]);
    expect(report.problems.find((p) => p.kind === "duplicateOrder")?.message).toContain("row 5");
  });

  it("flags the Taobao id Excel turned into scientific notation and the duplicate order", async () => {
    const report = await inspectJson(fixture("taobao-orders.gbk.csv"));
    expect(report.problems.map((p) => [p.row, p.kind])).toEqual([
      [5, "idCorrupted"],
      [6, "duplicateOrder"],
    ]);
  });

  it("lists the tags buyer notes suggest, as hints, without touching the file", async () => {
    const report = await inspectJson(fixture("taobao-orders.gbk.csv"));
    // Rows 2 and 6 say 请尽快发货 (the sheet has no tag column, so nothing is present yet).
    expect(report.tagSuggestions).toEqual([
      { row: 2, tags: ["加急"], keywords: ["尽快"] },
      { row: 6, tags: ["加急"], keywords: ["尽快"] },
    ]);
    const summary = await run(["inspect", fixture("taobao-orders.gbk.csv")]);
    expect(summary.out).toContain("Tags suggested by buyer notes");
  });

  it("counts the orders of line-level exports, not only their rows", async () => {
    expect(await inspectJson(publicFixture("shopify/orders_export.csv"))).toMatchObject({
      platform: "shopify",
      dataRows: 40,
      orders: 19,
      lineLevel: true,
    });
    expect(await inspectJson(publicFixture("amazon/orders_report.tsv"))).toMatchObject({
      platform: "amazon",
      dataRows: 50,
      orders: 50,
      format: "tsv",
    });
  });

  it("picks the order sheet of a workbook and says which", async () => {
    const report = await inspectJson(fixture("team-workbook.xlsx"));
    expect(report).toMatchObject({ sheet: "11月订单", headerRow: 2, dataRows: 2 });
    expect(report.sheetChoice).toContain("11月订单");
    expect(report.problems.map((p) => p.kind)).toEqual(["invalidStatus"]);
  });

  it("inspects the sheet named with --sheet, and refuses an unknown one", async () => {
    expect((await run(["inspect", fixture("team-workbook.xlsx"), "--sheet", "说明"])).code).toBe(2);
    const missing = await run(["inspect", fixture("team-workbook.xlsx"), "--sheet", "Nope"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("说明, 11月订单");
  });

  it("prints a readable summary in the user's language", async () => {
    const zh = await run(["inspect", fixture("taobao-messy.csv")], { LANG: "zh_CN.UTF-8" });
    expect(zh.out).toContain("平台：generic");
    expect(zh.out).toContain("表头行：第 3 行");
    expect(zh.out).toContain("编号“4.11235E+12”已被 Excel 改坏");
    const en = await run(["inspect", fixture("taobao-messy.csv"), "--lang", "en-US"], {
      LANG: "zh_CN.UTF-8",
    });
    expect(en.out).toContain("Header row: 3");
  });

  it.each([
    [["inspect", "no-such-file.csv"], "File not found"],
    [["inspect", fixture("error.empty.csv")], "The file is empty"],
    [["inspect", fixture("error.binary.csv")], "is not a spreadsheet"],
    [["inspect", fixture("error.legacy.xls")], "old .xls workbook"],
    [["inspect", fixture("error.truncated.xlsx")], "not a readable .xlsx"],
    [["inspect", fixture("error.no-header.csv")], "No order header row"],
    [["inspect", path.join(__dirname)], "is a folder"],
    [["inspect"], "Name the file to inspect"],
    [["inspect", fixture("taobao-messy.csv"), "--bogus"], "Unknown option"],
    [["frobnicate"], "Unknown command"],
  ])("refuses %j with exit 2 and one bilingual line", async (args, english) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain(english);
    expect(err).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("the orderflow command", () => {
  const exec = promisify(execFile);
  const bin = path.join(__dirname, "../../src/cli/orderflow.cjs");

  it("runs from package.json's bin and prints exactly one JSON object", async () => {
    const { stdout } = await exec("node", [bin, "inspect", fixture("douyin-orders.csv"), "--json"]);
    const report = JSON.parse(stdout) as InspectReport;
    expect(report.platform).toBe("douyin");
    expect(report.columns.orderId).toBe("主订单编号");
  }, 30_000);

  it("exits 2 with the error on stderr for unusable input", async () => {
    const failure = await exec("node", [bin, "inspect", fixture("error.empty.csv")]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain("The file is empty");
  }, 30_000);
});

describe("orderflow inspect on a team's own status words", () => {
  const teamSheet = (name: string): string => path.join(__dirname, "../fixtures/team-sheets", name);

  it("lists every distinct status text with its count, proposed status and reason", async () => {
    const report = await inspectJson(teamSheet("zh-pdd-followup.csv"));
    expect(report.statuses).toEqual([
      { value: "待发货", count: 2, status: "toProcess", reason: null },
      { value: "已发货", count: 1, status: "shipped", reason: null },
      { value: "缺货", count: 1, status: "onHold", reason: "outOfStock" },
      { value: "退款中", count: 1, status: "afterSales", reason: "refund" },
      { value: "地址有误", count: 1, status: "onHold", reason: "badAddress" },
    ]);
  });

  it("turns invalid-status errors for understood words into hints, and keeps the rest", async () => {
    const report = await inspectJson(teamSheet("en-tracker.csv"));
    expect(report.problems.filter((p) => p.kind === "invalidStatus")).toEqual([]);
    expect(report.problems.filter((p) => p.kind === "invalidDate").map((p) => p.row)).toEqual([4]);
    const { out } = await run(["inspect", teamSheet("en-tracker.csv"), "--lang", "en-US"]);
    expect(out).toContain("Waiting stock ×1 → On hold + Out of stock");
    expect(out).toContain("Hint: To pack will be read as To process");
  });

  it("reads the marketplace status when the sheet has no status of its own", async () => {
    const report = await inspectJson(fixture("taobao-orders.gbk.csv"));
    expect(report.statuses.length).toBeGreaterThan(0);
    expect(report.statuses.every((s) => s.status !== null)).toBe(true);
  });

  it("reads 拦截中 (an intercepted parcel) as a hold, not as an invalid status", async () => {
    const report = await inspectJson(teamSheet("zh-douyin-shop.xlsx"));
    expect(report.statuses.map((s) => s.value)).toContain("拦截中");
    expect(report.problems.some((p) => p.kind === "invalidStatus")).toBe(false);
  });

  it("names a second header row instead of reading it as an order", async () => {
    const report = await inspectJson(teamSheet("bilingual-two-headers.csv"));
    expect(report).toMatchObject({ headerRow: 1, dataRows: 3, extraHeaderRows: [2] });
    const { out } = await run(["inspect", teamSheet("bilingual-two-headers.csv"), "--lang", "en-US"]);
    expect(out).toContain("Row 2 looks like a second header row");
  });
});
