import type { PlatformId } from "../schema";
import type { DefaultStatusKey } from "./defaultWorkflow";
import { DEFAULT_STATUS_KEYS } from "./defaultWorkflow";
import { findStatus } from "./findStatus";
import { mapMarketStatus } from "./mapMarketStatus";
import { normalizeLookup } from "./normalizeLookup";
import type { Workflow } from "./workflow";

/** The problem reasons of the default lifecycle (DEFAULT_PROBLEM_REASONS' keys). */
export type DefaultReasonKey =
  | "outOfStock"
  | "badAddress"
  | "wrongItem"
  | "missingItem"
  | "damaged"
  | "late"
  | "complaint"
  | "refund"
  | "return"
  | "exchange"
  | "other";

/** What a team's status word is read as: a lifecycle status (or null: can not tell) and the problem it names. */
export interface StatusProposal {
  readonly status: DefaultStatusKey | null;
  readonly reason: DefaultReasonKey | null;
  /** How it was decided: the workflow's own name, the team vocabulary, a marketplace's status text, a keyword in it. */
  readonly source: "workflow" | "vocabulary" | "market" | "keyword" | null;
}

type Entry = readonly [DefaultStatusKey, DefaultReasonKey | null];

/*
 * What small teams type in their own status column, Chinese and English (short, colloquial, with the
 * problem in the word: 缺货, 地址有误, Waiting stock). Whole words, compared after normalizeLookup.
 * Partial shipments are still the warehouse's work (processing), as in mapMarketStatus.
 */
const TEAM_WORDS: Readonly<
  Record<DefaultStatusKey, readonly (string | readonly [string, DefaultReasonKey])[]>
> = {
  awaitingPayment: [
    "待付款",
    "待支付",
    "未付款",
    "未支付",
    "等待付款",
    "等待买家付款",
    "待付",
    "未付",
    "awaiting payment",
    "unpaid",
    "pending payment",
    "payment pending",
    "not paid",
    "waiting for payment",
  ],
  toProcess: [
    "待处理",
    "待发货",
    "待发",
    "未发货",
    "未发",
    "待打包",
    "待审核",
    "待确认",
    "待配货",
    "新订单",
    "新单",
    "已付款",
    "已支付",
    "等待发货",
    "等待出库",
    "待出库",
    "待安排",
    "to process",
    "to ship",
    "to pack",
    "new",
    "new order",
    "pending",
    "open",
    "unfulfilled",
    "paid",
    "not shipped",
    "awaiting shipment",
    "awaiting fulfillment",
    "awaiting fulfilment",
    "unshipped",
    "to do",
    "todo",
  ],
  processing: [
    "处理中",
    "打包中",
    "配货中",
    "拣货中",
    "备货中",
    "已打单",
    "已打印",
    "已打包",
    "已配货",
    "仓库已接单",
    "已接单",
    "已审核",
    "部分发货",
    "已拆单",
    "生产中",
    "制作中",
    "发货中",
    "待揽收",
    "已打面单",
    "processing",
    "picking",
    "packing",
    "packed",
    "in progress",
    "label printed",
    "label created",
    "ready to ship",
    "ready for pickup",
    "awaiting pickup",
    "partially shipped",
    "partially fulfilled",
    "in production",
    "printed",
  ],
  onHold: [
    "异常",
    "挂起",
    "暂停",
    "冻结",
    "锁定",
    "问题件",
    "有问题",
    "待定",
    ["拦截中", "other"],
    ["拦截", "other"],
    ["缺货", "outOfStock"],
    ["没货", "outOfStock"],
    ["断货", "outOfStock"],
    ["无货", "outOfStock"],
    ["等货", "outOfStock"],
    ["待补货", "outOfStock"],
    ["缺货中", "outOfStock"],
    ["欠货", "outOfStock"],
    ["地址有误", "badAddress"],
    ["地址不全", "badAddress"],
    ["地址错误", "badAddress"],
    ["地址不详", "badAddress"],
    ["地址异常", "badAddress"],
    ["地址问题", "badAddress"],
    ["超时", "late"],
    ["延迟发货", "late"],
    "on hold",
    "hold",
    "paused",
    "blocked",
    "problem",
    "issue",
    "exception",
    ["waiting stock", "outOfStock"],
    ["awaiting stock", "outOfStock"],
    ["waiting for stock", "outOfStock"],
    ["out of stock", "outOfStock"],
    ["backorder", "outOfStock"],
    ["backordered", "outOfStock"],
    ["no stock", "outOfStock"],
    ["missing part", "outOfStock"],
    ["address issue", "badAddress"],
    ["wrong address", "badAddress"],
    ["bad address", "badAddress"],
    ["address incomplete", "badAddress"],
    ["delayed", "late"],
  ],
  shipped: [
    "已发货",
    "已发",
    "发货",
    "已寄出",
    "已寄",
    "已出库",
    "运输中",
    "配送中",
    "派送中",
    "在途",
    "已揽收",
    "已发出",
    "shipped",
    "sent",
    "posted",
    "dispatched",
    "fulfilled",
    "in transit",
    "out for delivery",
    "on the way",
  ],
  delivered: ["已签收", "签收", "已收货", "已送达", "妥投", "已妥投", "delivered", "received"],
  completed: [
    "已完成",
    "完成",
    "交易成功",
    "已结束",
    "结单",
    "已结单",
    "确认收货",
    "已确认收货",
    "好评",
    "completed",
    "complete",
    "done",
    "finished",
  ],
  afterSales: [
    "售后",
    "售后中",
    "处理售后",
    ["退款中", "refund"],
    ["申请退款", "refund"],
    ["买家申请退款", "refund"],
    ["待退款", "refund"],
    ["退货中", "return"],
    ["退货", "return"],
    ["申请退货", "return"],
    ["退货退款", "return"],
    ["换货", "exchange"],
    ["换货中", "exchange"],
    ["补发", "missingItem"],
    ["漏发", "missingItem"],
    ["少发", "missingItem"],
    ["错发", "wrongItem"],
    ["发错", "wrongItem"],
    ["破损", "damaged"],
    ["投诉", "complaint"],
    ["差评", "complaint"],
    ["纠纷", "complaint"],
    ["维权", "complaint"],
    "after-sales",
    "after sales",
    ["return requested", "return"],
    ["returning", "return"],
    ["return", "return"],
    ["rma", "return"],
    ["refund requested", "refund"],
    ["refund pending", "refund"],
    ["exchange", "exchange"],
    ["dispute", "complaint"],
    ["complaint", "complaint"],
    ["damaged", "damaged"],
    ["wrong item", "wrongItem"],
    ["missing item", "missingItem"],
    ["reship", "missingItem"],
  ],
  refunded: [
    ["已退款", "refund"],
    ["退款成功", "refund"],
    ["退款完成", "refund"],
    ["已退", "refund"],
    ["refunded", "refund"],
    ["refund completed", "refund"],
    ["refund issued", "refund"],
  ],
  cancelled: [
    "已取消",
    "取消",
    "已关闭",
    "交易关闭",
    "作废",
    "已作废",
    "关闭",
    "撤单",
    "cancelled",
    "canceled",
    "void",
    "voided",
    "cancel",
  ],
};

