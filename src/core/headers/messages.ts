import type { Catalog } from "../i18n/translate";

/** What header detection tells a person; `{row}` is the 1-based sheet row. */
export const HEADER_MESSAGES = {
  "headers.emptyGrid": {
    "zh-CN": "表格是空的，没有可读取的订单",
    "en-US": "The sheet is empty: there are no orders to read",
  },
  "headers.noHeaderRow": {
    "zh-CN": "在前 {scannedRows} 行中没有找到表头（需要订单号等至少两列可识别的列名）",
    "en-US":
      "No header row in the first {scannedRows} rows (it needs at least two recognisable column names, such as the order id)",
  },
  "headers.noHeaderRowBest": {
    "zh-CN": "在前 {scannedRows} 行中没有找到表头；第 {row} 行最接近，但只认出 {hits} 个列名",
    "en-US":
      "No header row in the first {scannedRows} rows; row {row} came closest with only {hits} recognised column name(s)",
  },
  "headers.ambiguous": {
    "zh-CN": "有多列都可能是「{field}」：{columns}，请选择其中一列",
    "en-US": 'Several columns could be "{field}": {columns}; please choose one',
  },
  "headers.extraHeaderRow": {
    "zh-CN": "第 {row} 行看起来也是表头（列名），没有当作订单读取；如果它是订单，请改正它的内容",
    "en-US":
      "Row {row} looks like a second header row (column names) and is not read as an order; if it is an order, correct it",
  },
} as const satisfies Catalog;
