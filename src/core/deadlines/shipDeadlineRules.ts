import type { Message } from "../i18n/translate";
import { DEADLINE_MESSAGES } from "./messages";

/**
 * Where an order's shipping deadline comes from: a number of hours after payment (the Chinese
 * marketplaces' 48-hour rule), the export's own promise column (Amazon `latest-ship-date`, eBay and
 * Shopee/TikTok "ship by"), or the lifecycle's per-stage SLA.
 */
export type DeadlineBasis = "payment" | "promise" | "sla";

/** One platform's shipping-deadline preset, a row of the settings sheet's deadlines table. */
export interface ShipDeadlineRule {
  /** A stable key (`pinduoduo`); also matched as a platform name. */
  readonly key: string;
  readonly label: Message;
  /** How a platform column may spell it (`拼多多`, `PDD`); matched whole or as one word of the cell. */
  readonly names: readonly string[];
  readonly basis: DeadlineBasis;
  /** Hours after payment (basis `payment`); null otherwise. */
  readonly hours: number | null;
}

export interface DeadlineSettings {
  readonly rules: readonly ShipDeadlineRule[];
  /** Hours before its deadline an order counts as due soon. */
  readonly dueSoonHours: number;
}

const DEFAULT_DUE_SOON_HOURS = 4;

/** The common 48-hour rule of the Chinese marketplaces (docs/DEADLINES.md cites each source). */
const WITHIN_48_HOURS = 48;

const rule = (
  key: string,
  names: readonly string[],
  basis: DeadlineBasis,
  hours: number | null = null,
): ShipDeadlineRule => ({
  key,
  label: DEADLINE_MESSAGES[`platform.${key}` as keyof typeof DEADLINE_MESSAGES],
  names,
  basis,
  hours,
});

/**
 * The presets: 48 hours from payment for 淘宝/天猫, 拼多多, 抖店, 快手, 京东 and 微信小店 (a store may
 * have promised less: the lead edits the hours on the settings sheet); the export's promise column
 * for Amazon, eBay, Shopee and TikTok Shop. Any other platform falls back to the stage SLA.
 */
export const DEFAULT_SHIP_DEADLINE_RULES: readonly ShipDeadlineRule[] = [
  rule("taobao", ["淘宝", "天猫", "淘宝/天猫", "taobao", "tmall"], "payment", WITHIN_48_HOURS),
  rule("pinduoduo", ["拼多多", "pdd", "pinduoduo"], "payment", WITHIN_48_HOURS),
  rule("douyin", ["抖店", "抖音", "抖音小店", "douyin"], "payment", WITHIN_48_HOURS),
  rule("kuaishou", ["快手", "快手小店", "kuaishou"], "payment", WITHIN_48_HOURS),
  rule("jd", ["京东", "jd", "jingdong"], "payment", WITHIN_48_HOURS),
  rule(
    "wechat",
    ["微信小店", "视频号", "视频号小店", "微信", "wechat", "weixin"],
    "payment",
    WITHIN_48_HOURS,
  ),
  rule("amazon", ["亚马逊", "amazon"], "promise"),
  rule("ebay", ["ebay"], "promise"),
  rule("shopee", ["虾皮", "shopee"], "promise"),
  rule("tiktok", ["tiktok", "tiktok shop", "tiktokshop"], "promise"),
];

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  rules: DEFAULT_SHIP_DEADLINE_RULES,
  dueSoonHours: DEFAULT_DUE_SOON_HOURS,
};
