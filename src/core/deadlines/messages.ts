import type { Catalog } from "../i18n/translate";

/** Every user-visible string of the shipping-deadline module. */
export const DEADLINE_MESSAGES = {
  "platform.taobao": { "zh-CN": "淘宝/天猫", "en-US": "Taobao/Tmall" },
  "platform.pinduoduo": { "zh-CN": "拼多多", "en-US": "Pinduoduo" },
  "platform.douyin": { "zh-CN": "抖店", "en-US": "Douyin shop" },
  "platform.kuaishou": { "zh-CN": "快手", "en-US": "Kuaishou" },
  "platform.jd": { "zh-CN": "京东", "en-US": "JD.com" },
  "platform.wechat": { "zh-CN": "微信小店", "en-US": "WeChat shop" },
  "platform.amazon": { "zh-CN": "亚马逊", "en-US": "Amazon" },
  "platform.ebay": { "zh-CN": "eBay", "en-US": "eBay" },
  "platform.shopee": { "zh-CN": "Shopee 虾皮", "en-US": "Shopee" },
  "platform.tiktok": { "zh-CN": "TikTok Shop", "en-US": "TikTok Shop" },
  "basis.payment": { "zh-CN": "付款后", "en-US": "after payment" },
  "basis.promise": { "zh-CN": "平台承诺列", "en-US": "promise column" },
  "basis.sla": { "zh-CN": "阶段时限", "en-US": "stage SLA" },
  "column.key": { "zh-CN": "键", "en-US": "Key" },
  "column.names": { "zh-CN": "平台写法", "en-US": "Platform names" },
  "column.basis": { "zh-CN": "截止依据", "en-US": "Deadline from" },
  "column.hours": { "zh-CN": "小时", "en-US": "Hours" },
  "column.dueSoon": { "zh-CN": "临期提醒（小时）", "en-US": "Due soon (hours)" },
  "problem.basis": {
    "zh-CN": "发货时限表第 {row} 行：截止依据“{value}”无法识别，请填 付款后、平台承诺列 或 阶段时限。",
    "en-US":
      "Shipping deadlines row {row}: “{value}” is not a deadline basis; write after payment, promise column or stage SLA.",
  },
  "problem.hours": {
    "zh-CN": "发货时限表第 {row} 行：小时“{value}”不是正数，请填写付款后多少小时内必须发货（如 48）。",
    "en-US":
      "Shipping deadlines row {row}: hours “{value}” is not a positive number; write how many hours after payment the order must ship (e.g. 48).",
  },
  "problem.dueSoon": {
    "zh-CN": "临期提醒“{value}”不是正数，请填写截止前多少小时算临期（如 4）。",
    "en-US":
      "Due soon “{value}” is not a positive number; write how many hours before the deadline an order counts as due soon (e.g. 4).",
  },
} as const satisfies Catalog;
