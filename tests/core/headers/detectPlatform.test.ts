import fc from "fast-check";
import { detectHeader, detectPlatform, normalizeHeader } from "../../../src/core/headers";
import { REAL_HEADERS } from "../../fixtures/headers/realHeaders";

const norm = (headers: readonly string[]) => headers.map(normalizeHeader);

describe("detectPlatform", () => {
  it("needs two marker headers, not one", () => {
    expect(detectPlatform(norm(["订单号", "京东价", "商品名称"]))).toEqual({
      platform: "generic",
      confidence: 0,
    });
    expect(detectPlatform(norm(["订单号", "京东价", "订购数量"]))).toEqual({
      platform: "jd",
      confidence: 0.75,
    });
  });

  it("grows more confident with more markers", () => {
    expect(detectPlatform(norm(REAL_HEADERS.douyin75)).confidence).toBe(1);
  });

  it("breaks a tie between fingerprints with the file name only", () => {
    const tie = norm(["Order ID", "deal price", "variation name", "seller sku", "sku id"]);
    expect(detectPlatform(tie, "Order.all.20260521.xlsx").platform).toBe("shopee");
    expect(detectPlatform(tie, "tiktok-orders.csv").platform).toBe("tiktok");
  });

  it("does not let a file name override the headers", () => {
    expect(detectPlatform(norm(REAL_HEADERS.jd), "ExportOrderList2026.csv").platform).toBe("jd");
    expect(detectPlatform(norm(["订单号", "商品"]), "amazon.txt").platform).toBe("generic");
  });

  it("calls a Chinese sheet Kuaishou on a 快手 hint", () => {
    expect(detectPlatform(norm(["订单号", "商品名称", "数量"]), "快手小店订单0521.xlsx")).toEqual({
      platform: "kuaishou",
      confidence: 0.5,
    });
    expect(detectPlatform(norm(["订单号", "快手昵称", "数量"])).platform).toBe("kuaishou");
    expect(detectPlatform(norm(["Order ID", "Product", "Qty"]), "kuaishou.csv").platform).toBe("generic");
  });

  it("tells 千牛 line exports from Douyin although both use 主订单编号/子订单编号", () => {
    expect(detectPlatform(norm(REAL_HEADERS.qianniuPandas)).platform).toBe("taobao");
    expect(detectPlatform(norm(REAL_HEADERS.douyin75)).platform).toBe("douyin");
  });
});

describe("detectHeader mapping by header text", () => {
  it.each(["taobaoClassic61", "douyin75", "shopify79", "ebay", "tiktok"] as const)(
    "maps the same headers to the same fields in any column order (%s)",
    (name) => {
      const headers = REAL_HEADERS[name];
      const byHeader = (order: readonly string[]) => {
        const result = detectHeader([order, order.map(() => "x")]);
        return result.ok ? Object.fromEntries(result.value.columns.map((c) => [c.field, c.header])) : null;
      };
      const expected = byHeader(headers);
      fc.assert(
        fc.property(
          fc.shuffledSubarray([...headers], { minLength: headers.length, maxLength: headers.length }),
          (shuffled) => {
            expect(byHeader(shuffled)).toEqual(expected);
          },
        ),
        { numRuns: 25 },
      );
    },
  );
});
