import type { CellValue, Grid } from "../../../src/core/grid";
import { detectHeader } from "../../../src/core/headers";
import type { HeaderDetection, RowRole } from "../../../src/core/headers";

function detect(grid: Grid, fileName?: string): HeaderDetection {
  const result = detectHeader(grid, fileName === undefined ? {} : { fileName });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const EBAY_HEADER = [
  "Sales Record Number",
  "Order Number",
  "Buyer Username",
  "Item Number",
  "Item Title",
  "Quantity",
  "Sold For",
  "Total Price",
  "Sale Date",
];

/** An eBay row from named cells, blank elsewhere. */
function ebayRow(cells: Partial<Record<(typeof EBAY_HEADER)[number], CellValue>>): CellValue[] {
  return EBAY_HEADER.map((h) => cells[h] ?? "");
}

describe("row roles", () => {
  describe("in an eBay report", () => {
    const grid: Grid = [
      [],
      [",,,"],
      EBAY_HEADER,
      [],
      ebayRow({
        "Sales Record Number": "101",
        "Order Number": "12-34567-89012",
        "Buyer Username": "bob",
        "Total Price": "$90.00",
        "Sale Date": "Sep-18-26",
      }),
      ebayRow({
        "Sales Record Number": "101",
        "Order Number": "12-34567-89012",
        "Item Number": "1234",
        "Item Title": "Mug",
        Quantity: "1",
        "Sold For": "$40.00",
      }),
      ebayRow({
        "Sales Record Number": "101",
        "Order Number": "12-34567-89012",
        "Item Number": "5678",
        "Item Title": "Cup",
        Quantity: "1",
        "Sold For": "$50.00",
      }),
      ebayRow({
        "Sales Record Number": "102",
        "Order Number": "12-00000-00001",
        "Buyer Username": "amy",
        "Item Number": "1234",
        "Item Title": "Mug",
        Quantity: "2",
        "Sold For": "AU $3,000.00",
        "Total Price": "AU $3,000.00",
        "Sale Date": "26-May-26",
      }),
      [],
      ["2 record(s) downloaded"],
      ["Seller ID : myshop"],
    ];
    const detection = detect(grid, "eBay-OrdersReport-Apr-14-2022-10_17_14-0700-1335846329.csv");

    it("skips the blank line and the row of bare commas above the header", () => {
      expect([detection.headerRow, detection.platform]).toEqual([2, "ebay"]);
    });

    it("takes item rows after a summary row as continuation and drops the footer", () => {
      expect(detection.rowRoles).toEqual<RowRole[]>([
        "blank",
        "title",
        "header",
        "blank",
        "data",
        "continuation",
        "continuation",
        "data",
        "blank",
        "footer",
        "footer",
      ]);
      expect(detection.dataRows).toEqual([4, 5, 6, 7]);
      expect(detection.lineLevel).toBe(true);
    });
  });

  describe("in a Taobao buyer export", () => {
    const detection = detect([
      ["订单号", "下单时间", "商品名称", "数量", "实付款", "交易状态"],
      ["3515", "2026/5/21 10:00", "锅", "1", "88.00", "交易成功"],
      ["", "", "盖", "1", "", ""],
      ["", "", "铲", "2", "", ""],
      ["3516", "2026/5/22 09:00", "碗", "1", "12.00", "交易成功"],
      ["", "", "", "", "", "备注行"],
    ]);

    it("joins id-less rows that carry line data to the order above", () => {
      expect(detection.rowRoles).toEqual<RowRole[]>([
        "header",
        "data",
        "continuation",
        "continuation",
        "data",
        "data",
      ]);
    });
  });

  describe("in a JD export that repeats the order on every SKU row", () => {
    const detection = detect([
      ["订单号", "商品ID", "商品名称", "订购数量", "下单时间", "京东价", "订单金额", "客户姓名", "客户地址"],
      ["9001", "11", "杯", "1", "2026-05-21 10:00", "10", "30", "张*", "北京"],
      ["9001", "12", "碗", "1", "2026-05-21 10:00", "20", "30", "张*", "北京"],
    ]);

    it("keeps both rows as data of one line-level order", () => {
      expect([detection.platform, detection.rowRoles, detection.lineLevel]).toEqual([
        "jd",
        ["header", "data", "data"],
        true,
      ]);
    });
  });

  describe("in a Lazada export", () => {
    const detection = detect([
      ["Lazada Seller Center"],
      ["orderItemId", "orderNumber", "sellerSku", "itemName", "paidPrice", "status"],
      ["1", "500", "S1", "Mug", "10.00", "pending"],
      ["", "", "", "Grand Total", "10.00", ""],
    ]);

    it("drops the title row and the Grand Total row", () => {
      expect([detection.headerRow, detection.rowRoles, detection.dataRows]).toEqual([
        1,
        ["title", "header", "data", "footer"],
        [2],
      ]);
    });
  });

  it("keeps a row whose id cell is filled even if a cell says total", () => {
    const detection = detect([
      ["订单号", "商品名称", "数量"],
      ["1", "合计礼盒", "1"],
    ]);
    expect(detection.rowRoles).toEqual(["header", "data"]);
  });

  it("flags corrupted ids as data so the checks can report them", () => {
    const detection = detect([
      ["订单编号", "宝贝标题", "购买数量"],
      ["3.51531E+16", "锅", "1"],
      ["3.51531E+16", "盖", "1"],
    ]);
    expect(detection.dataRows).toEqual([1, 2]);
  });
});
