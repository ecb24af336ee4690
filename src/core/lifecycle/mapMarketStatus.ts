import type { PlatformId } from "../schema";
import { PLATFORMS } from "../schema";
import { DEFAULT_STATUS_KEYS, DEFAULT_WORKFLOW, type DefaultStatusKey } from "./defaultWorkflow";
import { stageNames } from "./findStatus";

/** What an export row says about an order, as far as its lifecycle goes. */
export interface MarketStatusInput {
  /** The platform's order status text (Shopify: Financial Status). */
  readonly status?: string;
  /** The platform's refund / after-sales status text (退款状态, 售后状态, Return / Refund Status, ...). */
  readonly afterSales?: string;
  readonly paidAt?: boolean;
  readonly shippedAt?: boolean;
  readonly tracking?: boolean;
  readonly refundAmount?: number;
}

/** The lifecycle status and what decided it: `status:<text>`, `afterSales:<text>`, `shippedAt`, `tracking`, `paidAt`. */
export interface MarketStatusMapping {
  readonly status: DefaultStatusKey;
  readonly source: string;
}

/*
 * Outcomes that depend on more than the text:
 * - closed: Taobao/Kuaishou 交易关闭 = closed after payment with a refund (refunded) or before payment (cancelled);
 * - paidByFulfilment: Shopify `paid` is to process until the order is fulfilled;
 * - finish: AliExpress FINISH is a completed trade, or a closed unpaid one;
 * - returnOrRefund: a return/refund case is after-sales until money went back.
 * Any cancelled outcome with a refund amount becomes refunded ("closed after payment with refund", §15).
 */
type StatusOutcome = DefaultStatusKey | "closed" | "paidByFulfilment" | "finish" | "returnOrRefund";
type AfterSalesOutcome = "inProgress" | "refunded" | "resolved" | "none" | "returnOrRefund";

type StatusTable = Readonly<Record<string, StatusOutcome>>;
type AfterSalesTable = Readonly<Record<string, AfterSalesOutcome>>;

/* Status texts per platform, from docs/ORDER-EXPORTS.md §1–§12 and the §15 mapping table.
 * §15's OUT_OF_STOCK / ADDRESS_PROBLEM / LOST / ON_HOLD exceptions map to onHold; partial shipments
 * map to processing (the warehouse still has lines to pack). Written as they appear; compared normalised. */
