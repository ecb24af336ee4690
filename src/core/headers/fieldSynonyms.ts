import type { Field, PlatformId } from "../schema";

/**
 * Header texts per canonical field, most preferred first: when two columns of one sheet both name a
 * field, the one whose synonym comes earlier wins (Taobao `联系手机` over `联系电话`, `订单编号` over
 * `主订单编号`). Sources: reference/order-exports.md §1-§14. Written as in the files; compared after
 * normalizeHeader. Workflow fields include the bilingual headers OrderFlow writes itself (`状态 Status`).
 */
export const FIELD_SYNONYMS = {
  orderId: [
    "订单编号", "订单号", "主订单编号", "平台订单号", "订单ID", "快手订单编号", "原始单号", "订单编码",
    "Order ID", "Order Number", "order-id", "amazon-order-id", "orderNumber", "Order No", "Order No.", "Order #",
    "订单号 Order ID",
  ],
  lineId: ["子订单编号", "子订单号", "商品单号", "order-item-id", "orderItemId", "Transaction ID", "Order Item ID", "Line ID"],
  platform: ["平台", "销售平台", "渠道", "Platform", "Sales Channel", "sales-channel", "Channel"],
  shop: ["店铺名称", "店铺", "店铺ID", "卖家昵称", "汇总_店铺名称", "Store Name", "Store", "Shop Name", "Shop"],
  createdAt: [
    "订单创建时间", "下单时间", "订单提交时间", "买家下单时间", "拍单时间", "创建时间",
    "Created at", "purchase-date", "Order Creation Date", "Created Time", "createTime", "Sale Date", "Order Date",
  ],
  paidAt: [
    "订单付款时间", "付款时间", "支付时间", "支付完成时间", "付款确认时间", "买家付款时间", "订单成交时间",
    "Paid at", "payments-date", "Paid On Date", "Order Paid Time", "Paid Time",
  ],
  shippedAt: ["发货时间", "实际发货时间", "Shipped On Date", "Shipped Time", "Ship Time", "Fulfilled at", "Shipped Date", "ship-date"],
  buyer: [
    "买家会员名", "买家昵称", "买家名称", "买家", "下单帐号", "下单账号", "用户名", "买家会员ID",
    "Buyer Username", "Username (Buyer)", "customerName", "Customer Username", "Buyer", "buyer-name", "Buyer Name", "Customer",
  ],
  recipient: [
    "收货人姓名", "收货人", "收件人", "收件人姓名", "客户姓名", "收货人名称", "收件人名称",
    "Shipping Name", "recipient-name", "Receiver Name", "Recipient", "Recipient Name", "Ship To Name", "shippingName", "Consignee",
  ],
  phone: [
    "联系手机", "收件人手机号", "收货人手机", "收货人手机号", "收货人电话", "手机", "手机号", "联系电话", "电话", "用户购买手机号",
    "Shipping Phone", "ship-phone-number", "Ship To Phone", "shippingPhone", "Phone (Shipping)", "Phone Number", "Phone #",
    "Phone", "buyer-phone-number", "Phone (Billing)", "Telephone",
  ],
  address: [
    "收货地址", "详细地址", "客户地址", "收货人地址", "收件地址", "地址",
    "Shipping Address", "Delivery Address", "shippingAddress", "Detail Address", "Shipping Street", "Shipping Address1",
    "ship-address-1", "Ship To Address 1", "Address 1 (Shipping)", "Address",
  ],
  province: [
    "省", "省份", "州/省", "收货省份",
    "Province", "State", "ship-state", "Shipping Province", "Ship To State", "State (Shipping)", "Region",
  ],
  city: ["市", "城市", "收货城市", "City", "ship-city", "Shipping City", "Ship To City", "City (Shipping)"],
  district: ["区", "区县", "区/县", "县区", "District"],
  postalCode: [
    "邮编", "邮政编码", "Zip", "Zip Code", "Postal Code", "Postcode", "ship-postal-code", "Shipping Zip", "Ship To Zip", "Zip (Shipping)",
  ],
  country: [
    "国家", "收货国家", "国家/地区", "Country", "ship-country", "Shipping Country", "Ship To Country",
    "Country Code (Shipping)", "Country Code",
  ],
  sku: [
    "商家编码", "外部系统编号", "商家编码-规格维度", "SKU编码", "规格编码", "商品编码", "货号",
    "SKU", "Seller SKU", "sellerSku", "Lineitem sku", "Custom Label", "SKU Reference No.",
  ],
  productId: [
    "商品ID", "宝贝ID", "商品编号", "商家编码-商品维度", "样式ID",
    "asin", "Item Number", "SKU ID", "Product ID", "lazadaId", "Item ID", "Parent SKU Reference No.",
  ],
  product: [
    "宝贝标题", "商品标题", "商品名称", "标题", "商品", "选购商品", "货品标题", "产品信息", "产品名称", "宝贝名称", "品名",
    "Lineitem name", "product-name", "Product Name", "Item Title", "itemName", "Item Name", "Product", "Title",
  ],
  variant: [
    "商品属性", "宝贝规格", "商品规格", "规格", "颜色/尺码", "销售属性", "套餐信息",
    "Variation Name", "Variation", "Variation Details", "Variant",
  ],
  quantity: [
    "购买数量", "商品数量", "商品数量(件)", "订购数量", "数量", "宝贝数量", "SKU件数", "件数",
    "Lineitem quantity", "quantity-purchased", "Quantity", "Qty",
    // Order-level sum in the Taobao order report: only when no line quantity exists.
    "宝贝总数量",
  ],
  unitPrice: [
    "价格", "单价", "商品单价", "京东价", "商品金额", "商品价格(单件)", "商品价格", "销售价",
    "Lineitem price", "Deal Price", "unitPrice", "SKU Unit Original Price", "Unit Price", "Price", "Original Price",
  ],
  lineAmount: [
    "商品总价(元)", "子单实际支付金额", "商品实际价格(总共)", "小计", "商品小计",
    "item-price", "Sold For", "SKU Subtotal After Discount", "paidPrice", "Product Subtotal", "Line Total", "Line Amount",
  ],
  orderAmount: [
    "买家实际支付金额", "买家实付金额", "实付款", "实付金额", "订单金额", "应付金额", "订单应付金额", "用户实付金额(元)",
    "订单实际支付金额", "订单总额", "总金额",
    "Total", "Grand Total", "Total Price", "Order Amount", "Order Total Amount", "Order Total", "Total Amount",
  ],
  shippingFee: [
    "买家应付邮费", "邮费(元)", "邮费", "运费", "运费金额", "订单运费", "物流费用",
    "Shipping", "shipping-price", "Shipping And Handling", "Postage And Handling", "Buyer Paid Shipping Fee",
    "Order Shipping Amount", "Shipping Fee After Discount", "Shipping Fee", "Original Shipping Fee", "Estimated Shipping Fee",
  ],
  currency: ["币种", "货币", "Currency"],
  marketStatus: ["订单状态", "交易状态", "平台状态", "Order Status", "order-status", "Fulfillment Status", "Financial Status"],
  afterSales: [
    "售后状态", "退款状态", "履约/售后状态", "商品售后",
    "Return / Refund Status", "Cancelation/Return Type", "Refund Status", "After-sales Status",
  ],
  refundAmount: ["退款金额", "已退款金额", "商品已退款金额", "Refunded Amount", "Order Refund Amount", "Refund Amount"],
  carrier: ["物流公司", "快递公司", "承运商", "Shipping Provider Name", "shippingProvider", "Carrier", "Shipping Carrier"],
  tracking: [
    "物流单号", "快递单号", "运单号", "快递信息", "实际发货物流:运单号",
    "Tracking Number", "Tracking ID", "trackingCode", "Tracking No", "Tracking No.", "Tracking #",
  ],
  shippingMethod: [
    "运送方式", "买家选择物流", "配送类型", "配送方式", "物流方式",
    "Shipping Method", "ship-service-level", "Shipping Option", "Delivery Option", "Shipping Service", "Shipping Method Title",
  ],
  buyerNote: [
    "买家留言", "买家备注", "客户留言",
    "Buyer Note", "Buyer Message", "Customer Note", "Notes", "Remark from buyer", "delivery-Instructions",
  ],
  sellerMemo: ["商家备注", "卖家备注", "订单备注", "客服备注", "备注", "My Item Note", "Seller Note", "Seller Memo", "Remark", "Memo"],
  status: ["状态", "订单流状态", "处理状态", "Status", "状态 Status"],
  owner: ["负责人", "处理人", "跟进人", "Owner", "Assignee", "负责人 Owner"],
  tags: ["标签", "优先级标签", "Tags", "Tag", "标签 Tags"],
  due: ["截止", "截止时间", "Due", "Due by", "截止 Due"],
  problem: ["问题", "问题原因", "异常原因", "Problem", "Problem reason", "问题 Problem"],
  note: ["处理备注", "Note", "处理备注 Note", "备注 Note"],
  statusSince: ["状态时间", "状态更新时间", "Status since", "状态时间 Status since"],
} as const satisfies Readonly<Record<Field, readonly string[]>>;

