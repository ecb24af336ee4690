/**
 * Canonical fields: the camelCase keys used everywhere (mapping, CLI JSON, plans).
 * Order fields come from marketplace exports; workflow fields are the team's own columns.
 */
export const ORDER_FIELDS = [
  "orderId",
  "lineId",
  "platform",
  "shop",
  "createdAt",
  "paidAt",
  "shippedAt",
  "shipBy",
  "buyer",
  "recipient",
  "phone",
  "address",
  "province",
  "city",
  "district",
  "postalCode",
  "country",
  "sku",
  "productId",
  "product",
  "variant",
  "quantity",
  "unitPrice",
  "lineAmount",
  "orderAmount",
  "shippingFee",
  "currency",
  "marketStatus",
  "afterSales",
  "refundAmount",
  "carrier",
  "tracking",
  "shippingMethod",
  "buyerNote",
  "sellerMemo",
  // The warehouse's: the shelf a line is picked from (the team's own column, rarely in an export) and
  // the text for the gift card (a packing slip prints it).
  "location",
  "giftMessage",
] as const;

export const WORKFLOW_FIELDS = ["status", "owner", "tags", "due", "problem", "note", "statusSince"] as const;

export type OrderField = (typeof ORDER_FIELDS)[number];
export type WorkflowField = (typeof WORKFLOW_FIELDS)[number];
export type Field = OrderField | WorkflowField;

export const ALL_FIELDS: readonly Field[] = [...ORDER_FIELDS, ...WORKFLOW_FIELDS];

/** How a field's cells are read and checked. */
export type FieldKind = "id" | "text" | "date" | "integer" | "money" | "status" | "tags";

export interface FieldInfo {
  readonly level: "order" | "line";
  readonly kind: FieldKind;
}

export const FIELD_INFO = {
  orderId: { level: "order", kind: "id" },
  lineId: { level: "line", kind: "id" },
  platform: { level: "order", kind: "text" },
  shop: { level: "order", kind: "text" },
  createdAt: { level: "order", kind: "date" },
  paidAt: { level: "order", kind: "date" },
  shippedAt: { level: "order", kind: "date" },
  shipBy: { level: "order", kind: "date" },
  buyer: { level: "order", kind: "text" },
  recipient: { level: "order", kind: "text" },
  phone: { level: "order", kind: "text" },
  address: { level: "order", kind: "text" },
  province: { level: "order", kind: "text" },
  city: { level: "order", kind: "text" },
  district: { level: "order", kind: "text" },
  postalCode: { level: "order", kind: "text" },
  country: { level: "order", kind: "text" },
  sku: { level: "line", kind: "text" },
  productId: { level: "line", kind: "id" },
  product: { level: "line", kind: "text" },
  variant: { level: "line", kind: "text" },
  quantity: { level: "line", kind: "integer" },
  unitPrice: { level: "line", kind: "money" },
  lineAmount: { level: "line", kind: "money" },
  orderAmount: { level: "order", kind: "money" },
  shippingFee: { level: "order", kind: "money" },
  currency: { level: "order", kind: "text" },
  marketStatus: { level: "order", kind: "text" },
  afterSales: { level: "line", kind: "text" },
  refundAmount: { level: "line", kind: "money" },
  carrier: { level: "order", kind: "text" },
  tracking: { level: "order", kind: "id" },
  shippingMethod: { level: "order", kind: "text" },
  buyerNote: { level: "order", kind: "text" },
  sellerMemo: { level: "order", kind: "text" },
  location: { level: "line", kind: "text" },
  giftMessage: { level: "order", kind: "text" },
  status: { level: "line", kind: "status" },
  owner: { level: "line", kind: "text" },
  tags: { level: "line", kind: "tags" },
  due: { level: "line", kind: "date" },
  problem: { level: "line", kind: "text" },
  note: { level: "line", kind: "text" },
  statusSince: { level: "line", kind: "date" },
} as const satisfies Record<Field, FieldInfo>;

export function isField(value: string): value is Field {
  return (ALL_FIELDS as readonly string[]).includes(value);
}

/** Marketplaces the header detector can fingerprint; `generic` when none fits. */
export const PLATFORMS = [
  "taobao",
  "jd",
  "pinduoduo",
  "douyin",
  "kuaishou",
  "amazon",
  "ebay",
  "shopee",
  "lazada",
  "aliexpress",
  "tiktok",
  "shopify",
  "woocommerce",
  "generic",
] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export function isPlatformId(value: string): value is PlatformId {
  return (PLATFORMS as readonly string[]).includes(value);
}

export type Locale = "zh-CN" | "en-US";
