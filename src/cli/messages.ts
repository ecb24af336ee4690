import { READ_MESSAGES } from "../adapters/exportFiles/readExport";
import type { Catalog } from "../core/i18n/translate";

export const CLI_MESSAGES = {
  usage: {
    "zh-CN":
      "用法：orderflow inspect <文件> [--sheet 工作表名] [--json] [--lang zh-CN|en-US]\n  检查 CSV、TSV/TXT 或 XLSX 订单导出：识别平台、表头行、字段映射和问题行。",
    "en-US":
      "Usage: orderflow inspect <file> [--sheet NAME] [--json] [--lang zh-CN|en-US]\n  Inspects a CSV, TSV/TXT or XLSX order export: platform, header row, column mapping and problem rows.",
  },
  unknownCommand: {
    "zh-CN": "未知命令“{command}”，请运行 orderflow --help",
    "en-US": "Unknown command “{command}”; run orderflow --help",
  },
  unknownOption: {
    "zh-CN": "未知选项“{option}”，请运行 orderflow --help",
    "en-US": "Unknown option “{option}”; run orderflow --help",
  },
  missingFile: {
    "zh-CN": "请指定要检查的文件：orderflow inspect <文件>",
    "en-US": "Name the file to inspect: orderflow inspect <file>",
  },
  optionNeedsValue: { "zh-CN": "选项 {option} 需要一个值", "en-US": "Option {option} needs a value" },
  fileMissing: { "zh-CN": "找不到文件：{file}", "en-US": "File not found: {file}" },
  notAFile: { "zh-CN": "{file} 是文件夹，不是文件", "en-US": "{file} is a folder, not a file" },
  ...READ_MESSAGES,
  sheetMissing: {
    "zh-CN": "工作簿里没有名为“{sheet}”的工作表；现有：{sheets}",
    "en-US": "No sheet named “{sheet}” in the workbook; it has: {sheets}",
  },
  noHeaderRow: {
    "zh-CN": "在前 {rows} 行中找不到订单表头（需要订单号等列）；请确认这是订单导出文件",
    "en-US":
      "No order header row in the first {rows} rows (an order id column and others are needed); is this an order export?",
  },
  emptySheet: { "zh-CN": "工作表“{sheet}”没有内容", "en-US": "Sheet “{sheet}” has no content" },
  pickedSheet: {
    "zh-CN": "工作簿有 {count} 个工作表，选用看起来像订单表的“{sheet}”（用 --sheet 指定其他表）",
    "en-US":
      "The workbook has {count} sheets; using “{sheet}”, which looks like the order sheet (choose another with --sheet)",
  },
  summaryFile: {
    "zh-CN": "文件：{file}（{format}{encoding}）",
    "en-US": "File: {file} ({format}{encoding})",
  },
  summarySheet: { "zh-CN": "工作表：{sheet}", "en-US": "Sheet: {sheet}" },
  summaryPlatform: { "zh-CN": "平台：{platform}", "en-US": "Platform: {platform}" },
  summaryHeader: { "zh-CN": "表头行：第 {row} 行", "en-US": "Header row: {row}" },
  summaryRows: {
    "zh-CN": "数据行：{rows} 行，{orders} 个订单{lineLevel}",
    "en-US": "Data rows: {rows} ({orders} orders{lineLevel})",
  },
  lineLevelNote: { "zh-CN": "（一单多行）", "en-US": "; several rows per order" },
  summaryColumns: { "zh-CN": "识别的列（{count}）：", "en-US": "Recognised columns ({count}):" },
  summaryAmbiguous: {
    "zh-CN": "有歧义、未映射的字段 {field}：候选列 {columns}",
    "en-US": "Ambiguous, left unmapped: {field} could be {columns}",
  },
  summarySuggestions: {
    "zh-CN": "买家留言建议的标签（{count} 行，仅提示）：",
    "en-US": "Tags suggested by buyer notes ({count} rows, hints only):",
  },
  summaryStatuses: {
    "zh-CN": "状态列中的写法（{count} 种）：",
    "en-US": "Status words in the sheet ({count}):",
  },
  statusUnknown: { "zh-CN": "无法判断", "en-US": "can not tell" },
  statusHint: {
    "zh-CN": "提示：“{value}”将被读作“{status}”",
    "en-US": "Hint: {value} will be read as {status}",
  },
  summaryProblems: { "zh-CN": "问题：{count} 个", "en-US": "Problems: {count}" },
  summaryNoProblems: { "zh-CN": "没有发现问题。", "en-US": "No problems found." },
  summaryMoreProblems: {
    "zh-CN": "……另有 {count} 个问题（用 --json 查看全部）",
    "en-US": "… and {count} more (use --json to see all)",
  },
} as const satisfies Catalog;
