import fc from "fast-check";
import { FIELD_SYNONYMS, matchHeader, normalizeHeader } from "../../../src/core/headers";
import { ALL_FIELDS } from "../../../src/core/schema";
import type { Field } from "../../../src/core/schema";

describe("normalizeHeader", () => {
  it.each([
    ["收货地址 ", "收货地址"],
    ["  Order   ID ", "order id"],
    ["*订单号", "订单号"],
    ["Tracking Number*", "tracking number"],
    ["备注（买家）", "备注(买家)"],
    ["Phone (Billing)", "phone(billing)"],
    ["下单时间：", "下单时间"],
    ["实际发货物流:运单号", "实际发货物流:运单号"],
    ["ＳＫＵ编码", "sku编码"],
    ["\uFEFF订单编号", "订单编号"],
    ["商品数量（件）", "商品数量(件)"],
  ])("normalises %p to %p", (raw, expected) => {
    expect(normalizeHeader(raw)).toBe(expected);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), (s) => expect(normalizeHeader(normalizeHeader(s))).toBe(normalizeHeader(s))),
    );
  });
});

describe("FIELD_SYNONYMS", () => {
  it("covers every canonical field", () => {
    const lists: Readonly<Record<Field, readonly string[]>> = FIELD_SYNONYMS;
    expect(ALL_FIELDS.filter((f) => lists[f].length === 0)).toEqual([]);
  });

  it("gives no two fields the same synonym", () => {
    const owners = new Map<string, Field[]>();
    for (const field of ALL_FIELDS)
      for (const s of FIELD_SYNONYMS[field])
        owners.set(normalizeHeader(s), [...(owners.get(normalizeHeader(s)) ?? []), field]);
    expect([...owners].filter(([, fields]) => new Set(fields).size > 1)).toEqual([]);
  });

  it("maps every synonym back to its own field at full confidence", () => {
    const misses = ALL_FIELDS.flatMap((field) =>
      FIELD_SYNONYMS[field]
        .filter((s) => matchHeader(s)[0]?.field !== field || matchHeader(s)[0]?.confidence !== 1)
        .map((s) => `${field}:${s}`),
    );
    expect(misses).toEqual([]);
  });
});

describe("matchHeader", () => {
  it.each<[string, Field | undefined, number | undefined]>([
    ["订单状态", "marketStatus", 1],
    ["状态", "status", 1],
    ["订单流状态", "status", 1],
    ["Status", "status", 1],
    ["处理备注 Note", "note", 1],
    ["状态 Status", "status", 1],
    ["订单号 Order ID", "orderId", 1],
    ["备注（买家）", "buyerNote", 0.9],
    ["Phone (Shipping)", "phone", 1],
    ["订单来源", undefined, undefined],
    ["Lineitem fulfillment status", undefined, undefined],
    ["Authenticity Verification Status", undefined, undefined],
    ["Name", undefined, undefined],
    ["快递信息", "tracking", 1],
    ["商家编码-商品维度", "productId", 1],
    ["商家编码-规格维度", "sku", 1],
    ["商家编码-颜色", "sku", 0.5 + 0.3 * (4 / 7)],
  ])("reads %p as %p", (header, field, confidence) => {
    const best = matchHeader(header)[0];
    expect(best?.field).toBe(field);
    if (confidence !== undefined) expect(best?.confidence).toBeCloseTo(confidence, 10);
  });

  it.each<[string, "shopify" | "woocommerce" | "lazada", Field]>([
    ["Name", "shopify", "orderId"],
    ["Name", "woocommerce", "product"],
    ["status", "lazada", "marketStatus"],
  ])("reads %p on %s as %s", (header, platform, field) => {
    expect(matchHeader(header, platform)[0]?.field).toBe(field);
  });
});
