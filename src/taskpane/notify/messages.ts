import type { Catalog } from "../../core/i18n/translate";

export const NOTIFY_PANE_MESSAGES = {
  myDayTitle: { "zh-CN": "我的今天", "en-US": "My day" },
  myDayPickName: {
    "zh-CN": "在上方选择你的名字，查看你的超时、临期和新分配的订单。",
    "en-US": "Pick your name above to see your overdue, due-soon and newly assigned orders.",
  },
  overdue: { "zh-CN": "超时 {count}", "en-US": "Overdue {count}" },
  dueSoon: { "zh-CN": "临期 {count}", "en-US": "Due soon {count}" },
  newlyAssigned: { "zh-CN": "新分配 {count}", "en-US": "Newly assigned {count}" },
  listOf: { "zh-CN": "{what}：订单", "en-US": "{what}: orders" },
  nothing: { "zh-CN": "没有订单。", "en-US": "No orders." },
  markSeen: { "zh-CN": "标记为已看", "en-US": "Mark as seen" },
  openOrder: {
    "zh-CN": "在表格中选中订单 {orderId}（第 {row} 行）",
    "en-US": "Select order {orderId} (row {row}) in the sheet",
  },
  mentions: { "zh-CN": "提到我 {count}", "en-US": "Mentions {count}" },
  mentionsUnsupported: {
    "zh-CN":
      "此版本的 Excel 无法读取 @提及（需要 ExcelApi 1.11）：提到你的批注请在 Excel 的“批注”窗格中查看。",
    "en-US":
      "This Excel can not read @mentions (needs ExcelApi 1.11): find comments that mention you in Excel's Comments pane.",
  },
  mentionsFailed: {
    "zh-CN": "没能读取批注，提到你的次数暂不显示；请在 Excel 的“批注”窗格中查看。",
    "en-US": "Could not read the comments, so mentions are not counted; see Excel's Comments pane.",
  },
  mentionsNote: {
    "zh-CN": "提到你的批注在 Excel 的“批注”窗格和邮件中查看。",
    "en-US": "Comments that mention you are in Excel's Comments pane and your e-mail.",
  },
  notifyTitle: { "zh-CN": "通知", "en-US": "Notifications" },
  notifyOption: {
    "zh-CN": "分配、标记问题或超时时，在订单号单元格发批注 @负责人",
    "en-US": "When an order is assigned, flagged or overdue, @mention its owner in a comment on the order id",
  },
  notifyLanguage: {
    "zh-CN": "批注使用打开此开关的人的语言（当前：中文）。",
    "en-US": "Comments use the language of whoever turns this on (now: English).",
  },
  emailOf: { "zh-CN": "{name} 的邮箱", "en-US": "E-mail of {name}" },
  emailInvalid: {
    "zh-CN": "这不像邮箱地址（例如 name@example.com）；没有邮箱的人不会被通知。",
    "en-US":
      "This does not look like an e-mail address (name@example.com); people without one are not notified.",
  },
} as const satisfies Catalog;
