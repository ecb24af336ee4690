import * as path from "node:path";
import iconv from "iconv-lite";
import { decodeText, readSpreadsheet } from "../../../src/adapters/file";

const fixture = (name: string): string => path.join(__dirname, "../../fixtures/cli", name);

describe("decodeText", () => {
  const text = "订单编号,买家会员名\r\n35153131473293579,小明\r\n";
  const bomless = "order-id\tsku\r\n1\tA\r\n";
  it.each([
    ["utf-8", Buffer.from(text, "utf8"), "utf-8"],
    [
      "utf-8 with BOM",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
      "utf-8-bom",
    ],
    [
      "utf-16 LE with BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      "utf-16le",
    ],
    ["utf-16 LE without BOM", Buffer.from(bomless, "utf16le"), "utf-16le"],
    ["GB18030", iconv.encode(text, "gb18030"), "gb18030"],
    ["GBK", iconv.encode(text, "gbk"), "gb18030"],
  ])("reads %s", (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(_name.includes("without BOM") ? bomless : text);
  });

  it("reads Windows-1252 accents and the pound sign", () => {
    const decoded = decodeText(iconv.encode("Buyer Name,Sold For\r\nAmélie,£16.00\r\n", "windows-1252"));
    expect(decoded).toEqual({ encoding: "windows-1252", text: "Buyer Name,Sold For\r\nAmélie,£16.00\r\n" });
  });
});

describe("readSpreadsheet", () => {
  it('reads a GBK Taobao CSV with every field quoted and ids as ="…"', async () => {
    const result = await readSpreadsheet(fixture("taobao-orders.gbk.csv"));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.format).toBe("csv");
    expect(result.value.encoding).toBe("gb18030");
    const grid = result.value.sheets[0]!.grid;
    expect(grid).toHaveLength(6);
    expect(grid[0]![7]).toBe("收货地址 ");
    expect(grid[1]![0]).toBe('="35153131473293579"');
    expect(grid[1]![4]).toBe("买家已付款，等待卖家发货");
  });

  it("reads a UTF-16 tab-separated text file", async () => {
    const result = await readSpreadsheet(fixture("jd-orders.utf16.txt"));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value).toMatchObject({ format: "tsv", encoding: "utf-16le" });
    expect(result.value.sheets[0]!.grid[1]!.slice(0, 3)).toEqual([
      "288123456789",
      "100012345678",
      "空气炸锅 5L",
    ]);
  });

  it("keeps the Douyin TAB inside quoted ids for the core to strip", async () => {
    const result = await readSpreadsheet(fixture("douyin-orders.csv"));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.encoding).toBe("utf-8-bom");
    expect(result.value.sheets[0]!.grid[1]![0]).toBe("\t6917926768823643751");
  });

  it("reads every sheet of an XLSX, with merged titles in their first cell only and dates as serials", async () => {
    const result = await readSpreadsheet(fixture("team-workbook.xlsx"));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.sheets.map((s) => s.name)).toEqual(["说明", "11月订单"]);
    const grid = result.value.sheets[1]!.grid;
    expect(grid[0]).toEqual(["11 月订单", null, null, null, null, null]);
    // 2026-11-16 09:30 is serial 46342.3958…
    expect(grid[2]![3]).toBeCloseTo(46342 + 9.5 / 24, 6);
    expect(grid[2]![2]).toBe(2);
  });

  it.each([
    ["missing.csv", "fileMissing"],
    ["error.empty.csv", "emptyFile"],
    ["error.binary.csv", "notASpreadsheet"],
    ["error.legacy.xls", "legacyXls"],
    ["error.truncated.xlsx", "notASpreadsheet"],
  ])("refuses %s as %s", async (name, kind) => {
    const result = await readSpreadsheet(fixture(name));
    expect(result.ok ? "ok" : result.error.kind).toBe(kind);
  });

  it("refuses a folder", async () => {
    const result = await readSpreadsheet(path.join(__dirname));
    expect(result.ok ? "ok" : result.error.kind).toBe("notAFile");
  });
});
