import type { Catalog } from "../i18n/translate";

/** What an import tells a person: refused rows and files, flags written into the problem column. */
export const IMPORT_MESSAGES = {
  "import.idCorrupted": {
    "zh-CN":
      "订单号“{value}”已被 Excel 改成科学计数法或丢失了末尾数字，无法还原；请从平台重新导出，不要先用 Excel 打开再保存",
    "en-US":
      "Order id “{value}” was turned into scientific notation or lost its last digits in Excel and can not be restored; export it again from the platform without opening and saving it in Excel",
  },
  "import.noOrderId": {
    "zh-CN": "这一行没有订单号；请在导出文件中补上订单号，或删除这一行",
    "en-US": "This row has no order id; add it in the export or remove the row",
  },
  "import.notOrderExport": {
    "zh-CN": "这不是订单导出文件（没有找到订单号列{detail}）；请从平台后台导出订单报表",
    "en-US":
      "This is not an order export (no order id column{detail}); export the order report from the platform's seller centre",
  },
  "import.emptyExport": {
    "zh-CN": "文件里没有订单行；请确认导出的时间范围内有订单",
    "en-US": "The file has no order rows; check that the export's date range holds orders",
  },
  "import.platformCollision": {
    "zh-CN":
      "订单号 {orderId} 同时出现在 {platforms} 的导出中，而表格没有“平台”列，无法区分；请先在表格中加一列“平台 Platform”再导入",
    "en-US":
      "Order id {orderId} is in the {platforms} exports and the sheet has no platform column to tell them apart; add a “平台 Platform” column to the sheet, then import again",
  },
  "import.conflictNote": {
    "zh-CN": "平台状态与流程冲突：平台为“{market}”，团队状态为“{status}”，请核对",
    "en-US":
      "Marketplace contradicts the workflow: the marketplace says “{market}”, the team's status is “{status}”; please check",
  },
  "import.marketNote": {
    "zh-CN": "平台状态：{market}",
    "en-US": "Marketplace status: {market}",
  },
  "import.teamNoOrderId": {
    "zh-CN": "团队表格“{sheet}”没有订单号列，无法合并；请给订单号列一个表头，例如“订单号 Order ID”",
    "en-US":
      "The team sheet “{sheet}” has no order id column to merge on; give the order id column a header such as “订单号 Order ID”",
  },
  "import.rowsBelowOrders": {
    "zh-CN":
      "表格“{sheet}”第 {row} 行（“{text}”）在订单下方，新订单会写到那里；请把合计行或备注移到别处，或在它上方插入空行后再导入",
    "en-US":
      "Sheet “{sheet}” has something below the orders at row {row} (“{text}”), where new orders would go; move the totals or notes elsewhere, or insert empty rows above them, then import again",
  },
  "import.cellsBesideTable": {
    "zh-CN":
      "“{sheet}”的订单表格右侧还有其他内容，加列会把它们挤开；请先把它们移走，或不勾选要加的列；未写入任何内容",
    "en-US":
      "Sheet “{sheet}” has cells right of the orders table that a new column would push aside; move them first, or untick the columns to add; nothing was written",
  },
  "import.fileNotExport": {
    "zh-CN":
      "{file}：这不是订单导出文件（没有找到订单号列{detail}）；请从平台后台导出订单报表；未写入任何内容",
    "en-US":
      "{file}: this is not an order export (no order id column{detail}); export the order report from the platform's seller centre; nothing was written",
  },
  "import.fileEmpty": {
    "zh-CN": "{file}：文件里没有订单行；请确认导出的时间范围内有订单；未写入任何内容",
    "en-US":
      "{file}: the file has no order rows; check that the export's date range holds orders; nothing was written",
  },
  "import.idsDestroyed": {
    "zh-CN":
      "{file} 第 {rows} 行的订单号已被 Excel 破坏（如 {value}），无法还原；请从平台重新导出，不要先用 Excel 打开再保存；未写入任何内容",
    "en-US":
      "{file} rows {rows}: the order ids were destroyed by Excel (such as {value}) and can not be restored; export again from the platform without opening and saving in Excel; nothing was written",
  },
  "import.collision": {
    "zh-CN":
      "订单号 {orderId} 同时出现在 {platforms} 的导出中，而团队表格没有“平台”列来区分；请先加一列“平台 Platform”；未写入任何内容",
    "en-US":
      "Order id {orderId} is in the {platforms} exports and the team's sheet has no platform column to tell them apart; add a “平台 Platform” column first; nothing was written",
  },
} as const satisfies Catalog;
