/**
 * The preview's sample order sheet: what a small cross-border team keeps in Excel — orders from several
 * platforms pasted under one bilingual header, with owners, priority tags and the usual few problems
 * (an id Excel turned into 3.5E+16, a duplicate line, a shipped order without tracking, a bad date).
 * Deterministic: the same options give the same sheet (a seeded generator, never Math.random).
 */
import type { TeamMember } from "../../src/core/plan";
import type { SeedCell } from "../fakeExcel";

/** The team's own header row: Chinese and English in one cell, as bilingual teams write them. */
export const SAMPLE_HEADER = [
  "订单号 Order ID",
  "平台 Platform",
  "店铺 Shop",
  "下单时间 Created at",
  "付款时间 Paid at",
  "买家 Buyer",
  "收货人 Recipient",
  "城市 City",
  "商品 Product",
  "规格 Variant",
  "SKU",
  "数量 Qty",
  "单价 Unit price",
  "订单金额 Order amount",
  "币种 Currency",
  "平台状态 Market status",
  "快递公司 Carrier",
  "快递单号 Tracking",
  "买家留言 Buyer note",
  "负责人 Owner",
  "标签 Tags",
] as const;

export const SAMPLE_SHEET = "订单 Orders";
export const SAMPLE_TITLE = "好物小店 · 11 月订单 Goodies Store · November orders";
export const DATE_FORMAT = "yyyy-mm-dd hh:mm";

/** The roster the owners come from; `setup=1` saves it to the settings sheet as a lead would on the Team tab. */
export const SAMPLE_TEAM: readonly TeamMember[] = [
  { name: "张伟", role: "customerService", active: true, email: "zhangwei@example.com" },
  { name: "李娜", role: "operations", active: true, email: "lina@example.com" },
  { name: "王芳", role: "warehouse", active: true, email: "wangfang@example.com" },
  { name: "Tom", role: "operations", active: true },
  { name: "Maria", role: "customerService", active: true, email: "maria@example.com" },
];

export interface SampleOptions {
  /** Order lines to generate (a few orders have two lines). */
  readonly rows: number;
  /** Now as an Excel serial (local time): orders are spread over the ten days before it. */
  readonly now: number;
  /** Generator seed; the default gives the sheet the README screenshots show. */
  readonly seed?: number;
  /** Sprinkle the sheet with realistic problems (default true). */
  readonly problems?: boolean;
}

interface Platform {
  readonly name: string;
  readonly shops: readonly string[];
  readonly currency: string;
  readonly carriers: readonly string[];
  readonly statuses: readonly string[];
  readonly paidStatusFrom: number;
  readonly shippedFrom: number;
  id(n: number, next: () => number): string;
}

const digits = (next: () => number, count: number): string =>
  Array.from({ length: count }, () => Math.floor(next() * 10)).join("");

// Status texts as each platform exports them (docs/ORDER-EXPORTS.md); the index where orders count as
// paid and as shipped decides whether paid-at and tracking are filled.
const PLATFORMS: readonly Platform[] = [
  {
    name: "淘宝",
    shops: ["好物小店", "好物旗舰店"],
    currency: "CNY",
    carriers: ["顺丰速运", "中通快递", "圆通速递"],
    statuses: ["等待买家付款", "买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易成功"],
    paidStatusFrom: 1,
    shippedFrom: 2,
    id: (n) => String(35_153_131_473_293_579n + BigInt(n * 7919)),
  },
  {
    name: "京东",
    shops: ["好物京东自营店"],
    currency: "CNY",
    carriers: ["京东物流"],
    statuses: ["等待付款", "等待出库", "等待确认收货", "完成"],
    paidStatusFrom: 1,
    shippedFrom: 2,
    id: (n) => String(290_381_245_112 + n * 37),
  },
  {
    name: "拼多多",
    shops: ["好物拼多多店"],
    currency: "CNY",
    carriers: ["中通快递", "申通快递", "韵达快递"],
    statuses: ["待支付", "待发货", "已发货，待签收", "已签收"],
    paidStatusFrom: 1,
    shippedFrom: 2,
    id: (n, next) => `2611${String(10 + (n % 20)).padStart(2, "0")}-${digits(next, 15)}`,
  },
  {
    name: "抖音",
    shops: ["好物抖店"],
    currency: "CNY",
    carriers: ["顺丰速运", "极兔速递"],
    statuses: ["待支付", "待发货", "已发货", "已完成"],
    paidStatusFrom: 1,
    shippedFrom: 2,
    id: (n) => String(6_917_926_768_823_643n + BigInt(n * 104_729)),
  },
  {
    name: "Amazon",
    shops: ["Goodies US", "Goodies UK"],
    currency: "USD",
    carriers: ["UPS", "USPS", "FedEx"],
    statuses: ["Pending", "Unshipped", "Shipped", "Shipped - Delivered to Buyer"],
    paidStatusFrom: 1,
    shippedFrom: 2,
    id: (n, next) => `11${digits(next, 1)}-${String(9_739_103 + n * 13).slice(0, 7)}-${digits(next, 7)}`,
  },
  {
    name: "Shopify",
    shops: ["goodies.shop"],
    currency: "USD",
    carriers: ["DHL Express", "USPS"],
    statuses: ["pending", "paid", "shipped", "delivered"],
    paidStatusFrom: 1,
    shippedFrom: 2,
    id: (n) => `#${1001 + n}`,
  },
];

