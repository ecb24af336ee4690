import type { Catalog } from "../core/i18n/translate";

/**
 * Strings of the pane's actions and their results (moves that need fields, counts, routing,
 * announcements). Kept beside PANE_MESSAGES so the journeys' words live in one place; pairs named
 * `…One` / `…Other` are the singular and plural of one sentence (see countMessage).
 */
export const ACTION_MESSAGES = {
  // Moves that need fields
  needsTitle: { "zh-CN": "进入“{stage}”需要：{fields}", "en-US": "Moving to “{stage}” needs: {fields}" },
  sharedFieldLabel: { "zh-CN": "{field}（所有订单）", "en-US": "{field} (all orders)" },
  sharedFieldHint: {
    "zh-CN": "已经填写了{field}的订单保留原值。",
    "en-US": "Orders that already have a {field} keep it.",
  },
  rowFieldLabel: {
    "zh-CN": "{field} · 订单 {orderId}（第 {row} 行）",
    "en-US": "{field} · order {orderId} (row {row})",
  },
  rowFieldHint: {
    "zh-CN": "留空则保留该行已有的值。可一次粘贴多行，依次填入下面的订单。",
    "en-US": "Leave blank to keep the row's value. Paste several lines to fill the orders below in turn.",
  },
  confirmMoveOne: { "zh-CN": "写入并移动 {count} 个订单", "en-US": "Write and move {count} order" },
  confirmMoveOther: { "zh-CN": "写入并移动 {count} 个订单", "en-US": "Write and move {count} orders" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },

  // Results
  appliedAllOne: { "zh-CN": "已更新 {count} 行。", "en-US": "Updated {count} row." },
  appliedAllOther: { "zh-CN": "已更新 {count} 行。", "en-US": "Updated {count} rows." },
  appliedSomeOne: {
    "zh-CN": "已更新 {count} 行；{refused} 行未更改：",
    "en-US": "Updated {count} row; {refused} left unchanged:",
  },
  appliedSomeOther: {
    "zh-CN": "已更新 {count} 行；{refused} 行未更改：",
    "en-US": "Updated {count} rows; {refused} left unchanged:",
  },
  nothingChanged: {
    "zh-CN": "无需更改：选中的订单已经是这样了。",
    "en-US": "No change needed: the selected orders are already like that.",
  },
  routedTo: {
    "zh-CN": "{count} 个订单已交给 {owner}（{role}）。",
    "en-US": "{count} orders handed to {owner} ({role}).",
  },
  routedToOne: {
    "zh-CN": "{count} 个订单已交给 {owner}（{role}）。",
    "en-US": "{count} order handed to {owner} ({role}).",
  },
  clearName: { "zh-CN": "清除所选名字", "en-US": "Clear the name" },
  noRole: { "zh-CN": "无角色", "en-US": "no role" },

  // Selection
  selectionWithRows: { "zh-CN": "{selected}（{rows}）", "en-US": "{selected} ({rows})" },
  selectionRows: { "zh-CN": "第 {rows} 行", "en-US": "rows {rows}" },
  selectionRow: { "zh-CN": "第 {rows} 行", "en-US": "row {rows}" },
  disabledNoRows: {
    "zh-CN": "操作按钮不可用：没有选中订单行。",
    "en-US": "The actions are off: no order rows are selected.",
  },
  disabledOtherSheet: {
    "zh-CN": "操作按钮不可用：选中的是“{sheet}”，不是订单表。",
    "en-US": "The actions are off: the selection is on “{sheet}”, not the order sheet.",
  },
  boardNeedsName: {
    "zh-CN": "请先在上方“我是”中选择你的名字，才能移动卡片。",
    "en-US": "Pick your name under “I am” above to move cards.",
  },
  disabledNoName: {
    "zh-CN": "操作按钮不可用：请先在上方“我是”中选择你的名字。",
    "en-US": "The actions are off: pick your name under “I am” above first.",
  },
} as const satisfies Catalog;
