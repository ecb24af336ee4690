import type { Grid } from "../../../src/core/grid";
import { detectHeader } from "../../../src/core/headers";
import type { HeaderDetection } from "../../../src/core/headers";
import type { Field, PlatformId } from "../../../src/core/schema";
import type { RealHeaderName } from "../../fixtures/headers/realHeaders";
import { REAL_HEADERS } from "../../fixtures/headers/realHeaders";

/** The header row on top of one made-up data row, so row roles are exercised too. */
function sheetOf(headers: readonly string[]): Grid {
  return [headers, headers.map((_h, i) => (i === 0 ? "A-1" : `v${i}`))];
}

function mappedHeader(detection: HeaderDetection, field: Field): string | undefined {
  const column = detection.mapping[field];
  return column === undefined ? undefined : detection.headers[column];
}

interface Case {
  readonly name: RealHeaderName;
  readonly platform: PlatformId;
  /** Field → exact (trimmed) header text expected; null = must stay unmapped. */
  readonly expect: Readonly<Partial<Record<Field, string | null>>>;
}

const CASES: readonly Case[] = [
  {
    name: "taobaoClassic45",
    platform: "taobao",
    expect: {
      orderId: "订单编号",
      buyer: "买家会员名",
      product: "宝贝标题",
      quantity: "宝贝总数量",
      marketStatus: "订单状态",
      tracking: "物流单号",
      carrier: "物流公司",
      createdAt: "订单创建时间",
      paidAt: "订单付款时间",
      phone: "联系手机",
      address: "收货地址",
      recipient: "收货人姓名",
      orderAmount: "买家实际支付金额",
      shippingFee: "买家应付邮费",
      buyerNote: "买家留言",
      sellerMemo: "订单备注",
      refundAmount: "退款金额",
      shop: "店铺名称",
      shippingMethod: "运送方式",
      lineId: null,
      status: null,
    },
  },
  {
    name: "taobaoClassic61",
    platform: "taobao",
    expect: {
      orderId: "订单编号",
      product: "宝贝标题",
      address: "收货地址",
      phone: "联系手机",
      paidAt: "订单付款时间",
      tracking: "物流单号",
      createdAt: "订单创建时间",
      marketStatus: "订单状态",
      shippingMethod: "运送方式",
      status: null,
    },
  },
  {
    name: "taobaoItemReport",
    platform: "taobao",
    expect: {
      orderId: "订单编号",
      product: "标题",
      unitPrice: "价格",
      quantity: "购买数量",
      sku: "商家编码",
      variant: "商品属性",
      marketStatus: "订单状态",
      sellerMemo: "备注",
    },
  },
  {
    name: "qianniuSalesDetail",
    platform: "taobao",
    expect: {
      orderId: "主订单编号",
      lineId: "子订单编号",
      product: "商品标题",
      quantity: "购买数量",
      variant: "商品属性",
      marketStatus: "订单状态",
      afterSales: "退款状态",
      refundAmount: "退款金额",
      createdAt: "订单创建时间",
      sku: "商家编码",
    },
  },
  {
    name: "qianniuPandas",
    platform: "taobao",
    expect: {
      orderId: "主订单编号",
      lineId: "子订单编号",
      product: "商品标题",
      quantity: "购买数量",
      orderAmount: "买家实付金额",
      productId: "商品ID",
    },
  },
  {
    name: "tmallDistribution",
    platform: "taobao",
    expect: {
      orderId: "主订单编号",
      lineId: "子订单编号",
      buyer: "买家会员名",
      recipient: "收件人姓名",
      product: "宝贝标题",
      quantity: "宝贝数量",
      lineAmount: "子单实际支付金额",
      tracking: "物流单号",
      variant: "颜色/尺码",
      sku: "商家编码",
      paidAt: "订单付款时间",
    },
  },
  {
    name: "jd",
    platform: "jd",
    expect: {
      orderId: "订单号",
      productId: "商品ID",
      product: "商品名称",
      quantity: "订购数量",
      createdAt: "下单时间",
      unitPrice: "京东价",
      orderAmount: "订单金额",
      marketStatus: "订单状态",
      buyer: "下单帐号",
      recipient: "客户姓名",
      address: "客户地址",
      phone: "联系电话",
      sellerMemo: "商家备注",
      shippingFee: "运费金额",
      paidAt: "付款确认时间",
      sku: "货号",
      platform: null,
    },
  },
  {
    name: "pdd2023",
    platform: "pinduoduo",
    expect: {
      orderId: "订单号",
      product: "商品",
      quantity: "商品数量(件)",
      marketStatus: "订单状态",
      afterSales: "售后状态",
      paidAt: "支付时间",
      shippedAt: "发货时间",
      productId: "商品id",
      variant: "商品规格",
      sku: "商家编码-规格维度",
      lineAmount: "商品总价(元)",
      shippingFee: "邮费(元)",
      orderAmount: "用户实付金额(元)",
      tracking: "快递单号",
      carrier: "快递公司",
      province: "省",
      city: "市",
      district: "区",
      phone: "用户购买手机号",
      sellerMemo: "商家备注",
      buyerNote: "买家留言",
      platform: null,
    },
  },
  {
    name: "pdd23",
    platform: "pinduoduo",
    expect: {
      orderId: "订单号",
      paidAt: "订单成交时间",
      product: "商品",
      quantity: "商品数量(件)",
      afterSales: "售后状态",
      sku: "商家编码-规格维度",
      productId: "商品id",
      tracking: "快递单号",
      createdAt: null,
    },
  },
  {
    name: "douyin75",
    platform: "douyin",
    expect: {
      orderId: "主订单编号",
      lineId: "子订单编号",
      product: "选购商品",
      quantity: "商品数量",
      unitPrice: "商品金额",
      createdAt: "订单提交时间",
      paidAt: "支付完成时间",
      marketStatus: "订单状态",
      afterSales: "售后状态",
      tracking: "快递信息",
      orderAmount: "订单应付金额",
      shippingFee: "运费",
      recipient: "收件人",
      phone: "收件人手机号",
      address: "详细地址",
      sku: "商家编码",
      productId: "商品ID",
      shippedAt: "发货时间",
      platform: null,
    },
  },
  {
    name: "kuaishouGeneric",
    platform: "kuaishou",
    expect: {
      orderId: "快手订单编号",
      product: "商品名称",
      quantity: "商品数量",
      marketStatus: "订单状态",
      createdAt: "下单时间",
      tracking: "快递单号",
    },
  },
  {
    name: "amazonFbm",
    platform: "amazon",
    expect: {
      orderId: "order-id",
      lineId: "order-item-id",
      createdAt: "purchase-date",
      paidAt: "payments-date",
      product: "product-name",
      quantity: "quantity-purchased",
      lineAmount: "item-price",
      sku: "sku",
      recipient: "recipient-name",
      phone: "ship-phone-number",
      postalCode: "ship-postal-code",
      shippingMethod: "ship-service-level",
      buyerNote: "delivery-Instructions",
      shippingFee: "shipping-price",
    },
  },
  {
    name: "amazonActionable",
    platform: "amazon",
    expect: {
      orderId: "order-id",
      lineId: "order-item-id",
      quantity: "quantity-purchased",
      createdAt: "purchase-date",
      phone: "buyer-phone-number",
    },
  },
  {
    name: "amazonAllOrders",
    platform: "amazon",
    expect: {
      orderId: "amazon-order-id",
      marketStatus: "order-status",
      quantity: "quantity",
      productId: "asin",
      lineAmount: "item-price",
      createdAt: "purchase-date",
      lineId: null,
    },
  },
  {
    name: "ebay",
    platform: "ebay",
    expect: {
      orderId: "Order Number",
      lineId: "Transaction ID",
      buyer: "Buyer Username",
      product: "Item Title",
      productId: "Item Number",
      quantity: "Quantity",
      lineAmount: "Sold For",
      orderAmount: "Total Price",
      createdAt: "Sale Date",
      paidAt: "Paid On Date",
      shippedAt: "Shipped On Date",
      tracking: "Tracking Number",
      sku: "Custom Label",
      recipient: "Ship To Name",
      buyerNote: "Buyer Note",
      sellerMemo: "My Item Note",
      variant: "Variation Details",
      shippingFee: "Shipping And Handling",
      postalCode: "Ship To Zip",
      marketStatus: null,
      status: null,
    },
  },
  {
    name: "shopify79",
    platform: "shopify",
    expect: {
      orderId: "Name",
      createdAt: "Created at",
      paidAt: "Paid at",
      shippedAt: "Fulfilled at",
      quantity: "Lineitem quantity",
      product: "Lineitem name",
      unitPrice: "Lineitem price",
      sku: "Lineitem sku",
      marketStatus: "Fulfillment Status",
      orderAmount: "Total",
      shippingFee: "Shipping",
      buyerNote: "Notes",
      tags: "Tags",
      refundAmount: "Refunded Amount",
      recipient: "Shipping Name",
      phone: "Shipping Phone",
      currency: "Currency",
      province: "Shipping Province",
    },
  },
  {
    name: "woocommerce",
    platform: "woocommerce",
    expect: {
      orderId: "Order Number",
      marketStatus: "Order Status",
      createdAt: "Order Date",
      buyerNote: "Customer Note",
      product: "Name",
      quantity: "Quantity",
      sku: "SKU",
      lineId: "Item #",
      orderAmount: "Order Total Amount",
      shippingFee: "Order Shipping Amount",
      shippingMethod: "Shipping Method Title",
      city: "City (Shipping)",
      postalCode: "Zip (Shipping)",
      phone: "Phone (Billing)",
    },
  },
  {
    name: "shopee",
    platform: "shopee",
    expect: {
      orderId: "Order ID",
      marketStatus: "Order Status",
      afterSales: "Return / Refund Status",
      tracking: "Tracking Number*",
      shippedAt: "Ship Time",
      createdAt: "Order Creation Date",
      sku: "SKU Reference No.",
      product: "Product Name",
      variant: "Variation Name",
      unitPrice: "Deal Price",
      quantity: "Quantity",
      buyer: "Username (Buyer)",
      recipient: "Receiver Name",
    },
  },
  {
    name: "lazada",
    platform: "lazada",
    expect: {
      orderId: "orderNumber",
      lineId: "orderItemId",
      sku: "sellerSku",
      createdAt: "createTime",
      product: "itemName",
      tracking: "trackingCode",
      carrier: "shippingProvider",
      marketStatus: "status",
      status: null,
      unitPrice: "unitPrice",
      lineAmount: "paidPrice",
      recipient: "shippingName",
      buyer: "customerName",
    },
  },
  {
    name: "aliexpress",
    platform: "aliexpress",
    expect: {
      orderId: "订单号",
      marketStatus: "订单状态",
      buyer: "买家名称",
      createdAt: "下单时间",
      paidAt: "付款时间",
      product: "产品信息（双击单元格展开所有产品信息！）",
      tracking: "实际发货物流:运单号",
      shippingMethod: "买家选择物流",
      recipient: "收货人名称",
      country: "收货国家",
      orderAmount: "订单金额",
      owner: null,
    },
  },
  {
    name: "tiktok",
    platform: "tiktok",
    expect: {
      orderId: "Order ID",
      marketStatus: "Order Status",
      afterSales: "Cancelation/Return Type",
      productId: "SKU ID",
      sku: "Seller SKU",
      product: "Product Name",
      quantity: "Quantity",
      unitPrice: "SKU Unit Original Price",
      lineAmount: "SKU Subtotal After Discount",
      createdAt: "Created Time",
      paidAt: "Paid Time",
      shippedAt: "Shipped Time",
      tracking: "Tracking ID",
      carrier: "Shipping Provider Name",
      buyerNote: "Buyer Message",
      sellerMemo: "Seller Note",
      phone: "Phone #",
      address: "Detail Address",
      refundAmount: "Order Refund Amount",
    },
  },
];

describe("detectHeader on real export headers", () => {
  describe.each(CASES)("$name", ({ name, platform, expect: expected }) => {
    const headers = REAL_HEADERS[name];
    const result = detectHeader(sheetOf(headers));
    const detection = result.ok ? result.value : undefined;

    it(`finds the header on row 0 and fingerprints ${platform}`, () => {
      expect(result.ok && { headerRow: result.value.headerRow, platform: result.value.platform }).toEqual({
        headerRow: 0,
        platform,
      });
      expect(detection?.platformConfidence).toBeGreaterThanOrEqual(0.5);
    });

    it.each(Object.entries(expected) as [Field, string | null][])("maps %s to %p", (field, header) => {
      expect(detection && (mappedHeader(detection, field) ?? null)).toBe(header);
    });

    it("reports no ambiguity and maps each column at most once", () => {
      expect(detection?.ambiguities).toEqual([]);
      const used = detection?.columns.map((c) => c.column) ?? [];
      expect(new Set(used).size).toBe(used.length);
    });
  });
});
