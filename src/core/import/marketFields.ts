import type { OrderField } from "../schema";

/**
 * Fields the marketplace owns: an import may update them on rows the team already has. Everything
 * else (identity, buyer and address, which the team corrects, and every workflow column) stays as the
 * team left it.
 */
export const MARKET_FIELDS = [
  "marketStatus",
  "afterSales",
  "refundAmount",
  "paidAt",
  "shippedAt",
  "carrier",
  "tracking",
  "shippingMethod",
  "orderAmount",
  "lineAmount",
  "unitPrice",
  "shippingFee",
  "currency",
] as const satisfies readonly OrderField[];

export type MarketField = (typeof MARKET_FIELDS)[number];

/** Fields that decide what the marketplace says about the order's lifecycle. */
export const LIFECYCLE_SIGNALS = [
  "marketStatus",
  "afterSales",
  "paidAt",
  "shippedAt",
  "tracking",
  "refundAmount",
] as const satisfies readonly MarketField[];
