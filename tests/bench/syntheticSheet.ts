import type { CellValue, Grid } from "../../src/core/grid";

export const BENCH_HEADER = [
  "订单编号",
  "买家会员名",
  "订单状态",
  "订单创建时间",
  "订单付款时间",
  "宝贝标题",
  "商家编码",
  "购买数量",
  "买家实际支付金额",
  "物流公司",
  "物流单号",
  "状态 Status",
  "负责人 Owner",
  "标签 Tags",
  "截止 Due",
] as const;

const PRODUCTS = ["不粘锅 28cm", "保温杯 500ml", "USB-C 数据线", "蓝牙耳机", "手机壳", "定制马克杯"];
const STATUSES = ["待付款", "待处理", "处理中", "已发货", "已签收", "已完成", "售后中", "异常"];
const MARKET = ["等待买家付款", "买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易成功"];
const OWNERS = ["小王", "小李", "阿强", "小美"];
const TAGS = ["", "", "加急", "VIP", "定制、贺卡", ""];

/**
 * A Taobao-like team sheet of `rows` orders with a title row, deterministic (a linear congruential
 * sequence, no Math.random) so every run measures the same data. A few rows in a thousand carry each kind of problem.
 */
export function makeSyntheticSheet(rows: number): Grid {
  const grid: CellValue[][] = [["淘宝订单导出 2026-11", null], BENCH_HEADER.slice()];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < rows; i++) {
    const created = 46300 + i / 2000;
    const id = String(3_515_313_147_000_000 + i);
    grid.push([
      i % 997 === 5 ? "3.51531E+16" : `="${id}"`,
      `buyer${i % 5000}`,
      MARKET[next(4)] ?? "",
      created,
      i % 499 === 7 ? "2026-02-30" : created + 0.01,
      PRODUCTS[next(6)] ?? "",
      `SKU-${next(300)}`,
      1 + next(3),
      `¥${(10 + next(500)).toFixed(2)}`,
      "顺丰速运",
      `SF${1_000_000_000 + i}`,
      STATUSES[next(8)] ?? "",
      i % 250 === 3 ? "" : (OWNERS[next(4)] ?? ""),
      TAGS[next(6)] ?? "",
      i % 300 === 11 ? created - 2 - i / 2000 : created + 30,
    ]);
  }
  return grid;
}
