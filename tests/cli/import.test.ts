import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { openZip, partNames, partText } from "../../src/adapters/file/zipPackage";
import { readSpreadsheet } from "../../src/adapters/file";
import type { CellValue, Grid } from "../../src/core/grid";
import { cellText } from "../../src/core/grid";
import { runCli } from "../../src/cli/main";
import type { ImportReport } from "../../src/cli/import";

const fixture = (name: string): string => path.join(__dirname, "../fixtures/import", name);
const TEAM = fixture("team.xlsx");
const EXPORTS = [
  fixture("taobao-1125.gbk.csv"),
  fixture("douyin-1125.csv"),
  fixture("amazon-public-orders_report.tsv"),
];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "orderflow-import-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["import", ...args], {
    out: (text) => (out += text + "\n"),
    errOut: (text) => (err += text + "\n"),
    env: {},
    now: new Date(Date.UTC(2026, 10, 25, 4, 0)),
  });
  return { code, out, err };
}

async function sheetOf(file: string, name: string): Promise<Grid> {
  const read = await readSpreadsheet(file);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const sheet = read.value.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.grid;
}

const rowOf = (grid: Grid, orderId: string): readonly CellValue[] | undefined =>
  grid.find((r) => cellText(r[0]) === orderId);
// Columns of the fixture's team sheet (see makeImportFixtures.ts).
const C = {
  product: 2,
  marketStatus: 6,
  carrier: 7,
  tracking: 8,
  buyerNote: 9,
  status: 10,
  owner: 11,
  tags: 12,
  due: 13,
  problem: 14,
  statusSince: 15,
};

