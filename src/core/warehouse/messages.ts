import type { Catalog } from "../i18n/translate";

/** Texts the warehouse sheets and the scan view show, in both languages. */
export const WAREHOUSE_MESSAGES = {
  pickTitle: { "zh-CN": "拣货单", "en-US": "Pick list" },
  slipsTitle: { "zh-CN": "发货单", "en-US": "Packing slips" },
  generatedAt: { "zh-CN": "生成时间：{time}", "en-US": "Generated: {time}" },
  scopeSelection: { "zh-CN": "范围：选中的 {orders} 个订单", "en-US": "Scope: {orders} selected orders" },
  scopeStages: { "zh-CN": "范围：{stages}{filter}", "en-US": "Scope: {stages}{filter}" },
  scopeOwner: { "zh-CN": "，负责人 {owner}", "en-US": ", owner {owner}" },
  scopePlatform: { "zh-CN": "，平台 {platform}", "en-US": ", platform {platform}" },
  totals: {
    "zh-CN": "合计：{orders} 个订单，{lines} 种商品，{units} 件",
    "en-US": "Totals: {orders} orders, {lines} products, {units} units",
  },
  colLocation: { "zh-CN": "库位", "en-US": "Location" },
  colSku: { "zh-CN": "SKU", "en-US": "SKU" },
  colProduct: { "zh-CN": "商品", "en-US": "Product" },
  colVariant: { "zh-CN": "规格", "en-US": "Variant" },
  colQuantity: { "zh-CN": "数量", "en-US": "Qty" },
  colOrders: { "zh-CN": "订单数", "en-US": "Orders" },
  colOrderIds: { "zh-CN": "订单号", "en-US": "Order ids" },
  colPicked: { "zh-CN": "已拣 ✓", "en-US": "Picked ✓" },
  slipOrder: { "zh-CN": "订单号", "en-US": "Order" },
  slipPlatform: { "zh-CN": "平台", "en-US": "Platform" },
  slipRecipient: { "zh-CN": "收货人", "en-US": "Recipient" },
  slipPhone: { "zh-CN": "电话", "en-US": "Phone" },
  slipAddress: { "zh-CN": "地址", "en-US": "Address" },
  slipNote: { "zh-CN": "买家留言", "en-US": "Buyer note" },
  slipGiftCard: { "zh-CN": "贺卡", "en-US": "Gift card" },
  slipTags: { "zh-CN": "标签", "en-US": "Tags" },
  emptyScope: {
    "zh-CN": "范围内没有订单：请选中订单行，或换一个状态。",
    "en-US": "No orders in this scope: select order rows, or pick another stage.",
  },
} as const satisfies Catalog;
