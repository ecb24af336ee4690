import type { Catalog } from "../i18n/translate";
import type { ProblemKind } from "../problems";

/** One message per problem kind; `{column}` is the column's header text, `{value}` the cell text. */
export const RULE_MESSAGES = {
  invalidStatus: {
    "zh-CN": "“{value}”不是工作流中的状态，请从下拉列表中选择。",
    "en-US": "“{value}” is not a status of the workflow; pick one from the dropdown.",
  },
  illegalMove: {
    "zh-CN": "不允许从“{from}”改为“{to}”；允许的下一步：{allowed}。",
    "en-US": "Moving from “{from}” to “{to}” is not allowed; allowed next: {allowed}.",
  },
  missingRequired: {
    "zh-CN": "状态“{status}”需要填写“{field}”。",
    "en-US": "Status “{status}” needs “{field}” filled in.",
  },
  idCorrupted: {
    "zh-CN":
      "编号“{value}”已被 Excel 改坏（科学计数法或超过 15 位）；请从平台重新导出，并把该列设为文本后再粘贴。",
    "en-US":
      "Id “{value}” was damaged by Excel (scientific notation or more than 15 digits); export it again and paste it into a Text-formatted column.",
  },
  duplicateOrder: {
    "zh-CN": "与第 {firstRow} 行重复（同一平台、订单号和商品行）。",
    "en-US": "Duplicates row {firstRow} (same platform, order id and line).",
  },
  invalidDate: {
    "zh-CN": "“{value}”不是可识别的日期时间，请写成 2026-05-21 10:00。",
    "en-US": "“{value}” is not a date-time OrderFlow can read; write it like 2026-05-21 10:00.",
  },
  invalidNumber: {
    "zh-CN": "“{value}”不是有效的数字或金额。",
    "en-US": "“{value}” is not a valid number or amount.",
  },
  overdue: {
    "zh-CN": "已超过截止时间 {hoursLate} 小时。",
    "en-US": "Overdue by {hoursLate} h.",
  },
  noOwner: {
    "zh-CN": "未完结的订单没有负责人，请指派一位。",
    "en-US": "Open order without an owner; assign someone.",
  },
  missingOrderId: {
    "zh-CN": "这一行没有订单号，OrderFlow 无法跟踪它；请填上订单号（或删除这一行）。",
    "en-US":
      "This row has no order id, so OrderFlow can not track it; fill in the order id (or delete the row).",
  },
} as const satisfies Catalog & Record<ProblemKind, unknown>;