describe("orderflow import", () => {
  it("merges the Taobao, Douyin and Amazon exports into a new workbook and leaves the input as it was", async () => {
    const before = readFileSync(TEAM);
    const out = path.join(dir, "out.xlsx");
    const { code, out: stdout, err } = await run(["--into", TEAM, ...EXPORTS, "--out", out, "--json"]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const report = JSON.parse(stdout) as ImportReport;
    expect(Object.keys(report)).toEqual([
      "files",
      "added",
      "changed",
      "unchanged",
      "duplicates",
      "conflicts",
      "refused",
    ]);
    expect(report.files.map((f) => Object.keys(f))).toEqual(
      Array(3).fill(["file", "platform", "rows", "orders", "refused"]),
    );
    expect(report.files.map((f) => [f.platform, f.rows, f.orders])).toEqual([
      ["taobao", 4, 4],
      ["douyin", 2, 1],
      ["amazon", 50, 50],
    ]);
    // Taobao: 2 new; Douyin: 2 lines; Amazon: 48 of 50 new. Changed: the shipped Taobao order, the
    // cancelled one, and the Amazon order that shipped. The keyboard stays as it was.
    expect(report).toMatchObject({
      added: 52,
      changed: 3,
      unchanged: 1,
      duplicates: 0,
      conflicts: 1,
      refused: [],
    });
    expect(readFileSync(TEAM).equals(before)).toBe(true);

    const grid = await sheetOf(out, "订单 Orders");
    const shipped = rowOf(grid, "35153131473293579") ?? [];
    expect([shipped[C.tracking], shipped[C.carrier], shipped[C.marketStatus]]).toEqual([
      "SF1234567890123",
      "顺丰速运",
      "卖家已发货，等待买家确认",
    ]);
    // The team's columns of an existing row: untouched.
    const original = rowOf(await sheetOf(TEAM, "订单 Orders"), "35153131473293579") ?? [];
    for (const column of [C.status, C.owner, C.tags, C.due, C.problem, C.statusSince, C.buyerNote])
      expect(shipped[column]).toEqual(original[column]);
    const cancelled = rowOf(grid, "35153131473290002") ?? [];
    expect(cancelled[C.status]).toBe("处理中 Picking & packing");
    expect(String(cancelled[C.problem])).toContain("交易关闭");

    const douyin = grid.filter((r) => cellText(r[0]) === "6917926768823640001");
    expect(douyin.map((r) => [r[C.product], r[C.status]])).toEqual([
      ["定制马克杯 刻字款", "待处理 To process"],
      ["杯垫", "待处理 To process"],
    ]);
    // Routed to the operations members (李娜, Tom), the one with fewer open orders first.
    for (const row of douyin) expect(["李娜", "Tom"]).toContain(row[C.owner]);
    expect(rowOf(grid, "35153131473290004")?.[C.status]).toBe("待付款 Awaiting payment");
    expect(grid.filter((r) => cellText(r[1]) === "Amazon")).toHaveLength(50);

    const log = await sheetOf(out, "Activity");
    const imported = log.filter((r) => r[7] === "导入 Import");
    expect(imported.length).toBeGreaterThanOrEqual(52 + 3);
    expect(
      imported.find((r) => r[1] === "35153131473293579" && r[3] === "快递单号 Tracking number")?.slice(4, 6),
    ).toEqual(["", "SF1234567890123"]);
  });

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const out = path.join(dir, "out.xlsx");
    expect((await run(["--into", TEAM, fixture("taobao-1125.gbk.csv"), "--out", out])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("订单 Orders")!;
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === "35153131473290003")!;
    expect(row.getCell(C.buyerNote + 1).value).toBe('=HYPERLINK("http://example.com","点我")');
    expect(row.getCell(C.buyerNote + 1).type).toBe(ExcelJS.ValueType.String);
    const other = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === "35153131473290004")!;
    expect(other.getCell(C.product + 1).value).toBe("-抹布 3 条装");
  });

  it("grows the order table, the dropdowns and the highlight rules over the new rows", async () => {
    const out = path.join(dir, "out.xlsx");
    expect((await run(["--into", TEAM, ...EXPORTS, "--out", out])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("订单 Orders")!;
    const lastRow = 2 + 4 + 52;
    const tables = (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;
    expect(tables.OrderFlowOrders?.table.tableRef).toBe(`A2:P${lastRow}`);
    const rules = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(rules.length).toBeGreaterThan(3);
    for (const rule of rules) expect(rule.ref).toMatch(new RegExp(`:[A-Z]+${lastRow}$`));
    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    expect(validations[`K${lastRow}`]?.formulae).toEqual(["OrderFlow_Statuses"]);
    // The names the dropdowns read are formulas over the settings tables, which ExcelJS drops on its
    // own: they must still be in the written workbook, exactly as the team's file had them.
    const namesOf = async (file: string) =>
      [
        ...((await zipParts(file)).get("xl/workbook.xml") ?? "").matchAll(
          /<definedName\b[^>]*name="([^"]+)"[^>]*>([^<]*)</g,
        ),
      ].map((m) => [m[1], m[2]]);
    expect((await namesOf(TEAM)).find(([name]) => name === "OrderFlow_Statuses")?.[1]).toMatch(/^INDEX\(/);
    expect(await namesOf(out)).toEqual(await namesOf(TEAM));
    expect(sheet.getCell(`N${lastRow}`).numFmt).toBe("yyyy-mm-dd hh:mm");
  });

  it("continues the team's formula columns on the new rows", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(TEAM);
    const sheet = workbook.getWorksheet("订单 Orders")!;
    sheet.getCell("Q2").value = "利润 Profit";
    for (let row = 3; row <= 6; row++)
      sheet.getCell(`Q${row}`).value = { formula: `F${row}*0.2+$F$3*0`, result: 0 };
    const team = path.join(dir, "team-formulas.xlsx");
    await workbook.xlsx.writeFile(team);
    const out = path.join(dir, "out.xlsx");
    expect((await run(["--into", team, fixture("douyin-1125.csv"), "--out", out])).code).toBe(0);
    const merged = new ExcelJS.Workbook();
    await merged.xlsx.readFile(out);
    const result = merged.getWorksheet("订单 Orders")!;
    expect([result.getCell("Q7").formula, result.getCell("Q8").formula]).toEqual([
      "F7*0.2+$F$3*0",
      "F8*0.2+$F$3*0",
    ]);
    expect(result.getCell("Q6").formula).toBe("F6*0.2+$F$3*0");
  });

  it("changes nothing when the same files are imported again, says so and writes no file", async () => {
    const first = path.join(dir, "first.xlsx");
    expect((await run(["--into", TEAM, ...EXPORTS, "--out", first])).code).toBe(0);
    const second = path.join(dir, "second.xlsx");
    const again = await run(["--into", first, ...EXPORTS, "--out", second]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("Nothing changed");
    expect(existsSync(second)).toBe(false);
    const json = JSON.parse(
      (await run(["--into", first, ...EXPORTS, "--json", "--dry-run"])).out,
    ) as ImportReport;
    expect(json).toMatchObject({ added: 0, changed: 0, unchanged: 56, conflicts: 0 });
  });

  it("writes nothing on a dry run", async () => {
    const out = path.join(dir, "out.xlsx");
    const result = await run(["--into", TEAM, ...EXPORTS, "--out", out, "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Added 52");
    expect(existsSync(out)).toBe(false);
  });

  it("writes next to the team's file under a new name when --out is not given", async () => {
    const team = path.join(dir, "team.xlsx");
    copyFileSync(TEAM, team);
    expect((await run(["--into", team, fixture("douyin-1125.csv")])).code).toBe(0);
    expect(existsSync(path.join(dir, "team.imported.xlsx"))).toBe(true);
  });

  it("keeps two platforms' orders with the same id apart when the sheet has a platform column", async () => {
    const out = path.join(dir, "out.xlsx");
    const result = await run([
      "--into",
      TEAM,
      fixture("douyin-1125.csv"),
      fixture("pinduoduo-collide.csv"),
      "--out",
      out,
      "--json",
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ added: 3, refused: [] });
    const rows = (await sheetOf(out, "订单 Orders")).filter((r) => cellText(r[0]) === "6917926768823640001");
    expect(rows.map((r) => r[1])).toEqual(["抖音", "抖音", "拼多多"]);
  });

  it("lists a row without an order id as refused, with its row, kind and a bilingual message, and imports the rest", async () => {
    const file = path.join(dir, "pinduoduo.csv");
    writeFileSync(
      file,
      "订单号,商品,商品数量(件),商家实收金额(元),订单状态,快递单号,订单成交时间\r\n" +
        "PDD-1,拖鞋,1,15.00,待发货,,2026-11-24 11:00:00\r\n" +
        ",,,5.00,待发货,,2026-11-24 11:00:00\r\n",
    );
    const result = await run(["--into", TEAM, file, "--out", path.join(dir, "out.xlsx"), "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as ImportReport;
    expect(report.added).toBe(1);
    expect(report.refused).toHaveLength(1);
    expect(Object.keys(report.refused[0] ?? {})).toEqual(["file", "row", "kind", "message"]);
    expect(report.refused[0]).toMatchObject({ file, row: 3, kind: "noOrderId" });
    expect(report.refused[0]?.message).toMatch(/没有订单号.* \/ This row has no order id/);
    expect(report.files[0]).toMatchObject({ rows: 2, refused: 1 });
  });

  it("imports into the sheet named with --sheet, and refuses a sheet that does not exist", async () => {
    const out = path.join(dir, "out.xlsx");
    const named = await run([
      "--into",
      TEAM,
      fixture("douyin-1125.csv"),
      "--sheet",
      "订单 Orders",
      "--out",
      out,
    ]);
    expect(named.code).toBe(0);
    const missing = await run([
      "--into",
      TEAM,
      fixture("douyin-1125.csv"),
      "--sheet",
      "Nope",
      "--out",
      path.join(dir, "x.xlsx"),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("订单 Orders, OrderFlow, Activity");
  });

  it("is listed by orderflow --help and explains itself with import --help", async () => {
    let help = "";
    const io = {
      out: (text: string) => (help += text + "\n"),
      errOut: () => undefined,
      env: {},
      now: new Date(),
    };
    expect(await runCli(["--help"], io)).toBe(0);
    expect(help).toContain("orderflow import --into TEAM.xlsx");
    const own = await run(["--help"]);
    expect(own.code).toBe(0);
    expect(own.out).toContain("--dry-run");
    const missing = await run([fixture("douyin-1125.csv")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--into");
  });

  describe("bad input: one bilingual line, exit 2, nothing written", () => {
    it.each([
      ["a file that is no export", [TEAM_ARG(), fixture("error.not-export.txt")], "not an order export"],
      ["an inventory list", [TEAM_ARG(), fixture("error.inventory.csv")], "not an order export"],
      ["an empty file", [TEAM_ARG(), fixture("error.empty.csv")], "The file is empty"],
      ["a truncated XLSX export", [TEAM_ARG(), fixture("error.truncated.xlsx")], "not a spreadsheet"],
      [
        "a truncated team workbook",
        ["--into", fixture("error.truncated.xlsx"), fixture("douyin-1125.csv")],
        "not a spreadsheet",
      ],
      ["ids Excel destroyed", [TEAM_ARG(), fixture("error.ids-destroyed.csv")], "destroyed by Excel"],
      [
        "colliding ids of two platforms and no platform column",
        [
          "--into",
          fixture("team-no-platform.xlsx"),
          fixture("douyin-1125.csv"),
          fixture("pinduoduo-collide.csv"),
        ],
        "no platform column",
      ],
      [
        "a team sheet without an order id column",
        ["--into", fixture("error.team-no-order-id.xlsx"), fixture("douyin-1125.csv")],
        "no order id column",
      ],
      [
        "a CSV as the team's sheet",
        ["--into", fixture("douyin-1125.csv"), fixture("douyin-1125.csv")],
        "must be an .xlsx",
      ],
    ])("refuses %s", async (_, args, english) => {
      const out = path.join(dir, "out.xlsx");
      const result = await run([
        ...args.flatMap((a) => (a === "TEAM" ? ["--into", TEAM] : [a])),
        "--out",
        out,
      ]);
      expect(result.code).toBe(2);
      expect(result.out).toBe("");
      const lines = result.err.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(english);
      expect(lines[0]).toMatch(/\p{Script=Han}/u);
      expect(existsSync(out)).toBe(false);
    });
  });

  it("carries OrderFlow's add-in settings and task pane into the new workbook, byte for byte", async () => {
    const out = path.join(dir, "out.xlsx");
    const result = await run([
      "--into",
      fixture("team-with-addin.xlsx"),
      fixture("douyin-1125.csv"),
      "--out",
      out,
    ]);
    expect(result).toMatchObject({ code: 0, err: "" });
    const before = await zipParts(fixture("team-with-addin.xlsx"));
    const after = await zipParts(out);
    for (const name of [
      "xl/webextensions/webextension1.xml",
      "xl/webextensions/taskpanes.xml",
      "xl/webextensions/_rels/taskpanes.xml.rels",
    ])
      expect(after.get(name)).toBe(before.get(name));
    expect(after.get("xl/webextensions/webextension1.xml")).toContain("OrderFlow.sheet");
    expect(after.get("_rels/.rels")).toContain('Target="xl/webextensions/taskpanes.xml"');
    expect(after.get("[Content_Types].xml")).toContain('PartName="/xl/webextensions/webextension1.xml"');
    // Still a workbook the file library reads, with the new rows in it.
    const grid = await sheetOf(out, "订单 Orders");
    const douyin = grid.filter((r) => cellText(r[0]) === "6917926768823640001");
    expect(douyin).toHaveLength(2);
    // The lead switched routing off in the pane (OrderFlow.autoRoute false in the stored settings).
    expect(douyin.map((r) => r[C.owner] ?? null)).toEqual([null, null]);
  });

  describe("a workbook holding what the file library can not keep", () => {
    it("refuses to overwrite it and names what would be lost", async () => {
      const team = path.join(dir, "team.xlsx");
      copyFileSync(fixture("team-with-chart.xlsx"), team);
      const before = readFileSync(team);
      const result = await run(["--into", team, fixture("douyin-1125.csv"), "--out", team]);
      expect(result.code).toBe(2);
      expect(result.err).toContain("1 chart(s)");
      expect(result.err).toContain("1 PivotTable(s)");
      expect(readFileSync(team).equals(before)).toBe(true);
    });

    it("writes a new file and says exactly what it leaves out", async () => {
      const out = path.join(dir, "out.xlsx");
      const result = await run([
        "--into",
        fixture("team-with-chart.xlsx"),
        fixture("douyin-1125.csv"),
        "--out",
        out,
      ]);
      expect(result.code).toBe(0);
      expect(result.err).toContain("leaves out 1 chart(s), 1 PivotTable(s) (the file library");
      expect(result.err).toContain("没有保留 图表 1 个、数据透视表 1 个");
      expect(existsSync(out)).toBe(true);
    });
  });
});

/** Every part of a zip package as text. */
async function zipParts(file: string): Promise<Map<string, string>> {
  const zip = await openZip(new Uint8Array(readFileSync(file)));
  if (!zip) throw new Error(`${file} is not a zip package`);
  const names = partNames(zip);
  return new Map(await Promise.all(names.map(async (name) => [name, await partText(zip, name)] as const)));
}

function TEAM_ARG(): string {
  return "TEAM";
}