const PRODUCTS = [
  { zh: "不粘锅 Non-stick pan", variants: ["24cm", "28cm"], sku: "PAN", price: 129 },
  { zh: "保温杯 Thermos cup", variants: ["500ml 白 White", "500ml 黑 Black"], sku: "CUP", price: 89 },
  { zh: "数据线 USB-C cable", variants: ["1m", "2m"], sku: "CBL", price: 29 },
  { zh: "蓝牙耳机 Bluetooth earbuds", variants: ["标准版 Standard", "降噪版 ANC"], sku: "EAR", price: 199 },
  { zh: "真丝眼罩 Silk sleep mask", variants: ["粉 Pink", "灰 Grey"], sku: "MSK", price: 59 },
  { zh: "茶具套装 Tea set", variants: ["六件套 6 pcs"], sku: "TEA", price: 268 },
  { zh: "定制刻字钢笔 Engraved pen", variants: ["黑 Black", "金 Gold"], sku: "PEN", price: 158 },
  { zh: "香薰蜡烛 Scented candle", variants: ["檀香 Sandalwood", "柑橘 Citrus"], sku: "CDL", price: 79 },
] as const;

const BUYERS_ZH = ["王小明", "李雪", "陈静", "刘洋", "赵敏", "孙丽", "周杰", "吴昊", "郑爽", "黄蕾"];
const BUYERS_EN = ["Emily Carter", "James Miller", "Sofia Rossi", "Liam Chen", "Olivia Brown", "Noah Kim"];
const CITIES_ZH = ["上海", "北京", "杭州", "深圳", "广州", "成都", "武汉", "南京"];
const CITIES_EN = ["Seattle", "Austin", "London", "Manchester", "Toronto", "New York"];
const NOTES = [
  "",
  "",
  "",
  "",
  "请尽快发货 please ship ASAP",
  "送人的，帮忙写贺卡 gift, add a card",
  "预售款 pre-order",
  "Please gift wrap",
  "地址不详，请联系 call before delivery",
];
const TAG_SETS = ["", "", "", "", "", "加急", "VIP", "贺卡", "加急, VIP", "定制", "预售", "urgent", "补发"];

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sheet on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

const minutes = (n: number): number => n / (24 * 60);

