import type { Catalog } from "../i18n/translate";

/** Every user-visible string of the lifecycle module: status, role, reason and field labels, problem texts. */
export const lifecycleMessages = {
  "lifecycle.role.customerService": { "zh-CN": "客服", "en-US": "Customer service" },
  "lifecycle.role.operations": { "zh-CN": "运营", "en-US": "Operations" },
  "lifecycle.role.warehouse": { "zh-CN": "仓库", "en-US": "Warehouse" },

  "lifecycle.status.awaitingPayment": { "zh-CN": "待付款", "en-US": "Awaiting payment" },
  "lifecycle.status.toProcess": { "zh-CN": "待处理", "en-US": "To process" },
  "lifecycle.status.processing": { "zh-CN": "处理中", "en-US": "Picking & packing" },
  "lifecycle.status.onHold": { "zh-CN": "异常", "en-US": "On hold" },
  "lifecycle.status.shipped": { "zh-CN": "已发货", "en-US": "Shipped" },
  "lifecycle.status.delivered": { "zh-CN": "已签收", "en-US": "Delivered" },
  "lifecycle.status.completed": { "zh-CN": "已完成", "en-US": "Completed" },
  "lifecycle.status.afterSales": { "zh-CN": "售后中", "en-US": "After-sales" },
  "lifecycle.status.refunded": { "zh-CN": "已退款", "en-US": "Refunded" },
  "lifecycle.status.cancelled": { "zh-CN": "已取消", "en-US": "Cancelled" },

  "lifecycle.reason.outOfStock": { "zh-CN": "缺货", "en-US": "Out of stock" },
  "lifecycle.reason.badAddress": { "zh-CN": "地址不详", "en-US": "Bad address" },
  "lifecycle.reason.wrongItem": { "zh-CN": "错发", "en-US": "Wrong item" },
  "lifecycle.reason.missingItem": { "zh-CN": "漏发", "en-US": "Missing item" },
  "lifecycle.reason.damaged": { "zh-CN": "破损", "en-US": "Damaged" },
  "lifecycle.reason.late": { "zh-CN": "延迟", "en-US": "Late" },
  "lifecycle.reason.complaint": { "zh-CN": "投诉", "en-US": "Complaint" },
  "lifecycle.reason.refund": { "zh-CN": "退款", "en-US": "Refund" },
  "lifecycle.reason.return": { "zh-CN": "退货", "en-US": "Return" },
  "lifecycle.reason.exchange": { "zh-CN": "换货", "en-US": "Exchange" },
  "lifecycle.reason.other": { "zh-CN": "其他", "en-US": "Other" },

  // Labels of the fields a stage can require (the 需要 Needs column accepts these as well as field keys).
  "lifecycle.field.problem": { "zh-CN": "问题", "en-US": "Problem reason" },
  "lifecycle.field.carrier": { "zh-CN": "快递公司", "en-US": "Carrier" },
  "lifecycle.field.tracking": { "zh-CN": "快递单号", "en-US": "Tracking number" },
  "lifecycle.field.owner": { "zh-CN": "负责人", "en-US": "Owner" },
  "lifecycle.field.note": { "zh-CN": "备注", "en-US": "Note" },
  "lifecycle.field.tags": { "zh-CN": "标签", "en-US": "Tags" },
  "lifecycle.field.due": { "zh-CN": "截止", "en-US": "Due" },
  "lifecycle.field.paidAt": { "zh-CN": "付款时间", "en-US": "Paid at" },
  "lifecycle.field.shippedAt": { "zh-CN": "发货时间", "en-US": "Shipped at" },
  "lifecycle.field.recipient": { "zh-CN": "收货人", "en-US": "Recipient" },
  "lifecycle.field.phone": { "zh-CN": "联系电话", "en-US": "Phone" },
  "lifecycle.field.address": { "zh-CN": "收货地址", "en-US": "Address" },
  "lifecycle.field.refundAmount": { "zh-CN": "退款金额", "en-US": "Refund amount" },
  "lifecycle.field.afterSales": { "zh-CN": "售后状态", "en-US": "After-sales status" },
  "lifecycle.field.shippingMethod": { "zh-CN": "运送方式", "en-US": "Shipping method" },

  "lifecycle.column.key": {
    "zh-CN": "key（内部，勿改）internal",
    "en-US": "key（内部，勿改）internal",
  },
  "lifecycle.column.spellings": {
    "zh-CN": "团队写法 Team's words",
    "en-US": "团队写法 Team's words",
  },
  "lifecycle.column.zh": { "zh-CN": "中文", "en-US": "中文" },
  "lifecycle.column.en": { "zh-CN": "English", "en-US": "English" },
  "lifecycle.column.role": { "zh-CN": "角色 Role", "en-US": "角色 Role" },
  "lifecycle.column.sla": { "zh-CN": "时限(小时) SLA hours", "en-US": "时限(小时) SLA hours" },
  "lifecycle.column.wip": { "zh-CN": "在制上限 WIP limit", "en-US": "在制上限 WIP limit" },
  "lifecycle.column.next": { "zh-CN": "下一步 Next", "en-US": "下一步 Next" },
  "lifecycle.column.needs": { "zh-CN": "需要 Needs", "en-US": "需要 Needs" },

  "lifecycle.workflow.missingColumn": {
    "zh-CN": "流程表缺少「{column}」列",
    "en-US": 'The workflow table has no "{column}" column',
  },
  "lifecycle.workflow.noStatuses": {
    "zh-CN": "流程表中没有任何状态",
    "en-US": "The workflow table has no statuses",
  },
  "lifecycle.workflow.emptyKey": {
    "zh-CN": "第 {row} 行：状态没有名称；请在「中文」和「English」列写上它的名称",
    "en-US": 'Row {row}: the status has no name; write its names in the "中文" and "English" columns',
  },
  "lifecycle.workflow.duplicateKey": {
    "zh-CN": "第 {row} 行：key「{key}」与第 {firstRow} 行重复",
    "en-US": 'Row {row}: key "{key}" already used in row {firstRow}',
  },
  "lifecycle.workflow.duplicateLabel": {
    "zh-CN": "第 {row} 行：名称「{label}」与第 {firstRow} 行重复",
    "en-US": 'Row {row}: label "{label}" already used in row {firstRow}',
  },
  "lifecycle.workflow.emptyLabel": {
    "zh-CN": "第 {row} 行（{key}）：{language} 名称为空",
    "en-US": "Row {row} ({key}): the {language} label is empty",
  },
  "lifecycle.workflow.unknownRole": {
    "zh-CN": "第 {row} 行「{column}」列（{key}）：未知角色「{value}」（可用：客服、运营、仓库）",
    "en-US":
      'Row {row}, column "{column}" ({key}): unknown role "{value}" (use Customer service, Operations or Warehouse)',
  },
  "lifecycle.workflow.invalidWip": {
    "zh-CN": "第 {row} 行「{column}」列（{key}）：在制上限「{value}」不是非负整数",
    "en-US": 'Row {row}, column "{column}" ({key}): WIP limit "{value}" is not a whole number of 0 or more',
  },
  "lifecycle.workflow.invalidSla": {
    "zh-CN": "第 {row} 行「{column}」列（{key}）：时限「{value}」不是数字",
    "en-US": 'Row {row}, column "{column}" ({key}): SLA "{value}" is not a number',
  },
  "lifecycle.workflow.negativeSla": {
    "zh-CN": "第 {row} 行「{column}」列（{key}）：时限不能为负数（{value}）",
    "en-US": 'Row {row}, column "{column}" ({key}): SLA cannot be negative ({value})',
  },
  "lifecycle.workflow.unknownNext": {
    "zh-CN":
      "第 {row} 行「{column}」列（{key}）：「{value}」不是表中的状态；请写表中状态的中文或英文名称，用逗号分隔",
    "en-US":
      'Row {row}, column "{column}" ({key}): "{value}" is not a status in the table; write the statuses\' Chinese or English names, separated by commas',
  },
  "lifecycle.workflow.unknownNeed": {
    "zh-CN":
      "第 {row} 行「{column}」列（{key}）：未知字段「{value}」；可写：问题、快递公司、快递单号、负责人等",
    "en-US":
      'Row {row}, column "{column}" ({key}): unknown field "{value}"; write e.g. Problem reason, Carrier, Tracking number, Owner',
  },
  "lifecycle.workflow.spellingTaken": {
    "zh-CN":
      "第 {row} 行「{column}」列（{key}）：写法「{value}」已是状态「{other}」的名称或写法，一个写法只能属于一个状态",
    "en-US":
      'Row {row}, column "{column}" ({key}): "{value}" already names status "{other}"; a word can belong to one status only',
  },
} as const satisfies Catalog;
