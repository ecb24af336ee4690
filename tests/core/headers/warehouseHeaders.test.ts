import { mapColumns } from "../../../src/core/headers";
import type { Field } from "../../../src/core/schema";

/** The field each header of a row is read as ("-" for none). */
function readAs(headers: readonly string[], platform?: "shopify"): string[] {
  const { mapping } = mapColumns(headers, platform);
  const byColumn = new Map(Object.entries(mapping).map(([field, column]) => [column, field as Field]));
  return headers.map((_, column) => byColumn.get(column) ?? "-");
}

describe("the warehouse's headers in the one recogniser", () => {
  it("reads a team sheet's shelf and gift-card columns beside the order fields", () => {
    expect(readAs(["订单号", "商品", "数量", "库位", "买家留言", "贺卡留言", "状态"])).toEqual([
      "orderId",
      "product",
      "quantity",
      "location",
      "buyerNote",
      "giftMessage",
      "status",
    ]);
  });

  it.each([
    ["库位"],
    ["货位"],
    ["货架号"],
    ["Bin"],
    ["Bin Location"],
    ["Shelf"],
    ["库位 Location"],
    ["库位（A区）"],
    ["Pick location"],
  ])("reads %p as the location", (header) => {
    expect(readAs(["Order ID", "SKU", header])).toEqual(["orderId", "sku", "location"]);
  });

  it.each([["贺卡"], ["礼品留言"], ["Gift note"], ["Gift Message"], ["贺卡 Gift card"], ["祝福语"]])(
    "reads %p as the gift message, never the buyer's note",
    (header) => {
      expect(readAs(["订单号", "买家留言", header])).toEqual(["orderId", "buyerNote", "giftMessage"]);
    },
  );

  it("leaves a bare Location alone: in a Shopify export it is the store, not a shelf", () => {
    expect(readAs(["Name", "Lineitem sku", "Location"], "shopify")).toEqual(["orderId", "sku", "-"]);
    expect(readAs(["Order ID", "SKU", "Location"])).toEqual(["orderId", "sku", "-"]);
  });
});
