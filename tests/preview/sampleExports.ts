/**
 * Marketplace exports that belong to the preview's sample sheet: what a Taobao, a Douyin and an Amazon
 * seller centre would give the team the next morning. Each holds orders the sheet already has (some
 * unchanged, some shipped since — with the carrier and tracking number — and one a buyer cancelled) and
 * orders the sheet does not have yet. Headers, id decorations (`="…"`, a TAB before Douyin's ids) and
 * status words are the platforms' own (docs/ORDER-EXPORTS.md). Deterministic: ids come from the sample's
 * seed, never from the clock.
 */
import { formatSerial } from "../../src/core/values";

export interface SampleExport {
  readonly name: string;
  /** The file's text; `encoding` says how the platform writes it (the caller encodes). */
  readonly text: string;
  readonly encoding: "gbk" | "utf-8-bom" | "utf-8";
  /** What importing it into the sample sheet should do (for tests and the README). */
  readonly expect: { readonly added: number; readonly changed: number; readonly unchanged: number };
}

interface SampleLine {
  readonly id: string;
  readonly platform: string;
  readonly created: number;
  readonly paid: number | null;
  readonly buyer: string;
  readonly product: string;
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly amount: number;
  readonly status: string;
  /** The team's own status cell (what OrderFlow's workflow says). */
  readonly teamStatus: string;
  readonly carrier: string;
  readonly tracking: string;
}

type Cell = string | number | boolean | null;

/**
 * The sheet's single-line orders (the ones an export line pairs with without doubt), read from the sample
 * sheet as it is now: the title row, the header on row 2, then the orders with their team status.
 */
function sampleLines(values: readonly (readonly Cell[])[]): SampleLine[] {
  const header = (values[1] ?? []).map((h) => String(h ?? ""));
  const col = (text: string): number => {
    const index = header.findIndex((h) => h.includes(text));
    if (index < 0) throw new Error(`the sample sheet has no column ${text}`);
    return index;
  };
  const c = {
    id: col("订单号"),
    platform: col("平台 Platform"),
    created: col("下单时间"),
    paid: col("付款时间"),
    buyer: col("买家 Buyer"),
    product: col("商品 Product"),
    sku: col("SKU"),
    quantity: col("数量"),
    unitPrice: col("单价"),
    amount: col("订单金额"),
    market: col("平台状态"),
    carrier: col("快递公司"),
    tracking: col("快递单号"),
    status: col("状态 Status"),
  };
  const rows = values.slice(2).filter((row) => typeof row[c.id] === "string" && row[c.id] !== "");
  const count = new Map<string, number>();
  for (const row of rows) count.set(String(row[c.id]), (count.get(String(row[c.id])) ?? 0) + 1);
  return rows
    .filter((row) => count.get(String(row[c.id])) === 1)
    .map((row) => ({
      id: String(row[c.id]),
      platform: String(row[c.platform] ?? ""),
      created: Number(row[c.created]),
      paid: typeof row[c.paid] === "number" ? Number(row[c.paid]) : null,
      buyer: String(row[c.buyer] ?? ""),
      product: String(row[c.product] ?? ""),
      sku: String(row[c.sku] ?? ""),
      quantity: Number(row[c.quantity] ?? 1),
      unitPrice: Number(row[c.unitPrice] ?? 0),
      amount: Number(row[c.amount] ?? 0),
      status: String(row[c.market] ?? ""),
      teamStatus: String(row[c.status] ?? ""),
      carrier: String(row[c.carrier] ?? ""),
      tracking: String(row[c.tracking] ?? ""),
    }));
}