const VOCABULARY: ReadonlyMap<string, Entry> = (() => {
  const index = new Map<string, Entry>();
  for (const status of DEFAULT_STATUS_KEYS) {
    for (const word of TEAM_WORDS[status]) {
      const [text, reason] = typeof word === "string" ? [word, null] : word;
      const key = normalizeLookup(text);
      if (!index.has(key)) index.set(key, [status, reason]);
    }
  }
  return index;
})();

/*
 * Words inside a longer text (`缺货-等供应商`, `地址不全，已联系`, `Waiting stock (Dec)`) that name a
 * problem: the reason and the status such a problem puts an order in. Checked in this order.
 */
const PROBLEM_KEYWORDS: readonly (readonly [RegExp, DefaultStatusKey, DefaultReasonKey])[] = [
  [/退款成功|已退款|退款完成|refunded/u, "refunded", "refund"],
  [
    /缺货|没货|断货|无货|等货|补货|欠货|out of stock|waiting (for )?stock|awaiting stock|backorder/u,
    "onHold",
    "outOfStock",
  ],
  [/地址.{0,2}(错|误|不全|不详|异常|问题|有误)|(错|误).{0,2}地址|address/u, "onHold", "badAddress"],
  [/发错|错发|错货|wrong (item|size|colou?r)/u, "afterSales", "wrongItem"],
  [/漏发|少发|少件|缺件|missing/u, "afterSales", "missingItem"],
  [/破损|损坏|压坏|碎了|damaged|broken/u, "afterSales", "damaged"],
  [/超时|延迟|延误|晚发|\blate\b|delayed/u, "onHold", "late"],
  [/投诉|差评|纠纷|complain|dispute/u, "afterSales", "complaint"],
  [/退款|refund/u, "afterSales", "refund"],
  [/退货|return/u, "afterSales", "return"],
  [/换货|exchange/u, "afterSales", "exchange"],
];

const NO_PROPOSAL: StatusProposal = { status: null, reason: null, source: null };

function isDefaultKey(key: string): key is DefaultStatusKey {
  return (DEFAULT_STATUS_KEYS as readonly string[]).includes(key);
}

/**
 * What a status text the team typed is read as: the workflow's own name (key, label, accepted
 * spelling) first, then the team vocabulary, a marketplace status text of the platform, and last a
 * problem keyword inside a longer text. `status` null when none of them can tell (never a guess).
 */
export function proposeStatus(
  text: string,
  workflow: Workflow,
  platform: PlatformId = "generic",
): StatusProposal {
  const normal = normalizeLookup(text);
  if (normal === "") return NO_PROPOSAL;
  const own = findStatus(workflow, text);
  if (own && isDefaultKey(own.key)) return { status: own.key, reason: null, source: "workflow" };
  const known = VOCABULARY.get(normal);
  if (known) return { status: known[0], reason: known[1], source: "vocabulary" };
  const keyword = PROBLEM_KEYWORDS.find(([pattern]) => pattern.test(normal));
  const market = mapMarketStatus(platform, { status: text });
  if (market) return { status: market.status, reason: keyword?.[2] ?? null, source: "market" };
  if (keyword) return { status: keyword[1], reason: keyword[2], source: "keyword" };
  return NO_PROPOSAL;
}
