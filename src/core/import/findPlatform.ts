import { normalizeLookup } from "../lifecycle";
import type { PlatformId } from "../schema";
import { isPlatformId } from "../schema";

/** How teams write each marketplace in a platform column (Chinese and English names, lower-cased, NFKC). */
const PLATFORM_NAMES: Readonly<Record<Exclude<PlatformId, "generic">, readonly string[]>> = {
  taobao: ["淘宝", "天猫", "淘宝网", "天猫商城", "千牛", "taobao", "tmall", "淘宝/天猫", "淘宝天猫"],
  jd: ["京东", "京东商城", "jd", "jd.com", "jingdong"],
  pinduoduo: ["拼多多", "pdd", "pinduoduo"],
  douyin: ["抖音", "抖店", "抖音小店", "抖音电商", "douyin"],
  kuaishou: ["快手", "快手小店", "kuaishou", "kwai"],
  amazon: ["amazon", "亚马逊", "amazon.com", "amazon us", "amazon uk", "amazon de", "amazon jp"],
  ebay: ["ebay", "易贝"],
  shopee: ["shopee", "虾皮"],
  lazada: ["lazada", "来赞达"],
  aliexpress: ["aliexpress", "速卖通", "全球速卖通"],
  tiktok: ["tiktok", "tiktok shop", "tiktokshop", "tik tok"],
  shopify: ["shopify"],
  woocommerce: ["woocommerce", "woo", "wordpress"],
};

/** The name OrderFlow writes into a platform column when the team has not written that platform yet. */
export const PLATFORM_DISPLAY: Readonly<Record<PlatformId, string>> = {
  taobao: "淘宝",
  jd: "京东",
  pinduoduo: "拼多多",
  douyin: "抖音",
  kuaishou: "快手",
  amazon: "Amazon",
  ebay: "eBay",
  shopee: "Shopee",
  lazada: "Lazada",
  aliexpress: "AliExpress",
  tiktok: "TikTok Shop",
  shopify: "Shopify",
  woocommerce: "WooCommerce",
  generic: "",
};

const BY_NAME = new Map<string, PlatformId>(
  (Object.entries(PLATFORM_NAMES) as [PlatformId, readonly string[]][]).flatMap(([platform, names]) =>
    names.map((name): [string, PlatformId] => [name, platform]),
  ),
);

/**
 * The marketplace a platform cell names (`淘宝`, `Tmall`, `Amazon UK`, `amazon`), or undefined for a
 * text no table knows (the caller keeps such a text as the team's own platform name).
 */
function findPlatform(text: string): PlatformId | undefined {
  const normal = normalizeLookup(text);
  if (normal === "") return undefined;
  if (isPlatformId(normal) && normal !== "generic") return normal;
  const named = BY_NAME.get(normal);
  if (named) return named;
  // `Amazon.co.jp`, `淘宝-好物小店`: a known name followed by a marketplace or shop suffix.
  for (const [name, platform] of BY_NAME) {
    if (name.length >= 2 && normal.startsWith(name) && /^[\s.\-_/·:：(（]/u.test(normal.slice(name.length)))
      return platform;
  }
  return undefined;
}

/** A platform cell as a key: the marketplace it names, else the team's own text (normalised). */
export function platformKeyOf(text: string): string {
  return findPlatform(text) ?? normalizeLookup(text);
}
