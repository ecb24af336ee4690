import type { Catalog } from "../i18n/translate";

/**
 * The comments OrderFlow posts on an order's id cell. `{to}` is the mention(s) (`@张伟`), `{order}` the
 * order id, `{status}` the stage in the team's language, `{due}` `MM-DD HH:mm`.
 */
export const NOTICE_MESSAGES = {
  assigned: {
    "zh-CN": "{to} 订单 {order} 分配给你：{status}，截止 {due}",
    "en-US": "{to} order {order} is assigned to you: {status}, due {due}",
  },
  assignedNoDue: {
    "zh-CN": "{to} 订单 {order} 分配给你：{status}",
    "en-US": "{to} order {order} is assigned to you: {status}",
  },
  problem: {
    "zh-CN": "{to} 订单 {order} 标记了问题：{problem}",
    "en-US": "{to} order {order} was flagged with a problem: {problem}",
  },
  assignedWithProblem: {
    "zh-CN": "{to} 订单 {order} 分配给你：{status}，截止 {due}；问题：{problem}",
    "en-US": "{to} order {order} is assigned to you: {status}, due {due}; problem: {problem}",
  },
  overdue: {
    "zh-CN": "{to} 订单 {order} 已超时：{status}，截止 {due}",
    "en-US": "{to} order {order} is overdue: {status}, was due {due}",
  },
  noDue: { "zh-CN": "未设", "en-US": "not set" },
} as const satisfies Catalog;

/** What the pane says about notifications, plainly, instead of failing. */
export const NOTICE_STATUS_MESSAGES = {
  noComments: {
    "zh-CN": "此版本的 Excel 不支持批注（需要 ExcelApi 1.10），无法发送通知。",
    "en-US": "This Excel can not post comments (needs ExcelApi 1.10), so no notifications are sent.",
  },
  noMentions: {
    "zh-CN": "此版本的 Excel 不支持 @提及（需要 ExcelApi 1.11）：批注会发出，但不会发送邮件。",
    "en-US": "This Excel can not @mention (needs ExcelApi 1.11): comments are posted, but no e-mail is sent.",
  },
  local: {
    "zh-CN": "工作簿不在 OneDrive/SharePoint 上：批注会发出，但被提及的人收不到邮件。",
    "en-US": "The workbook is not in OneDrive/SharePoint: comments are posted, but nobody gets an e-mail.",
  },
  cloudUnknown: {
    "zh-CN": "无法判断工作簿是否在云端：只有保存在 OneDrive/SharePoint 时才会发送邮件。",
    "en-US":
      "Can not tell whether the workbook is in the cloud: e-mails go out only if it is in OneDrive/SharePoint.",
  },
  posted: { "zh-CN": "已通知 {count} 个订单的负责人。", "en-US": "Notified the owners of {count} order(s)." },
  notPosted: {
    "zh-CN": "{count} 条通知未能发出（操作本身已完成）。",
    "en-US": "{count} notice(s) could not be posted (the action itself is done).",
  },
  noEmail: {
    "zh-CN": "{names} 在团队表中没有邮箱，未通知。",
    "en-US": "{names} has no e-mail in the team table and was not notified.",
  },
} as const satisfies Catalog;
