import type { Catalog } from "../core/i18n/translate";

/** What the ribbon commands tell the user (shown in the task pane: Excel has no notification bar API). */
export const commandMessages = {
  reviewRefreshed: {
    "zh-CN": "每周复盘已刷新（{week}）：{problems} 个问题，见“周复盘 Weekly review”工作表。",
    "en-US": "Weekly review {week} refreshed: {problems} problems. See the “周复盘 Weekly review” sheet.",
  },
  reviewFailed: {
    "zh-CN": "每周复盘刷新失败：{detail}",
    "en-US": "The weekly review could not be refreshed: {detail}",
  },
} as const satisfies Catalog;
