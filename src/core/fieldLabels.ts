import type { Message } from "./i18n/translate";
import type { Field } from "./schema";

/** How each canonical field is named to a person (mapping lists, messages, added column headers). */
export const FIELD_LABELS = {
  orderId: { "zh-CN": "订单号", "en-US": "Order id" },
  lineId: { "zh-CN": "子订单号", "en-US": "Line id" },
  platform: { "zh-CN": "平台", "en-US": "Platform" },
  shop: { "zh-CN": "店铺", "en-US": "Shop" },
  createdAt: { "zh-CN": "下单时间", "en-US": "Created at" },
  paidAt: { "zh-CN": "付款时间", "en-US": "Paid at" },
  shippedAt: { "zh-CN": "发货时间", "en-US": "Shipped at" },
  shipBy: { "zh-CN": "承诺发货时间", "en-US": "Ship by" },
  buyer: { "zh-CN": "买家", "en-US": "Buyer" },
  recipient: { "zh-CN": "收货人", "en-US": "Recipient" },
  phone: { "zh-CN": "电话", "en-US": "Phone" },
  address: { "zh-CN": "地址", "en-US": "Address" },
  province: { "zh-CN": "省", "en-US": "Province/State" },
  city: { "zh-CN": "市", "en-US": "City" },
  district: { "zh-CN": "区", "en-US": "District" },
  postalCode: { "zh-CN": "邮编", "en-US": "Postal code" },
  country: { "zh-CN": "国家", "en-US": "Country" },
  sku: { "zh-CN": "商家编码", "en-US": "SKU" },
  productId: { "zh-CN": "商品ID", "en-US": "Product id" },
  product: { "zh-CN": "商品", "en-US": "Product" },
  variant: { "zh-CN": "规格", "en-US": "Variant" },
  quantity: { "zh-CN": "数量", "en-US": "Quantity" },
  unitPrice: { "zh-CN": "单价", "en-US": "Unit price" },
  lineAmount: { "zh-CN": "商品金额", "en-US": "Line amount" },
  orderAmount: { "zh-CN": "订单金额", "en-US": "Order amount" },
  shippingFee: { "zh-CN": "运费", "en-US": "Shipping fee" },
  currency: { "zh-CN": "币种", "en-US": "Currency" },
  marketStatus: { "zh-CN": "平台状态", "en-US": "Marketplace status" },
  afterSales: { "zh-CN": "售后状态", "en-US": "After-sales status" },
  refundAmount: { "zh-CN": "退款金额", "en-US": "Refund amount" },
  carrier: { "zh-CN": "快递公司", "en-US": "Carrier" },
  tracking: { "zh-CN": "快递单号", "en-US": "Tracking number" },
  shippingMethod: { "zh-CN": "运送方式", "en-US": "Shipping method" },
  buyerNote: { "zh-CN": "买家留言", "en-US": "Buyer note" },
  sellerMemo: { "zh-CN": "商家备注", "en-US": "Seller memo" },
  location: { "zh-CN": "库位", "en-US": "Location" },
  giftMessage: { "zh-CN": "贺卡", "en-US": "Gift message" },
  status: { "zh-CN": "状态", "en-US": "Status" },
  owner: { "zh-CN": "负责人", "en-US": "Owner" },
  tags: { "zh-CN": "标签", "en-US": "Tags" },
  due: { "zh-CN": "截止", "en-US": "Due" },
  problem: { "zh-CN": "问题", "en-US": "Problem" },
  note: { "zh-CN": "处理备注", "en-US": "Note" },
  statusSince: { "zh-CN": "状态时间", "en-US": "Status since" },
} as const satisfies Record<Field, Message>;

/** The bilingual header OrderFlow writes for a column it adds: `状态 Status`. */
export function workflowHeader(field: Field): string {
  const label = FIELD_LABELS[field];
  return `${label["zh-CN"]} ${label["en-US"]}`;
}