const csv = (rows: readonly (readonly (string | number)[])[], delimiter = ","): string =>
  rows
    .map((row) =>
      row
        .map((cell) => {
          const text = String(cell);
          return delimiter === "," && /[",\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(delimiter),
    )
    .join("\r\n") + "\r\n";

const time = (serial: number | null): string => (serial === null ? "" : `${formatSerial(serial)}:00`);

/** Taobao/Tmall 订单报表: GBK, ids as `="…"`; four orders shipped since, three as they were, three new. */
function taobao(lines: readonly SampleLine[]): SampleExport {
  const mine = lines.filter((l) => l.platform === "淘宝");
  const waiting = mine.filter((l) => l.status === "买家已付款，等待卖家发货").slice(0, 4);
  const same = mine.filter((l) => l.status === "交易成功").slice(0, 3);
  const header = [
    "订单编号",
    "买家会员名",
    "买家实际支付金额",
    "订单状态",
    "买家留言",
    "收货人姓名",
    "订单创建时间",
    "订单付款时间",
    "宝贝标题",
    "宝贝总数量",
    "物流单号",
    "物流公司",
  ];
  const row = (l: SampleLine, status: string, carrier: string, tracking: string): (string | number)[] => [
    `="${l.id}"`,
    `tb_${l.buyer}`,
    l.amount.toFixed(2),
    status,
    "",
    l.buyer,
    time(l.created),
    time(l.paid),
    l.product,
    l.quantity,
    `="${tracking}"`,
    carrier,
  ];
  const fresh = [0, 1, 2].map((i) => ({
    ...waiting[0]!,
    id: String(35_153_131_473_293_579n + BigInt((5000 + i) * 7919)),
    buyer: ["钱多多", "孙小美", "阿土伯"][i]!,
    tracking: "",
    carrier: "",
  }));
  return {
    name: "ExportOrderList202611260830.csv",
    encoding: "gbk",
    text: csv([
      header,
      ...waiting.map((l, i) =>
        row(l, "卖家已发货，等待买家确认", "顺丰速运", `SF14${String(7_730_001 + i).padStart(11, "0")}`),
      ),
      ...same.map((l) => row(l, l.status, l.carrier, l.tracking)),
      ...fresh.map((l) => row(l, "买家已付款，等待卖家发货", "", "")),
    ]),
    expect: { added: fresh.length, changed: waiting.length, unchanged: same.length },
  };
}

/** Douyin 抖店 订单导出: UTF-8 with BOM, ids with a TAB before them; one cancellation, two new. */
function douyin(lines: readonly SampleLine[]): SampleExport {
  const mine = lines.filter((l) => l.platform === "抖音");
  const waiting = mine.filter((l) => l.status === "待发货");
  // The buyer cancels an order the team is working on; Douyin writes it as 已关闭 (docs/ORDER-EXPORTS.md).
  const working = waiting.filter((l) => /^(待处理|处理中)/.test(l.teamStatus));
  const cancelled = working.slice(0, 1);
  const same = waiting.filter((l) => !cancelled.includes(l)).slice(0, 2);
  const header = [
    "主订单编号",
    "子订单编号",
    "选购商品",
    "商品数量",
    "商品金额",
    "订单提交时间",
    "支付完成时间",
    "支付方式",
    "订单状态",
    "售后状态",
    "订单应付金额",
    "收件人",
  ];
  const row = (l: SampleLine, status: string, sub: number): (string | number)[] => [
    `\t${l.id}`,
    `\t${l.id}${sub}`,
    l.product,
    l.quantity,
    l.unitPrice.toFixed(2),
    time(l.created),
    time(l.paid),
    "微信",
    status,
    "-",
    l.amount.toFixed(2),
    "##密文",
  ];
  const fresh = [0, 1].map((i) => ({
    ...waiting[0]!,
    id: String(6_917_926_768_823_643n + BigInt((5000 + i) * 104_729)),
  }));
  return {
    name: "抖店订单导出_20261126.csv",
    encoding: "utf-8-bom",
    text: csv([
      header,
      ...cancelled.map((l) => row(l, "已关闭", 1)),
      ...same.map((l) => row(l, l.status, 1)),
      ...fresh.map((l) => row(l, "待发货", 1)),
    ]),
    expect: { added: fresh.length, changed: cancelled.length, unchanged: same.length },
  };
}

/** Amazon's orders report: tab-separated UTF-8; two orders shipped since, one as it was, two new. */
function amazon(lines: readonly SampleLine[]): SampleExport {
  const mine = lines.filter((l) => l.platform === "Amazon");
  const unshipped = mine.filter((l) => l.status === "Unshipped");
  const shipped = unshipped.slice(0, 2);
  const same = mine.filter((l) => l.status === "Shipped").slice(0, 1);
  const header = [
    "order-id",
    "purchase-date",
    "order-status",
    "sku",
    "product-name",
    "quantity-purchased",
    "item-price",
    "currency",
    "recipient-name",
  ];
  const iso = (serial: number): string => `${formatSerial(serial).replace(" ", "T")}:00Z`;
  const row = (l: SampleLine, status: string): (string | number)[] => [
    l.id,
    iso(l.created),
    status,
    l.sku,
    l.product,
    l.quantity,
    l.amount.toFixed(2),
    "USD",
    l.buyer,
  ];
  const fresh = [0, 1].map((i) => ({ ...unshipped[0]!, id: `114-${9_739_103 + 5000 + i}-${7_700_001 + i}` }));
  return {
    name: "Amazon-orders-report-2026-11-26.txt",
    encoding: "utf-8",
    text: csv(
      [
        header,
        ...shipped.map((l) => row(l, "Shipped")),
        ...same.map((l) => row(l, l.status)),
        ...fresh.map((l) => row(l, "Unshipped")),
      ],
      "\t",
    ),
    expect: { added: fresh.length, changed: shipped.length, unchanged: same.length },
  };
}

/** The three exports for the sample sheet as it is now (its values from A1, the header on row 2). */
export function makeSampleExports(values: readonly (readonly Cell[])[]): SampleExport[] {
  const lines = sampleLines(values);
  return [taobao(lines), douyin(lines), amazon(lines)];
}
