import type { PlatformId } from "../schema";
import { normalizeHeader } from "./normalizeHeader";

export interface PlatformGuess {
  readonly platform: PlatformId;
  /** 0..1: 2 marker headers 0.75, 3 → 0.875, 4 or more → 1; a Kuaishou hint alone 0.5; generic 0. */
  readonly confidence: number;
}

type Fingerprinted = Exclude<PlatformId, "generic">;

/**
 * Headers only one platform writes (reference §16 and the real headers of §1-§12b). Shared ones such
 * as `主订单编号`/`子订单编号` (Taobao 千牛 and Douyin) or `Order ID` are left out on purpose.
 */
export const PLATFORM_MARKERS = {
  taobao: [
    "买家会员名",
    "宝贝标题",
    "买家支付宝账号",
    "买家应付货款",
    "买家应付邮费",
    "宝贝总数量",
    "宝贝种类",
    "订单付款时间",
    "买家实际支付金额",
    "外部系统编号",
    "商品属性",
    "套餐信息",
    "买家实付金额",
    "分阶段信息",
    "打款商家金额",
    "天猫卡券抵扣",
    "集分宝抵扣",
    "是否是o2o交易",
    "订单关闭原因",
    "购买数量",
    "子单实际支付金额",
    "宝贝数量",
    "买家会员id",
    "退款状态",
  ],
  jd: [
    "京东价",
    "订购数量",
    "下单帐号",
    "客户姓名",
    "客户地址",
    "商家备注等级(等级1-5为由高到低)",
    "付款确认时间",
    "结算金额",
    "余额支付",
    "订单渠道",
  ],
  pinduoduo: [
    "商家实收金额(元)",
    "商品数量(件)",
    "样式id",
    "商家编码-规格维度",
    "商家编码-商品维度",
    "用户实付金额(元)",
    "商品总价(元)",
    "邮费(元)",
    "店铺优惠折扣(元)",
    "平台优惠折扣(元)",
    "多多支付立减金额(元)",
    "团id",
    "消费者资料",
    "订单成交时间",
    "用户购买手机号",
  ],
  douyin: [
    "选购商品",
    "订单应付金额",
    "收件人手机号",
    "订单提交时间",
    "支付完成时间",
    "旗帜颜色",
    "app渠道",
    "达人id",
    "达人昵称",
    "快递信息",
    "商家改价",
    "达人优惠",
    "鲁班落地页id",
    "是否安心购",
    "降价类优惠",
  ],
  kuaishou: ["快手订单编号"],
  amazon: [
    "order-id",
    "order-item-id",
    "purchase-date",
    "payments-date",
    "amazon-order-id",
    "merchant-order-id",
    "item-status",
    "quantity-purchased",
    "ship-service-level",
    "ship-postal-code",
    "fulfillment-channel",
    "sales-channel",
    "recipient-name",
    "ship-city",
    "asin",
    "buyer-email",
    "last-updated-date",
    "item-price",
    "order-status",
  ],
  ebay: [
    "sales record number",
    "item number",
    "sold for",
    "shipping and handling",
    "postage and handling",
    "paid on date",
    "shipped on date",
    "sale date",
    "ship to name",
    "ship to zip",
    "custom label",
    "my item note",
    "variation details",
    "ebay collected tax",
    "global shipping program",
    "feedback left",
    "buyer note",
  ],
  shopify: [
    "financial status",
    "lineitem quantity",
    "lineitem name",
    "lineitem sku",
    "lineitem price",
    "fulfillment status",
    "fulfilled at",
    "accepts marketing",
    "note attributes",
    "risk level",
    "shipping province name",
    "lineitem fulfillment status",
  ],
  woocommerce: [
    "first name(billing)",
    "last name(billing)",
    "customer note",
    "order total amount",
    "order shipping amount",
    "shipping method title",
    "payment method title",
    "customer user id",
    "customer ip address",
    "country code(shipping)",
    "address 1(billing)",
    "coupons used",
    "cart discount amount",
    "order subtotal amount",
  ],
  shopee: [
    "username(buyer)",
    "sku reference no.",
    "parent sku reference no.",
    "return / refund status",
    "variation name",
    "deal price",
    "order creation date",
    "order complete time",
    "returned quantity",
    "estimated shipping fee",
    "shipping rebate estimate",
    "receiver name",
    "delivery address",
    "estimated ship out date",
    "product subtotal",
  ],
  lazada: [
    "orderitemid",
    "ordernumber",
    "sellersku",
    "trackingcode",
    "lazadaid",
    "createtime",
    "updatetime",
    "customername",
    "shippingname",
    "shippingaddress",
    "paidprice",
    "itemname",
    "shippingprovider",
    "ordertype",
    "buyerfaileddeliveryreturninitiator",
  ],
  aliexpress: [
    "买家名称",
    "产品信息",
    "买家选择物流",
    "实际发货物流:运单号",
    "发货期限",
    "产品总金额",
    "满立减",
    "收货国家",
    "负责人(业务员)",
    "收货人名称",
  ],
  tiktok: [
    "order substatus",
    "sku id",
    "seller sku",
    "cancelation/return type",
    "normal or pre-order",
    "sku unit original price",
    "sku subtotal after discount",
    "sku platform discount",
    "rts time",
    "tracking id",
    "shipping provider name",
    "buyer message",
    "checked status",
    "sku quantity of return",
    "package id",
    "fulfillment type",
  ],
} as const satisfies Record<Fingerprinted, readonly string[]>;