/**
 * Headers whose meaning depends on the platform; they win over FIELD_SYNONYMS for that platform only
 * (Shopify `Name` is the order, WooCommerce `Name` the product, Lazada `status` the marketplace status).
 */
export const PLATFORM_SYNONYMS: Readonly<Partial<Record<PlatformId, Readonly<Partial<Record<Field, readonly string[]>>>>>> = {
  shopify: { orderId: ["Name"], buyerNote: ["Notes"] },
  woocommerce: { orderId: ["Order Number"], product: ["Name"], lineId: ["Item #"] },
  lazada: { marketStatus: ["status"], orderId: ["orderNumber"], lineId: ["orderItemId"] },
  ebay: { orderId: ["Order Number"], productId: ["Item Number"] },
  amazon: { lineAmount: ["item-price"] },
  douyin: { unitPrice: ["商品金额"], orderId: ["主订单编号"] },
  taobao: { orderId: ["订单编号", "主订单编号"] },
};

/**
 * Headers that look like a field but are not (reference: PDD `订单来源` is the source page, not the
 * platform; `merchant-order-id` and `支付单号` are other references; `配送员手机号` is the courier's).
 * They map to nothing, and no partial match may claim them.
 */
export const NON_FIELD_HEADERS: readonly string[] = [
  "订单来源", "订单渠道", "APP渠道", "流量渠道", "广告渠道", "流量来源", "流量类型", "流量体裁",
  "支付单号", "外部订单号", "海淘清关订单号", "特权订金订单id", "团ID", "售后单号",
  "merchant-order-id", "Sales Record Number", "Package ID", "PayPal Transaction ID", "Id", "Payment ID", "Device ID",
  "修改后的收货地址", "修改后的sku", "子订单状态", "item-status", "Lineitem fulfillment status", "Order Substatus",
  "配送员手机号", "负责人(业务员)", "商家备注等级(等级1-5为由高到低)", "旗帜颜色",
  "买家支付宝账号", "Email", "buyer-email", "Buyer Email", "Email (Billing)",
  "订单关闭原因", "取消原因", "Cancel Reason", "Cancel By",
  "确认收货时间", "订单完成时间", "承诺发货时间", "预约发货时间", "承诺送达时间", "发货期限", "体验期结束时间",
  "RTS Time", "Delivered Time", "Cancelled Time", "Cancelled at", "last-updated-date", "updateTime", "Order Complete Time",
  "商家实收金额(元)", "打款商家金额", "结算金额", "买家应付货款", "产品总金额",
  "Subtotal", "Lineitem compare at price", "Lineitem discount", "Discount Amount", "Shipping Company", "Billing Name",
  "Note Attributes", "Vendor", "Source", "Location", "Tax Status",
  "quantity-shipped", "quantity-to-ship", "Returned quantity", "Sku Quantity of return",
  "item-tax", "shipping-tax", "gift-wrap-price", "gift-wrap-tax", "ship-promotion-discount", "item-promotion-discount",
  "Item Location", "Item Zip Code", "Item Country", "Buyer Address 1", "Buyer Address 2", "Buyer City", "Buyer State",
  "Buyer Zip", "Buyer Country", "Tax City", "Tax State", "Tax Zip", "Tax Country", "Town", "Commune",
  "Shipping Province Name", "Billing Province Name", "Next Payment Due At", "Payment Method", "支付方式",
];