/** The sample sheet: a title row, the header, then `rows` order lines. */
export function makeSampleOrders(options: SampleOptions): SeedCell[][] {
  const next = seeded(options.seed ?? 20261125);
  const problems = options.problems ?? true;
  const grid: SeedCell[][] = [
    [{ value: SAMPLE_TITLE, bold: true }],
    SAMPLE_HEADER.map((h) => ({ value: h, bold: true })),
  ];
  let order = 0;
  while (grid.length - 2 < options.rows) {
    const platform = PLATFORMS[order % PLATFORMS.length]!;
    const english = platform.currency !== "CNY";
    const orderId = platform.id(order, next);
    // Older orders have moved further along; the newest are mostly waiting.
    const ageMinutes = Math.floor(next() * 10 * 24 * 60);
    const created = Math.floor((options.now - minutes(ageMinutes)) * 24 * 60) / (24 * 60);
    const progress = Math.min(
      platform.statuses.length - 1,
      Math.floor((ageMinutes / (10 * 24 * 60)) * 4.6 * next() + next() * 1.2),
    );
    const statusText = platform.statuses[progress]!;
    const paid = progress >= platform.paidStatusFrom;
    const shipped = progress >= platform.shippedFrom;
    const shop = pick(next, platform.shops);
    const buyer = pick(next, english ? BUYERS_EN : BUYERS_ZH);
    const city = pick(next, english ? CITIES_EN : CITIES_ZH);
    const lines = next() < 0.12 ? 2 : 1;
    const owner = next() < 0.95 ? pick(next, SAMPLE_TEAM).name : "";
    const tags = pick(next, TAG_SETS);
    const note = pick(next, NOTES);
    const carrier = shipped ? pick(next, platform.carriers) : "";
    const tracking = shipped
      ? `${
          carrier
            .slice(0, 2)
            .toUpperCase()
            .replace(/[^A-Z]/g, "") || "SF"
        }${digits(next, 12)}`
      : "";
    const items = Array.from({ length: lines }, () => {
      const product = pick(next, PRODUCTS);
      return {
        product,
        variant: pick(next, product.variants),
        quantity: 1 + Math.floor(next() * next() * 3),
      };
    });
    const rate = english ? 1 / 7 : 1;
    const amount =
      Math.round(items.reduce((sum, it) => sum + it.product.price * rate * it.quantity, 0) * 100) / 100;
    for (const item of items) {
      if (grid.length - 2 >= options.rows) break;
      grid.push([
        { value: orderId, numberFormat: "@" },
        platform.name,
        shop,
        { value: created, numberFormat: DATE_FORMAT },
        paid ? { value: created + minutes(3 + Math.floor(next() * 40)), numberFormat: DATE_FORMAT } : null,
        buyer,
        buyer,
        city,
        item.product.zh,
        item.variant,
        `${item.product.sku}-${item.variant.slice(0, 2).toUpperCase().replace(/\s/g, "")}`,
        item.quantity,
        { value: Math.round(item.product.price * rate * 100) / 100, numberFormat: "0.00" },
        { value: amount, numberFormat: "0.00" },
        platform.currency,
        statusText,
        carrier,
        { value: tracking, numberFormat: "@" },
        note,
        owner,
        tags,
      ]);
    }
    order++;
  }
  if (problems) addProblems(grid);
  return grid;
}

const ID = 0;
const CREATED = 3;
const AMOUNT = 13;
const STATUS = 15;
const TRACKING = 17;

/** The problems real sheets have, at fixed rows so the screenshots and the e2e tests can rely on them. */
function addProblems(grid: SeedCell[][]): void {
  const at = (index: number): SeedCell[] | undefined => grid[2 + index];
  // A Taobao id re-saved by Excel as a number: digits lost, reported as corrupted.
  const corrupted = at(6);
  if (corrupted) corrupted[ID] = 3.51531e16;
  // The same order line pasted twice.
  const source = at(10);
  if (source && grid.length > 14) grid.splice(14, 0, [...source]);
  // A shipped order whose tracking number was never filled in.
  const shippedTexts = new Set(PLATFORMS.map((p) => p.statuses[p.shippedFrom]));
  const noTracking = grid.slice(22).find((row) => shippedTexts.has(row[STATUS] as string));
  if (noTracking) noTracking[TRACKING] = "";
  // A date typed by hand in a form Excel did not recognise, and an amount with a unit typed in.
  const badDate = at(30);
  if (badDate) badDate[CREATED] = "11月31日 上午";
  const badAmount = at(41);
  if (badAmount) badAmount[AMOUNT] = "约 120 元";
}

/** A second sheet a team keeps next to its orders, so the preview has more than one tab. */
export const SAMPLE_NOTES: SeedCell[][] = [
  [{ value: "说明 Notes", bold: true }],
  ["这是 OrderFlow 预览的示例工作簿：订单来自多个平台，负责人、标签和几处问题都是编出来的。"],
  [
    "This is OrderFlow's preview workbook: orders from several platforms with made-up owners, tags and a few problems.",
  ],
];