const STATUS_TABLES = {
  taobao: {
    等待买家付款: "awaitingPayment",
    没有创建支付宝交易: "awaitingPayment",
    WAIT_BUYER_PAY: "awaitingPayment",
    TRADE_NO_CREATE_PAY: "awaitingPayment",
    PAY_PENDING: "awaitingPayment",
    WAIT_PRE_AUTH_CONFIRM: "awaitingPayment",
    "买家已付款，等待卖家发货": "toProcess",
    等待卖家发货: "toProcess",
    WAIT_SELLER_SEND_GOODS: "toProcess",
    卖家部分发货: "processing",
    SELLER_CONSIGNED_PART: "processing",
    "卖家已发货，等待买家确认": "shipped",
    等待买家确认收货: "shipped",
    WAIT_BUYER_CONFIRM_GOODS: "shipped",
    买家已签收: "delivered",
    "买家已签收(货到付款)": "delivered",
    TRADE_BUYER_SIGNED: "delivered",
    已收货: "delivered",
    已签收: "delivered",
    交易成功: "completed",
    交易完成: "completed",
    待评价: "completed",
    TRADE_FINISHED: "completed",
    交易关闭: "closed",
    TRADE_CLOSED: "refunded",
    TRADE_CLOSED_BY_TAOBAO: "cancelled",
  },
  jd: {
    等待付款: "awaitingPayment",
    等待出库: "toProcess",
    等待发货: "toProcess",
    WAIT_SELLER_STOCK_OUT: "toProcess",
    WAIT_SELLER_DELIVERY: "toProcess",
    发往配送中心: "processing",
    配送中心已收货: "processing",
    SEND_TO_DISTRIBUTION_CENER: "processing",
    DISTRIBUTION_CENTER_RECEIVED: "processing",
    等待确认收货: "shipped",
    WAIT_GOODS_RECEIVE_CONFIRM: "shipped",
    完成: "completed",
    已完成: "completed",
    FINISHED_L: "completed",
    收款确认: "completed",
    RECEIPTS_CONFIRM: "completed",
    取消: "cancelled",
    已取消: "cancelled",
    TRADE_CANCELED: "cancelled",
    锁定: "onHold",
    已锁定: "onHold",
    LOCKED: "onHold",
    暂停: "onHold",
    PAUSE: "onHold",
  },
  pinduoduo: {
    待支付: "awaitingPayment",
    待发货: "toProcess",
    "已发货，待签收": "shipped",
    已签收: "delivered",
    已收货: "delivered",
    "未发货，退款成功": "refunded",
    "已发货，退款成功": "refunded",
    已取消: "cancelled",
  },
  douyin: {
    待支付: "awaitingPayment",
    待发货: "toProcess",
    已发货: "shipped",
    已完成: "completed",
    已关闭: "cancelled",
  },
  kuaishou: {
    待付款: "awaitingPayment",
    已付款: "toProcess",
    待发货: "toProcess",
    已发货: "shipped",
    已收货: "delivered",
    已签收: "delivered",
    交易成功: "completed",
    退款中: "afterSales",
    退款成功: "refunded",
    交易关闭: "closed",
    已取消: "cancelled",
  },
  amazon: {
    Pending: "awaitingPayment",
    PendingAvailability: "awaitingPayment",
    Unshipped: "toProcess",
    InvoiceUnconfirmed: "toProcess",
    Shipping: "processing",
    PartiallyShipped: "processing",
    Shipped: "shipped",
    "Shipped - Out for Delivery": "shipped",
    "Shipped - Delivered to Buyer": "delivered",
    "Shipped - Picked Up": "delivered",
    "Shipped - Returning to Seller": "afterSales",
    "Shipped - Returned to Seller": "afterSales",
    "Shipped - Undeliverable": "onHold",
    "Shipped - Rejected by Buyer": "onHold",
    "Shipped - Lost in Transit": "onHold",
    Unfulfillable: "onHold",
    Cancelled: "cancelled",
    Canceled: "cancelled",
  },
  // eBay reports have no status column: the row's dates decide (see `fromEvents`).
  ebay: {},
  shopify: {
    pending: "awaitingPayment",
    authorized: "awaitingPayment",
    partially_paid: "awaitingPayment",
    paid: "paidByFulfilment",
    partially_refunded: "afterSales",
    refunded: "refunded",
    voided: "cancelled",
    expired: "cancelled",
    // Fulfillment Status, when a sheet maps that column instead.
    unfulfilled: "toProcess",
    partial: "processing",
    fulfilled: "shipped",
    restocked: "afterSales",
  },
  woocommerce: {
    pending: "awaitingPayment",
    "Pending payment": "awaitingPayment",
    "checkout-draft": "awaitingPayment",
    draft: "awaitingPayment",
    // WooCommerce's on-hold means "awaiting payment confirmation" (bank transfer), not a problem.
    "on-hold": "awaitingPayment",
    processing: "toProcess",
    shipped: "shipped",
    completed: "completed",
    refunded: "refunded",
    cancelled: "cancelled",
    failed: "cancelled",
  },
  shopee: {
    Unpaid: "awaitingPayment",
    "Belum bayar": "awaitingPayment",
    "To ship": "toProcess",
    "Perlu dikirim": "toProcess",
    "Perlu diproses": "processing",
    "Telah diproses": "processing",
    Processed: "processing",
    Shipping: "shipped",
    Dikirim: "shipped",
    "Sedang dikirim": "shipped",
    Delivered: "delivered",
    "Order Received": "delivered",
    Completed: "completed",
    Selesai: "completed",
    "Hoàn thành": "completed",
    Cancelled: "cancelled",
    Pembatalan: "cancelled",
    Dibatalkan: "cancelled",
    "Đã hủy": "cancelled",
    Pengembalian: "returnOrRefund",
    "Return/Refund": "returnOrRefund",
  },
  lazada: {
    unpaid: "awaitingPayment",
    pending: "toProcess",
    packed: "processing",
    ready_to_ship: "processing",
    shipped: "shipped",
    delivered: "delivered",
    confirmed: "completed",
    canceled: "cancelled",
    cancelled: "cancelled",
    returned: "afterSales",
    failed_delivery: "onHold",
    failed: "onHold",
    lost_by_3pl: "onHold",
    damaged_by_3pl: "onHold",
  },
  aliexpress: {
    等待买家付款: "awaitingPayment",
    PLACE_ORDER_SUCCESS: "awaitingPayment",
    资金处理中: "awaitingPayment",
    FUND_PROCESSING: "awaitingPayment",
    风控审核: "awaitingPayment",
    RISK_CONTROL: "awaitingPayment",
    等待您发货: "toProcess",
    等待卖家发货: "toProcess",
    WAIT_SELLER_SEND_GOODS: "toProcess",
    部分发货: "processing",
    SELLER_PART_SEND_GOODS: "processing",
    等待买家收货: "shipped",
    WAIT_BUYER_ACCEPT_GOODS: "shipped",
    交易完成: "completed",
    FINISH: "finish",
    纠纷中: "afterSales",
    IN_ISSUE: "afterSales",
    冻结中: "onHold",
    IN_FROZEN: "onHold",
    // A buyer's cancel request waits for the seller's decision: hold the parcel rather than cancel silently.
    买家申请取消: "onHold",
    IN_CANCEL: "onHold",
    订单关闭: "cancelled",
  },
  tiktok: {
    Unpaid: "awaitingPayment",
    "To Ship": "toProcess",
    "Awaiting shipment": "toProcess",
    "Awaiting collection": "processing",
    Shipped: "shipped",
    "In transit": "shipped",
    Dikirim: "shipped",
    "Sedang transit": "shipped",
    จัดส่งแล้ว: "shipped",
    Delivered: "delivered",
    Completed: "completed",
    Canceled: "cancelled",
    Cancelled: "cancelled",
  },
  generic: {
    待付款: "awaitingPayment",
    待支付: "awaitingPayment",
    未付款: "awaitingPayment",
    等待付款: "awaitingPayment",
    "awaiting payment": "awaitingPayment",
    "pending payment": "awaitingPayment",
    unpaid: "awaitingPayment",
    待发货: "toProcess",
    已付款: "toProcess",
    paid: "toProcess",
    "to ship": "toProcess",
    unshipped: "toProcess",
    "awaiting shipment": "toProcess",
    拣货中: "processing",
    配货中: "processing",
    打包中: "processing",
    packing: "processing",
    packed: "processing",
    "ready to ship": "processing",
    运输中: "shipped",
    配送中: "shipped",
    "in transit": "shipped",
    已收货: "delivered",
    已送达: "delivered",
    交易成功: "completed",
    完成: "completed",
    complete: "completed",
    退款中: "afterSales",
    售后处理中: "afterSales",
    退货中: "afterSales",
    "refund requested": "afterSales",
    "return requested": "afterSales",
    "return in progress": "afterSales",
    退款成功: "refunded",
    已关闭: "closed",
    交易关闭: "closed",
    closed: "closed",
    canceled: "cancelled",
    "on hold": "onHold",
  },
} as const satisfies Record<PlatformId, StatusTable>;

