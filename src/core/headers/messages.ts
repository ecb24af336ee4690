import type { Catalog } from "../i18n/translate";

/** What header detection tells a person; `{row}` is the 1-based sheet row. */
export const HEADER_MESSAGES = {
  "headers.extraHeaderRow": {
    "zh-CN": "第 {row} 行看起来也是表头（列名），没有当作订单读取；如果它是订单，请改正它的内容",
    "en-US":
      "Row {row} looks like a second header row (column names) and is not read as an order; if it is an order, correct it",
  },
} as const satisfies Catalog;
