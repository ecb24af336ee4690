import { mapMarketStatus, type MarketStatusInput } from "../../../src/core/lifecycle";
import { PLATFORMS, type PlatformId } from "../../../src/core/schema";

type Case = readonly [PlatformId, MarketStatusInput, string];

// Values from docs/ORDER-EXPORTS.md §1–§12 and the §15 mapping table.
const CASES: readonly Case[] = [
  ["taobao", { status: "等待买家付款" }, "awaitingPayment"],
  ["taobao", { status: "买家已付款，等待卖家发货" }, "toProcess"],
  ["taobao", { status: "买家已付款,等待卖家发货" }, "toProcess"],
  ["taobao", { status: "卖家已发货，等待买家确认" }, "shipped"],
  ["taobao", { status: "卖家已发货,等待买家确认" }, "shipped"],
  ["taobao", { status: "卖家部分发货" }, "processing"],
  ["taobao", { status: "买家已签收" }, "delivered"],
  ["taobao", { status: "交易成功" }, "completed"],
  ["taobao", { status: "WAIT_BUYER_CONFIRM_GOODS" }, "shipped"],
  ["taobao", { status: "交易关闭" }, "cancelled"],
  ["taobao", { status: "交易关闭", paidAt: true }, "refunded"],
  ["taobao", { status: "交易关闭", refundAmount: 59 }, "refunded"],
  ["taobao", { status: "交易成功", afterSales: "买家已经申请退款，等待卖家同意" }, "afterSales"],
  ["taobao", { status: "交易成功", afterSales: "卖家已经同意退款，等待买家退货" }, "afterSales"],
  ["taobao", { status: "交易关闭", afterSales: "退款成功" }, "refunded"],
  ["taobao", { status: "交易成功", afterSales: "卖家拒绝退款" }, "completed"],
  ["taobao", { status: "买家已付款，等待卖家发货", afterSales: "没有申请退款" }, "toProcess"],
  ["jd", { status: "等待出库" }, "toProcess"],
  ["jd", { status: "等待发货" }, "toProcess"],
  ["jd", { status: "配送中心已收货" }, "processing"],
  ["jd", { status: "等待确认收货" }, "shipped"],
  ["jd", { status: "完成" }, "completed"],
  ["jd", { status: "取消" }, "cancelled"],
  ["jd", { status: "暂停" }, "onHold"],
  ["jd", { status: "LOCKED" }, "onHold"],
  ["pinduoduo", { status: "待支付" }, "awaitingPayment"],
  ["pinduoduo", { status: "待发货" }, "toProcess"],
  ["pinduoduo", { status: "已发货，待签收" }, "shipped"],
  ["pinduoduo", { status: "已收货", afterSales: "无售后或售后取消" }, "delivered"],
  ["pinduoduo", { status: "已签收" }, "delivered"],
  ["pinduoduo", { status: "未发货，退款成功" }, "refunded"],
  ["pinduoduo", { status: "已发货，退款成功" }, "refunded"],
  ["pinduoduo", { status: "已取消" }, "cancelled"],
  ["pinduoduo", { status: "已签收", afterSales: "商家同意退货退款，待买家发货" }, "afterSales"],
  ["pinduoduo", { status: "已发货，待签收", afterSales: "退款中" }, "afterSales"],
  ["pinduoduo", { status: "已签收", afterSales: "售后取消，退款失败" }, "delivered"],
  ["douyin", { status: "已发货", afterSales: "-" }, "shipped"],
  ["douyin", { status: "已完成" }, "completed"],
  ["douyin", { status: "已关闭" }, "cancelled"],
  ["douyin", { status: "待发货" }, "toProcess"],
  ["douyin", { status: "已完成", afterSales: "售后处理中" }, "afterSales"],
  ["douyin", { status: "已完成", afterSales: "同意退款，退款成功" }, "refunded"],
  ["douyin", { status: "已完成", afterSales: "换货成功" }, "completed"],
  ["douyin", { status: "已完成", afterSales: "售后关闭" }, "completed"],
  ["kuaishou", { status: "待付款" }, "awaitingPayment"],
  ["kuaishou", { status: "已发货" }, "shipped"],
  ["kuaishou", { status: "交易成功" }, "completed"],
  ["kuaishou", { status: "已收货" }, "delivered"],
  ["kuaishou", { status: "退款中" }, "afterSales"],
  ["amazon", { status: "Pending" }, "awaitingPayment"],
  ["amazon", { status: "Unshipped" }, "toProcess"],
  ["amazon", { status: "Shipped" }, "shipped"],
  ["amazon", { status: "Shipped - Delivered to Buyer" }, "delivered"],
  ["amazon", { status: "Shipped - Returning to Seller" }, "afterSales"],
  ["amazon", { status: "Shipped - Lost in Transit" }, "onHold"],
  ["amazon", { status: "Shipped - Undeliverable" }, "onHold"],
  ["amazon", { status: "Unfulfillable" }, "onHold"],
  ["amazon", { status: "PartiallyShipped" }, "processing"],
  ["amazon", { status: "Cancelled" }, "cancelled"],
  ["amazon", { status: "Canceled" }, "cancelled"],
  ["ebay", { paidAt: false }, "awaitingPayment"],
  ["ebay", { paidAt: true }, "toProcess"],
  ["ebay", { paidAt: true, shippedAt: true }, "shipped"],
  ["ebay", { paidAt: true, tracking: true }, "shipped"],
  ["shopify", { status: "pending" }, "awaitingPayment"],
  ["shopify", { status: "authorized" }, "awaitingPayment"],
  ["shopify", { status: "paid", shippedAt: false }, "toProcess"],
  ["shopify", { status: "paid", shippedAt: true }, "shipped"],
  ["shopify", { status: "refunded" }, "refunded"],
  ["shopify", { status: "partially_refunded" }, "afterSales"],
  ["shopify", { status: "Partially refunded" }, "afterSales"],
  ["shopify", { status: "voided" }, "cancelled"],
  ["woocommerce", { status: "pending" }, "awaitingPayment"],
  ["woocommerce", { status: "on-hold" }, "awaitingPayment"],
  ["woocommerce", { status: "wc-processing" }, "toProcess"],
  ["woocommerce", { status: "completed" }, "completed"],
  ["woocommerce", { status: "refunded" }, "refunded"],
  ["woocommerce", { status: "failed" }, "cancelled"],
  ["shopee", { status: "Unpaid" }, "awaitingPayment"],
  ["shopee", { status: "To ship" }, "toProcess"],
  ["shopee", { status: "Shipping" }, "shipped"],
  ["shopee", { status: "Order Received" }, "delivered"],
  ["shopee", { status: "Completed" }, "completed"],
  ["shopee", { status: "Belum bayar" }, "awaitingPayment"],
  ["shopee", { status: "Perlu dikirim" }, "toProcess"],
  ["shopee", { status: "Telah diproses" }, "processing"],
  ["shopee", { status: "Dikirim" }, "shipped"],
  ["shopee", { status: "Selesai" }, "completed"],
  ["shopee", { status: "Pembatalan" }, "cancelled"],
  ["shopee", { status: "Pengembalian" }, "afterSales"],
  ["shopee", { status: "Hoàn thành" }, "completed"],
  ["shopee", { status: "Completed", afterSales: "Return/Refund Requested" }, "afterSales"],
  ["lazada", { status: "unpaid" }, "awaitingPayment"],
  ["lazada", { status: "pending" }, "toProcess"],
  ["lazada", { status: "ready_to_ship" }, "processing"],
  ["lazada", { status: "delivered" }, "delivered"],
  ["lazada", { status: "failed_delivery" }, "onHold"],
  ["lazada", { status: "lost_by_3pl" }, "onHold"],
  ["lazada", { status: "canceled" }, "cancelled"],
  ["lazada", { status: "returned" }, "afterSales"],
  ["aliexpress", { status: "等待买家付款" }, "awaitingPayment"],
  ["aliexpress", { status: "WAIT_SELLER_SEND_GOODS" }, "toProcess"],
  ["aliexpress", { status: "WAIT_BUYER_ACCEPT_GOODS" }, "shipped"],
  ["aliexpress", { status: "FINISH" }, "completed"],
  ["aliexpress", { status: "FINISH", paidAt: false }, "cancelled"],
  ["aliexpress", { status: "IN_ISSUE" }, "afterSales"],
  ["aliexpress", { status: "IN_FROZEN" }, "onHold"],
  ["tiktok", { status: "To Ship" }, "toProcess"],
  ["tiktok", { status: "Shipped" }, "shipped"],
  ["tiktok", { status: "Completed" }, "completed"],
  ["tiktok", { status: "Canceled" }, "cancelled"],
  ["tiktok", { status: "Dikirim" }, "shipped"],
  ["tiktok", { status: "Completed", afterSales: "Return/Refund", refundAmount: 12.5 }, "refunded"],
  ["tiktok", { status: "Completed", afterSales: "Return/Refund" }, "afterSales"],
  ["generic", { status: "待处理 To process" }, "toProcess"],
  ["generic", { status: "已发货" }, "shipped"],
  ["generic", { status: "Picking & packing" }, "processing"],
  ["generic", { status: "待发货" }, "toProcess"],
  ["generic", { status: "已完成" }, "completed"],
  ["generic", { status: "已取消" }, "cancelled"],
  ["generic", { status: "shipped" }, "shipped"],
  ["generic", { status: "cancelled" }, "cancelled"],
  ["generic", { status: "Canceled" }, "cancelled"],
  ["generic", { status: "售后处理中" }, "afterSales"],
  ["generic", { status: "REFUND_REQUESTED" }, "afterSales"],
  ["generic", { status: "买家已付款，等待卖家发货" }, "toProcess"],
  ["generic", { status: "Shipped - Delivered to Buyer" }, "delivered"],
  ["generic", { status: "已发货", afterSales: "退款中" }, "afterSales"],
];

