import type { Catalog } from "../i18n/translate";

/** What the value parsers' outcomes mean to a person; `{raw}` is the cell text as found. */
export const VALUE_MESSAGES = {
  "values.idScientific": {
    "zh-CN": "编号已被 Excel 改成科学计数法（{raw}），末尾数字已丢失，请从平台重新导出",
    "en-US":
      "Excel turned this id into scientific notation ({raw}); its last digits are lost, export it again from the platform",
  },
  "values.idPrecisionLost": {
    "zh-CN": "编号超过 15 位，已被 Excel 当作数字截断（{raw}），请从平台重新导出",
    "en-US":
      "This id has more than 15 digits and Excel stored it as a number ({raw}); digits are lost, export it again",
  },
  "values.masked": {
    "zh-CN": "平台已加密或隐藏此信息（{raw}）",
    "en-US": "The platform masked or encrypted this value ({raw})",
  },
  "values.dateInvalid": {
    "zh-CN": "无法识别的日期时间：{raw}",
    "en-US": "Not a date and time we can read: {raw}",
  },
  "values.amountInvalid": {
    "zh-CN": "无法识别的金额：{raw}",
    "en-US": "Not an amount we can read: {raw}",
  },
  "values.integerInvalid": {
    "zh-CN": "数量应为整数：{raw}",
    "en-US": "A quantity must be a whole number: {raw}",
  },
} as const satisfies Catalog;
