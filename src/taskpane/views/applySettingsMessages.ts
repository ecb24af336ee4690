import type { Catalog } from "../../core/i18n/translate";

/** The pane's words for *Apply settings* (Team tab and the offer after the settings sheet changed). */
export const APPLY_SETTINGS_MESSAGES = {
  title: { "zh-CN": "设置表", "en-US": "Settings sheet" },
  intro: {
    "zh-CN":
      "在 OrderFlow 工作表上改了状态、标签、颜色或问题原因后，点“应用设置”，下拉列表和高亮就会跟着变。单元格内容不会改动。",
    "en-US":
      "After editing statuses, tags, colours or problem reasons on the OrderFlow sheet, click Apply settings so the dropdowns and highlights follow. No cell is changed.",
  },
  apply: { "zh-CN": "应用设置", "en-US": "Apply settings" },
  applying: { "zh-CN": "正在应用设置…", "en-US": "Applying settings…" },
  upToDate: {
    "zh-CN": "下拉列表和高亮已与设置一致，未做任何更改。",
    "en-US": "The dropdowns and highlights already follow the settings; nothing was changed.",
  },
  applied: {
    "zh-CN":
      "已应用设置：{highlights} 条高亮规则、{dropdowns} 个下拉列表已与 OrderFlow 工作表一致（更新了{what}）。",
    "en-US":
      "Settings applied: {highlights} highlight rules and {dropdowns} dropdowns now follow the OrderFlow sheet (updated: {what}).",
  },
  whatHighlights: { "zh-CN": "高亮规则", "en-US": "highlight rules" },
  whatDropdowns: { "zh-CN": "下拉列表范围", "en-US": "dropdown ranges" },
  whatLists: { "zh-CN": "下拉选项", "en-US": "dropdown choices" },
  listSeparator: { "zh-CN": "、", "en-US": ", " },
  offer: {
    "zh-CN": "OrderFlow 设置表有改动。要让下拉列表和高亮跟上吗？",
    "en-US": "The OrderFlow settings sheet changed. Update the dropdowns and highlights to match?",
  },
  dismiss: { "zh-CN": "关闭", "en-US": "Dismiss" },
} as const satisfies Catalog;