/* Refund / after-sales column texts. Platform tables first, then the shared words below. */
const AFTER_SALES_TABLES: Readonly<Record<PlatformId, AfterSalesTable>> = {
  taobao: {
    "买家已经申请退款，等待卖家同意": "inProgress",
    WAIT_SELLER_AGREE: "inProgress",
    "卖家已经同意退款，等待买家退货": "inProgress",
    WAIT_BUYER_RETURN_GOODS: "inProgress",
    "买家已经退货，等待卖家确认收货": "inProgress",
    WAIT_SELLER_CONFIRM_GOODS: "inProgress",
    SUCCESS: "refunded",
    CLOSED: "none",
    SELLER_REFUSE_BUYER: "none",
    没有申请退款: "none",
  },
  jd: {},
  pinduoduo: {
    "商家同意退货退款，待买家发货": "inProgress",
    "用户已发货，待商家处理": "inProgress",
    无售后或售后取消: "none",
    "售后取消，退款失败": "none",
  },
  douyin: { "同意退款，退款成功": "refunded", 换货成功: "resolved", 售后关闭: "none" },
  kuaishou: {},
  amazon: {},
  ebay: {},
  shopify: {},
  woocommerce: {},
  shopee: { "Request Approved": "returnOrRefund" },
  lazada: {},
  aliexpress: {},
  tiktok: {
    "Return/Refund": "returnOrRefund",
    "Return and refund": "returnOrRefund",
    "Refund only": "returnOrRefund",
  },
  generic: {},
};

const SHARED_AFTER_SALES: AfterSalesTable = {
  退款中: "inProgress",
  售后中: "inProgress",
  售后处理中: "inProgress",
  退货中: "inProgress",
  换货中: "inProgress",
  申请退款: "inProgress",
  部分退款: "inProgress",
  退货退款: "returnOrRefund",
  REFUND_REQUESTED: "inProgress",
  RETURN_IN_PROGRESS: "inProgress",
  "return requested": "inProgress",
  requested: "inProgress",
  returned: "inProgress",
  退款成功: "refunded",
  已退款: "refunded",
  退款完成: "refunded",
  refunded: "refunded",
  换货成功: "resolved",
  换货完成: "resolved",
  EXCHANGE: "resolved",
  无: "none",
  退款关闭: "none",
  none: "none",
  cancel: "none",
  cancelled: "none",
};

/** Case-, width- and separator-insensitive form of a status text (`买家已付款，等待卖家发货` = `买家已付款,等待卖家发货`). */
function normalizeMarket(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[_\-–]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^wc /, "");
}

function normalizeTable<T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table).map(([text, outcome]) => [normalizeMarket(text), outcome]));
}

