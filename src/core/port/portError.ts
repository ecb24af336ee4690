import type { Catalog, MessageParams } from "../i18n/translate";

/**
 * What can go wrong talking to Excel, as a person would need to hear it. Error codes are Excel's
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes) and OfficeExtension's.
 */
export type PortError =
  | { readonly kind: "protectedSheet"; readonly sheet: string }
  | { readonly kind: "cellEditMode" }
  | { readonly kind: "sheetMissing"; readonly sheet: string }
  | { readonly kind: "tableFiltered"; readonly table: string }
  | { readonly kind: "payloadTooLarge" }
  | { readonly kind: "requirementMissing"; readonly set: string; readonly version: string }
  | { readonly kind: "notSetUp" }
  | { readonly kind: "noHeaderRow"; readonly sheet: string }
  | { readonly kind: "emptySheet"; readonly sheet: string }
  | { readonly kind: "settingsInvalid"; readonly detail: string }
  | { readonly kind: "setupRefused"; readonly detail: string }
  | { readonly kind: "unexpected"; readonly code: string; readonly detail: string };

export const PORT_ERROR_MESSAGES = {
  protectedSheet: {
    "zh-CN": "工作表“{sheet}”受保护，无法写入。请在“审阅 › 撤消工作表保护”后重试；未做任何更改。",
    "en-US":
      "Sheet “{sheet}” is protected, so OrderFlow can not write to it. Unprotect it (Review › Unprotect Sheet) and try again; nothing was changed.",
  },
  cellEditMode: {
    "zh-CN": "有单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试；未做任何更改。",
    "en-US":
      "A cell is being edited. Press Enter or Esc to finish editing, then try again; nothing was changed.",
  },
  sheetMissing: {
    "zh-CN": "找不到工作表“{sheet}”（可能已被删除或重命名）。请重新打开订单表并再次设置。",
    "en-US": "Sheet “{sheet}” is gone (deleted or renamed). Open the order sheet and set it up again.",
  },
  tableFiltered: {
    "zh-CN":
      "表格“{table}”正在筛选，Excel 不允许此时添加列。请先清除筛选（数据 › 清除）后重试；未做任何更改。",
    "en-US":
      "Table “{table}” is filtered, and Excel can not add columns to a filtered table. Clear the filter (Data › Clear) and try again; nothing was changed.",
  },
  payloadTooLarge: {
    "zh-CN": "一次要传给 Excel 的数据太多。请选择较少的行后重试；未做任何更改。",
    "en-US": "Too much data for one request to Excel. Select fewer rows and try again; nothing was changed.",
  },
  requirementMissing: {
    "zh-CN":
      "此版本的 Excel 不支持所需功能（{set} {version}）。请使用 Microsoft 365、Excel 2021 或更新版本，或使用网页版 Excel。",
    "en-US":
      "This version of Excel lacks a feature OrderFlow needs ({set} {version}). Use Microsoft 365, Excel 2021 or later, or Excel on the web.",
  },
  notSetUp: {
    "zh-CN": "这个工作簿还没有设置工作流。请在任务窗格中点击“设置工作流”。",
    "en-US": "This workbook has no workflow yet. Click “Set up workflow” in the pane.",
  },
  noHeaderRow: {
    "zh-CN": "在工作表“{sheet}”前 30 行中找不到订单表头（需要订单号等列）。请打开订单表后重试。",
    "en-US":
      "No order header in the first 30 rows of “{sheet}” (an order id column and others are needed). Open the order sheet and try again.",
  },
  emptySheet: {
    "zh-CN": "工作表“{sheet}”是空的。请打开订单表或粘贴订单导出后重试。",
    "en-US": "Sheet “{sheet}” is empty. Open the order sheet or paste an order export, then try again.",
  },
  settingsInvalid: {
    "zh-CN": "OrderFlow 设置表有误：{detail}。请修正后重试。",
    "en-US": "The OrderFlow settings sheet has a problem: {detail}. Fix it and try again.",
  },
  setupRefused: {
    "zh-CN": "无法按这个映射设置：{detail}",
    "en-US": "Setup can not work with this mapping: {detail}",
  },
  unexpected: {
    "zh-CN": "Excel 报告了意外错误（{code}）。请重试；如果仍然失败，请重新打开工作簿。",
    "en-US":
      "Excel reported an unexpected error ({code}). Try again; if it keeps failing, reopen the workbook.",
  },
} as const satisfies Catalog & Record<PortError["kind"], unknown>;

/** The parameters of an error's message. */
export function portErrorParams(error: PortError): MessageParams {
  switch (error.kind) {
    case "protectedSheet":
    case "sheetMissing":
    case "noHeaderRow":
    case "emptySheet":
      return { sheet: error.sheet };
    case "tableFiltered":
      return { table: error.table };
    case "requirementMissing":
      return { set: error.set, version: error.version };
    case "settingsInvalid":
    case "setupRefused":
      return { detail: error.detail };
    case "unexpected":
      return { code: error.code };
    case "cellEditMode":
    case "payloadTooLarge":
    case "notSetUp":
      return {};
  }
}
