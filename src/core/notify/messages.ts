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