// OrderFlow's own lifecycle labels (`待处理 To process`, `shipped`, ...) are understood on every platform.
const LIFECYCLE_WORDS: ReadonlyMap<string, StatusOutcome> = new Map(
  DEFAULT_WORKFLOW.stages.flatMap((stage) => {
    const key = DEFAULT_STATUS_KEYS.find((k) => k === stage.key);
    return key === undefined
      ? []
      : stageNames(stage).map((name): [string, StatusOutcome] => [normalizeMarket(name), key]);
  }),
);
const STATUS_MAPS = new Map(
  PLATFORMS.map((platform) => [platform, normalizeTable<StatusOutcome>(STATUS_TABLES[platform])]),
);
const GENERIC_STATUS = normalizeTable<StatusOutcome>(STATUS_TABLES.generic);
const AFTER_SALES_MAPS = new Map(
  PLATFORMS.map((platform) => [platform, normalizeTable(AFTER_SALES_TABLES[platform])]),
);
const SHARED_AFTER_SALES_MAP = normalizeTable(SHARED_AFTER_SALES);

function lookupStatus(platform: PlatformId, text: string): StatusOutcome | undefined {
  const own = STATUS_MAPS.get(platform)?.get(text) ?? GENERIC_STATUS.get(text) ?? LIFECYCLE_WORDS.get(text);
  if (own !== undefined || platform !== "generic") return own;
  // A sheet of unknown origin: accept a platform's text when every platform that knows it agrees.
  const outcomes = new Set(PLATFORMS.flatMap((p) => STATUS_MAPS.get(p)?.get(text) ?? []));
  const [only] = outcomes;
  return outcomes.size === 1 ? only : undefined;
}

/** After-sales texts not in any table, by their words: closed/refused first, then done, then anything refund-like. */
function guessAfterSales(text: string): AfterSalesOutcome | undefined {
  if (/取消|关闭|拒绝|失败|没有|无售后|cancel|closed|reject|^no\b/.test(text)) return "none";
  if (/成功|已退款|完成|refunded|success|complete/.test(text)) return "refunded";
  if (/退|售后|换货|纠纷|refund|return|exchange|dispute/.test(text)) return "inProgress";
  return undefined;
}

function lookupAfterSales(platform: PlatformId, text: string): AfterSalesOutcome | undefined {
  if (text === "") return "none";
  return (
    AFTER_SALES_MAPS.get(platform)?.get(text) ?? SHARED_AFTER_SALES_MAP.get(text) ?? guessAfterSales(text)
  );
}

function resolveOutcome(outcome: StatusOutcome, input: MarketStatusInput): DefaultStatusKey {
  const refunded = (input.refundAmount ?? 0) > 0;
  switch (outcome) {
    case "closed":
      return refunded || input.paidAt === true ? "refunded" : "cancelled";
    case "paidByFulfilment":
      return input.shippedAt === true || input.tracking === true ? "shipped" : "toProcess";
    case "finish":
      return input.paidAt === false ? "cancelled" : "completed";
    case "returnOrRefund":
      return refunded ? "refunded" : "afterSales";
    case "cancelled":
      return refunded ? "refunded" : "cancelled";
    default:
      return outcome;
  }
}

/** eBay-style rows without a status: tracking or a ship date means shipped, a pay date to process. */
function fromEvents(input: MarketStatusInput): MarketStatusMapping | undefined {
  if (input.tracking === true) return { status: "shipped", source: "tracking" };
  if (input.shippedAt === true) return { status: "shipped", source: "shippedAt" };
  if (input.paidAt === true) return { status: "toProcess", source: "paidAt" };
  if (input.paidAt === false) return { status: "awaitingPayment", source: "paidAt" };
  return undefined;
}

/**
 * The lifecycle status an export row implies (docs/ORDER-EXPORTS.md §15). An after-sales case in
 * progress or a finished refund wins over the order status; with no status text the pay/ship facts decide.
 * Undefined when the status text is unknown for the platform (never a guess) or nothing is known.
 */
export function mapMarketStatus(
  platform: PlatformId,
  input: MarketStatusInput,
): MarketStatusMapping | undefined {
  const statusText = (input.status ?? "").trim();
  const afterSalesText = (input.afterSales ?? "").trim();
  const afterSales = lookupAfterSales(platform, normalizeMarket(afterSalesText));
  const afterSalesSource = `afterSales:${afterSalesText}`;
  switch (afterSales) {
    case "inProgress":
      return { status: "afterSales", source: afterSalesSource };
    case "refunded":
      return { status: "refunded", source: afterSalesSource };
    case "returnOrRefund":
      return { status: resolveOutcome("returnOrRefund", input), source: afterSalesSource };
    case "resolved":
    case "none":
    case undefined:
      break;
  }
  const normal = normalizeMarket(statusText);
  if (normal === "") return fromEvents(input);
  const outcome = lookupStatus(platform, normal);
  return outcome === undefined
    ? undefined
    : { status: resolveOutcome(outcome, input), source: `status:${statusText}` };
}
