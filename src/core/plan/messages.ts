import type { Catalog } from "../i18n/translate";

export const SETUP_MESSAGES = {
  statusTitle: { "zh-CN": "无效的状态", "en-US": "Invalid status" },
  statusMessage: {
    "zh-CN": "请从下拉列表中选择状态；流程在 OrderFlow 工作表中设置。",
    "en-US": "Pick a status from the dropdown; the lifecycle is set on the OrderFlow sheet.",
  },
  ownerTitle: { "zh-CN": "不在团队名单中", "en-US": "Not on the team" },
  ownerMessage: {
    "zh-CN": "请选择团队成员；在 OrderFlow 工作表的团队表中添加新成员。",
    "en-US": "Pick a team member; add new people to the team table on the OrderFlow sheet.",
  },
  problemTitle: { "zh-CN": "无效的问题原因", "en-US": "Invalid problem reason" },
  problemMessage: {
    "zh-CN": "请从下拉列表中选择问题原因；原因列表在 OrderFlow 工作表中。",
    "en-US": "Pick a problem reason from the dropdown; the list is on the OrderFlow sheet.",
  },
  teamUnknownRole: {
    "zh-CN": "团队表第 {row} 行「角色 Role」列：未知角色「{value}」（可用：客服、运营、仓库）",
    "en-US":
      'Team table row {row}, column "角色 Role": unknown role "{value}" (use Customer service, Operations or Warehouse)',
  },
  teamDuplicateMember: {
    "zh-CN": "团队表第 {row} 行「姓名 Name」列：「{name}」已在上面出现过",
    "en-US": 'Team table row {row}, column "姓名 Name": "{name}" is already listed above',
  },
  refuseNoOrderId: {
    "zh-CN": "没有订单号列：OrderFlow 需要订单号来区分订单。请在上面把“订单号”对应到一列；未做任何更改。",
    "en-US":
      "No order id column: OrderFlow needs the order id to tell orders apart. Map “Order ID” to a column above; nothing was changed.",
  },
  refuseSharedColumn: {
    "zh-CN":
      "“{header}”列同时对应了多个字段（{fields}）；一列只能对应一个字段，请改正其中一个；未做任何更改。",
    "en-US":
      "Column “{header}” is mapped to several fields ({fields}); a column can hold one field only, change all but one; nothing was changed.",
  },
  refuseNoStatus: {
    "zh-CN": "没有状态列：请把“状态”对应到一列，或选择新增状态列；未做任何更改。",
    "en-US": "No status column: map “Status” to a column, or choose to add one; nothing was changed.",
  },
  refuseCellsBesideTable: {
    "zh-CN":
      "设置需要在表格“{table}”右侧新增列，但 {area} 里有内容：Excel 新增表格列时会把这些单元格右移，与上下的行错开。请先把它们移到别处（或在表格右侧留出空列），再设置；未做任何更改。",
    "en-US":
      "Setup needs to add columns to the right of table “{table}”, but {area} holds something: Excel shifts those cells right when a table gains a column, out of line with the rows above and below. Move them elsewhere first, then set up; nothing was changed.",
  },
  refuseWordConflict: {
    "zh-CN": "“{value}”已经是状态“{other}”的名称，不能再表示“{status}”；请为它选择“{other}”；未做任何更改。",
    "en-US":
      "“{value}” already names status “{other}”, so it can not also mean “{status}”; choose “{other}” for it; nothing was changed.",
  },
} as const satisfies Catalog;