/** File names platforms give their exports (reference §16); used only to break a tie between fingerprints. */
const FILE_NAME_HINTS: Readonly<Record<Fingerprinted, RegExp>> = {
  taobao: /exportorder(?:detail)?list|淘宝|天猫|千牛|taobao|tmall/iu,
  jd: /京东|\bjd[\W_]/iu,
  pinduoduo: /拼多多|pinduoduo|\bpdd/iu,
  douyin: /抖店|抖音|douyin/iu,
  kuaishou: /快手|kuaishou/iu,
  amazon: /amazon/iu,
  ebay: /ebay/iu,
  shopify: /orders_export|shopify/iu,
  woocommerce: /woocommerce|^orders-\d{4}-\d{2}-\d{2}/iu,
  shopee: /^order\.all\.|shopee/iu,
  lazada: /lazada/iu,
  aliexpress: /aliexpress|速卖通/iu,
  tiktok: /tiktok/iu,
};

const FINGERPRINTED = Object.keys(PLATFORM_MARKERS) as Fingerprinted[];
const MARKERS = new Map<Fingerprinted, readonly string[]>(
  FINGERPRINTED.map((platform) => [platform, PLATFORM_MARKERS[platform].map(normalizeHeader)]),
);

function hasMarker(headers: ReadonlySet<string>, list: readonly string[], marker: string): boolean {
  // AliExpress writes `产品信息（双击单元格展开所有产品信息！）`: a marker followed by a bracketed remark counts.
  return headers.has(marker) || list.some((h) => h.startsWith(`${marker}(`));
}

/**
 * The platform whose marker headers the row carries (at least two), ties broken by the file name;
 * `generic` otherwise, or Kuaishou when a Chinese sheet mentions 快手 in a header or the file name.
 */
export function detectPlatform(headersNormalized: readonly string[], fileName?: string): PlatformGuess {
  const list = headersNormalized.map(normalizeHeader).filter((h) => h !== "");
  const headers = new Set(list);
  const scored = FINGERPRINTED.map((platform) => ({
    platform,
    hits: (MARKERS.get(platform) ?? []).filter((marker) => hasMarker(headers, list, marker)).length,
    hinted: fileName !== undefined && FILE_NAME_HINTS[platform].test(fileName),
  }))
    .filter((s) => s.hits >= 2 || (s.platform === "kuaishou" && s.hits >= 1))
    .sort((a, b) => b.hits - a.hits || Number(b.hinted) - Number(a.hinted));
  const best = scored[0];
  if (best) return { platform: best.platform, confidence: Math.min(1, 0.5 + 0.125 * Math.max(best.hits, 2)) };
  const chinese = list.some((h) => /\p{Script=Han}/u.test(h));
  const kuaishouHint =
    list.some((h) => h.includes("快手")) ||
    (fileName !== undefined && FILE_NAME_HINTS.kuaishou.test(fileName));
  if (chinese && kuaishouHint) return { platform: "kuaishou", confidence: 0.5 };
  return { platform: "generic", confidence: 0 };
}
