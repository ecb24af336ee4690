import type { Catalog } from "../core/i18n/translate";

/** What `orderflow import` tells a person (bad input is one bilingual line on stderr). */
export const IMPORT_CLI_MESSAGES = {
  usage: {
    "zh-CN":
      "用法：orderflow import --into 团队表.xlsx 导出文件… [--out 输出.xlsx] [--dry-run] [--json] [--sheet 工作表名] [--apply-market-moves] [--by 姓名]\n  把平台订单导出合并进团队表格，写入一个新的工作簿（除非 --out 指向原文件，否则不覆盖原文件）。",
    "en-US":
      "Usage: orderflow import --into TEAM.xlsx FILE… [--out OUT.xlsx] [--dry-run] [--json] [--sheet NAME] [--apply-market-moves] [--by NAME]\n  Merges marketplace order exports into the team's sheet and writes a new workbook (the input is only overwritten when --out names it).",
  },
  missingInto: {
    "zh-CN": "请用 --into 指定团队表格：orderflow import --into 团队表.xlsx 导出文件…",
    "en-US": "Name the team's workbook with --into: orderflow import --into TEAM.xlsx FILE…",
  },
  missingExports: {
    "zh-CN": "请至少指定一个平台导出文件：orderflow import --into 团队表.xlsx 导出文件…",
    "en-US": "Name at least one marketplace export: orderflow import --into TEAM.xlsx FILE…",
  },
  outNotXlsx: {
    "zh-CN": "--out 必须是 .xlsx 文件：{file}",
    "en-US": "--out must name an .xlsx file: {file}",
  },
  teamNotXlsx: {
    "zh-CN":
      "团队表格必须是 .xlsx 工作簿（格式、下拉列表和高亮只存在于工作簿中）：{file}；请在 Excel 中另存为 .xlsx",
    "en-US":
      "The team's sheet must be an .xlsx workbook (formats, dropdowns and highlights live only in a workbook): {file}; save it as .xlsx in Excel",
  },
  settingsInvalid: {
    "zh-CN": "OrderFlow 设置表有问题，请先在 Excel 中修正：{detail}",
    "en-US": "The OrderFlow settings sheet has problems; fix them in Excel first: {detail}",
  },
  noTeamSheet: {
    "zh-CN": "在 {file} 中找不到订单表（需要“订单号”列）；请用 --sheet 指定，或给订单号列加上表头",
    "en-US":
      "No order sheet in {file} (it needs an order id column); name it with --sheet or give the order id column a header",
  },
  wouldDrop: {
    "zh-CN": "不能覆盖 {file}：重写后会丢失 {parts}；请用 --out 写入新文件（原文件保持不变）",
    "en-US":
      "Will not overwrite {file}: rewriting it would lose {parts}; write a new file with --out (the original stays as it is)",
  },
  leftOut: {
    "zh-CN": "注意：{out} 中没有保留 {parts}（文件库无法保留）；原文件 {file} 中它们仍在",
    "en-US":
      "Note: {out} leaves out {parts} (the file library can not keep them); they are still in the original {file}",
  },
  summaryFile: {
    "zh-CN": "{file}：{platform}，{rows} 行，{orders} 个订单，拒绝 {refused} 行",
    "en-US": "{file}: {platform}, {rows} rows, {orders} orders, {refused} refused",
  },
  summaryCounts: {
    "zh-CN":
      "新增 {added}，更新 {changed}，未变 {unchanged}，重复 {duplicates}，冲突 {conflicts}（按订单行计）",
    "en-US":
      "Added {added}, changed {changed}, unchanged {unchanged}, duplicates {duplicates}, conflicts {conflicts} (order lines)",
  },
  summaryFields: { "zh-CN": "更新的字段：{fields}", "en-US": "Fields changed: {fields}" },
  summaryConflict: {
    "zh-CN": "  第 {row} 行 {orderId}：平台“{market}”，团队状态 {from} → {action}",
    "en-US": "  Row {row} {orderId}: marketplace “{market}”, team status {from} → {action}",
  },
  conflictApplied: { "zh-CN": "已按设置改为 {to}", "en-US": "moved to {to} (lead setting)" },
  conflictFlagged: { "zh-CN": "已标记，未改状态", "en-US": "flagged, status kept" },
  summaryRefused: { "zh-CN": "  {file} 第 {row} 行：{message}", "en-US": "  {file} row {row}: {message}" },
  nothingChanged: {
    "zh-CN": "没有任何变化：这些订单已全部在表格中且是最新的；未写入文件",
    "en-US": "Nothing changed: every order is already in the sheet and up to date; no file written",
  },
  dryRun: { "zh-CN": "试运行：未写入任何文件", "en-US": "Dry run: no file written" },
  written: {
    "zh-CN": "已写入 {out}（{rows} 行新增，{cells} 个单元格，{log} 条日志）",
    "en-US": "Wrote {out} ({rows} rows added, {cells} cells, {log} log rows)",
  },
  "feature.charts": { "zh-CN": "图表 {count} 个", "en-US": "{count} chart(s)" },
  "feature.pivotTables": { "zh-CN": "数据透视表 {count} 个", "en-US": "{count} PivotTable(s)" },
  "feature.macros": { "zh-CN": "宏（VBA）", "en-US": "macros (VBA)" },
  "feature.externalLinks": { "zh-CN": "外部链接 {count} 个", "en-US": "{count} external link(s)" },
  "feature.slicers": { "zh-CN": "切片器 {count} 个", "en-US": "{count} slicer(s)" },
  "feature.timelines": { "zh-CN": "日程表 {count} 个", "en-US": "{count} timeline(s)" },
  "feature.threadedComments": { "zh-CN": "批注会话", "en-US": "threaded comments" },
  "feature.dataConnections": { "zh-CN": "数据连接 / Power Query", "en-US": "data connections / Power Query" },
  "feature.shapes": { "zh-CN": "形状和文本框", "en-US": "shapes and text boxes" },
  "feature.formControls": { "zh-CN": "表单控件", "en-US": "form controls" },
  "feature.extendedRules": {
    "zh-CN": "Excel 2010 起的扩展规则（数据条、图标集、迷你图、引用其他表的下拉列表）",
    "en-US": "Excel 2010+ rule extensions (data bars, icon sets, sparklines, lists on other sheets)",
  },
  "feature.customProperties": { "zh-CN": "自定义文档属性", "en-US": "custom document properties" },
} as const satisfies Catalog;
