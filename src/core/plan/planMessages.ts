import type { Catalog } from "../i18n/translate";

/** Texts the workflow writes into cells or returns for the pane to show. */
export const PLAN_MESSAGES = {
  illegalMoveNote: { "zh-CN": "非法流转", "en-US": "Illegal move" },
  invalidStatusNote: { "zh-CN": "无效状态", "en-US": "Invalid status" },
  refusedIllegalMove: {
    "zh-CN": "不能从“{from}”改为“{to}”；允许：{allowed}",
    "en-US": "Can not move from “{from}” to “{to}”; allowed: {allowed}",
  },
  refusedNoStatus: { "zh-CN": "这一行还没有状态", "en-US": "This row has no status yet" },
  refusedUnknownStatus: {
    "zh-CN": "当前状态“{value}”不在流程中",
    "en-US": "The current status “{value}” is not in the lifecycle",
  },
  refusedTerminal: { "zh-CN": "“{status}”已是最后一步", "en-US": "“{status}” is the last step" },
  refusedMissing: {
    "zh-CN": "进入“{status}”需要先填写：{fields}",
    "en-US": "Moving to “{status}” needs: {fields}",
  },
  refusedSame: { "zh-CN": "已经是“{status}”", "en-US": "Already “{status}”" },
  refusedNoOrderId: { "zh-CN": "这一行没有订单号", "en-US": "This row has no order id" },
  refusedUnknownOwner: { "zh-CN": "“{owner}”不在团队名单中", "en-US": "“{owner}” is not on the team" },
  refusedUnknownReason: { "zh-CN": "“{reason}”不是问题原因", "en-US": "“{reason}” is not a problem reason" },
  refusedNoColumn: {
    "zh-CN": "表中没有“{column}”列，请先设置工作流",
    "en-US": "The sheet has no “{column}” column; set up the workflow first",
  },
  refusedNothingToDo: { "zh-CN": "无需更改", "en-US": "Nothing to change" },
} as const satisfies Catalog;
