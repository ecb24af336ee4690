import type { SeedCell } from "../../fakeExcel";
import { createFakeExcel } from "../../fakeExcel";
import type { FakeExcelHost, FakeExcelOptions } from "../../fakeExcel";

/** 2026-11-25 09:00 local time as an Excel serial, and the local offset the tests run with. */
export const NOW = 46351 + 9 / 24;
export const OFFSET = 480;

/** A Taobao-like export pasted into a sheet: a title row, the header, four orders. */
export const TAOBAO: SeedCell[][] = [
  ["好物小店 11 月订单", null, null, null, null, null],
  ["订单编号", "宝贝标题", "购买数量", "订单状态", "物流公司", "物流单号"],
  ["35153131473293579", "不粘锅", 1, "买家已付款，等待卖家发货", null, null],
  ["35153131473293580", "保温杯", 2, "卖家已发货，等待买家确认", "顺丰速运", "SF1"],
  ["35153131473293581", "数据线", 1, "交易成功", "圆通", "YT1"],
  ["3.51531E+16", "耳机", 1, "等待买家付款", null, null],
];

export function makeHost(
  seed: SeedCell[][] = TAOBAO,
  options: FakeExcelOptions = {},
): { host: FakeExcelHost; restore: () => void } {
  const host = createFakeExcel(options);
  host.workbook.addSheet("Orders", seed);
  return { host, restore: host.install() };
}

/** `count` synthetic orders below a header, for budget tests. */
export function manyOrders(count: number): SeedCell[][] {
  const rows: SeedCell[][] = [["订单号", "商品", "数量", "金额", "订单状态"]];
  for (let i = 0; i < count; i++)
    rows.push([`${4_000_000_000_000 + i}`, `商品 ${i % 50}`, 1 + (i % 3), 10 + (i % 90), "待发货"]);
  return rows;
}
