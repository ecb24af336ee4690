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
} as const satisfies Catalog;