describe("mapMarketStatus", () => {
  it.each(CASES)("on %s maps %j to %s", (platform, input, status) => {
    expect(mapMarketStatus(platform, input)?.status).toBe(status);
  });

  it.each(PLATFORMS)("understands OrderFlow's own labels on %s", (platform) => {
    expect(mapMarketStatus(platform, { status: "已发货 Shipped" })?.status).toBe("shipped");
  });

  it.each(PLATFORMS)("returns nothing for unknown text on %s, whatever else it knows", (platform) => {
    expect(mapMarketStatus(platform, { status: "等待外星人", paidAt: true, tracking: true })).toBeUndefined();
  });

  it("returns nothing when there is neither status text nor pay or ship facts", () => {
    expect(mapMarketStatus("ebay", {})).toBeUndefined();
    expect(mapMarketStatus("taobao", { status: "  ", afterSales: "无" })).toBeUndefined();
  });

  it("refuses to guess a text platforms disagree on when the sheet's platform is unknown", () => {
    // Lazada `pending` is paid, WooCommerce and Shopify `pending` are unpaid.
    expect(mapMarketStatus("generic", { status: "pending" })).toBeUndefined();
    expect(mapMarketStatus("lazada", { status: "pending" })?.status).toBe("toProcess");
  });

  it("says what decided", () => {
    expect(mapMarketStatus("taobao", { status: " 交易成功 " })).toEqual({
      status: "completed",
      source: "status:交易成功",
    });
    expect(mapMarketStatus("pinduoduo", { status: "已签收", afterSales: "退款中" })).toEqual({
      status: "afterSales",
      source: "afterSales:退款中",
    });
    expect(mapMarketStatus("ebay", { paidAt: true, tracking: true })).toEqual({
      status: "shipped",
      source: "tracking",
    });
  });
});
