import type { Catalog } from "../../core/i18n/translate";

/** The Import tab's texts (导入订单 Import orders). */
export const IMPORT_TEXT = {
  tab: { "zh-CN": "导入", "en-US": "Import" },
  title: { "zh-CN": "导入订单", "en-US": "Import orders" },
  intro: {
    "zh-CN": "选择从平台后台导出的订单文件（CSV、TSV/TXT 或 XLSX，可多选）。写入表格前先看预览。",
    "en-US":
      "Choose order exports from your marketplaces' seller centres (CSV, TSV/TXT or XLSX; several at once). You see a preview before anything is written.",
  },
  choose: { "zh-CN": "选择导出文件…", "en-US": "Choose export files…" },
  chooseAgain: { "zh-CN": "选择其他文件…", "en-US": "Choose other files…" },
  reading: { "zh-CN": "正在读取第 {done}/{total} 个文件…", "en-US": "Reading file {done} of {total}…" },
  previewing: { "zh-CN": "正在与表格比对…", "en-US": "Comparing with the sheet…" },
  importing: { "zh-CN": "正在写入表格…", "en-US": "Writing to the sheet…" },
  filesTitle: { "zh-CN": "文件", "en-US": "Files" },
  fileLine: {
    "zh-CN": "{file}：{platform}，{rows} 行，{orders} 个订单",
    "en-US": "{file}: {platform}, {rows} rows, {orders} orders",
  },
  fileRefused: { "zh-CN": "，{count} 行被拒", "en-US": ", {count} rows refused" },
  unknownPlatform: { "zh-CN": "未识别的平台", "en-US": "platform not recognised" },
  previewTitle: { "zh-CN": "预览（订单行）", "en-US": "Preview (order lines)" },
  countNew: { "zh-CN": "新订单", "en-US": "New" },
  countChanged: { "zh-CN": "有变化", "en-US": "Changed" },
  countUnchanged: { "zh-CN": "无变化", "en-US": "Unchanged" },
  countDuplicates: { "zh-CN": "重复", "en-US": "Duplicates" },
  countConflicts: { "zh-CN": "状态冲突", "en-US": "Conflicts" },
  countRefused: { "zh-CN": "被拒", "en-US": "Refused" },
  changedFields: { "zh-CN": "变化的字段：{fields}", "en-US": "Changed fields: {fields}" },
  teamColumnsKept: {
    "zh-CN": "团队的列（状态、负责人、标签、截止、异常、备注）不会被改写。",
    "en-US": "The team's columns (status, owner, tags, due, problem, note) are never overwritten.",
  },
  conflictsTitle: { "zh-CN": "平台状态与团队状态冲突", "en-US": "Marketplace contradicts the team" },
  conflictFlagged: {
    "zh-CN": "第 {row} 行 {orderId}：平台为“{market}”，团队为“{from}”——将标记为异常待核对",
    "en-US": "Row {row}, {orderId}: the marketplace says “{market}”, the team “{from}” — flagged for a check",
  },
  conflictApplied: {
    "zh-CN": "第 {row} 行 {orderId}：平台为“{market}”——将按平台改为“{to}”",
    "en-US": "Row {row}, {orderId}: the marketplace says “{market}” — moved to “{to}”",
  },
  refusedTitle: { "zh-CN": "被拒的行", "en-US": "Refused rows" },
  refusedLine: { "zh-CN": "{file} 第 {row} 行：{message}", "en-US": "{file} row {row}: {message}" },
  more: { "zh-CN": "还有 {count} 条…", "en-US": "{count} more…" },
  leftOutTitle: { "zh-CN": "导出中有、表格里没有的列", "en-US": "In the exports, not on the sheet" },
  leftOutHint: {
    "zh-CN": "这些信息默认不导入。勾选的列会加到表格右侧，并填到新订单上。",
    "en-US":
      "They are left out by default. Ticked ones are added as columns at the right of the sheet and filled on new orders.",
  },
  columnsAdded: { "zh-CN": "已添加列：{fields}。", "en-US": "Columns added: {fields}." },
  marketMoves: {
    "zh-CN": "平台状态与团队冲突时（如买家已取消）按平台改状态（记录在活动表）",
    "en-US":
      "When the marketplace contradicts the team (a buyer cancelled), move the order as it says (logged)",
  },
  marketMovesHint: {
    "zh-CN": "关闭时只标记为异常，状态不变。所有人共用此设置。",
    "en-US":
      "Off: the order is flagged and keeps its status. The setting is shared by everyone in the workbook.",
  },
  importButton: {
    "zh-CN": "导入：新增 {added} 行，更新 {changed} 行",
    "en-US": "Import: {added} new, {changed} changed",
  },
  nothingToDo: {
    "zh-CN": "表格已是最新：没有新订单，也没有变化。",
    "en-US": "The sheet is up to date: no new orders and no changes.",
  },
  done: {
    "zh-CN": "已导入到“{sheet}”：新增 {added} 行，更新 {changed} 行，活动表记录 {logged} 条。",
    "en-US": "Imported into “{sheet}”: {added} new rows, {changed} updated, {logged} Activity rows.",
  },
  checkAgain: { "zh-CN": "再次比对", "en-US": "Compare again" },
  settingsNotApplied: {
    "zh-CN": "新行还没有下拉列表和高亮：请点“应用设置”。",
    "en-US": "The new rows have no dropdowns or highlights yet: click Apply settings.",
  },
  needName: {
    "zh-CN": "请先在上方选择你的名字（活动表记录是谁导入的）。",
    "en-US": "Pick your name above first (the Activity log records who imported).",
  },
} as const satisfies Catalog;
