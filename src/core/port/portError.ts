import type { Catalog, Message, MessageParams } from "../i18n/translate";

/**
 * What can go wrong talking to Excel, as a person would need to hear it. Error codes are Excel's
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes) and OfficeExtension's.
 */
export type PortError = PortErrorKind & {
  /**
   * What the failure left behind, checked by the adapter after it failed: "unchanged" (as before the
   * action), "consistent" (what was done is complete: every changed status has its status time, due and
   * one Activity row), or "unknown" (Excel stopped answering before OrderFlow could check). Absent on errors
   * raised by checks before anything is written, which leave the workbook unchanged.
   */
  readonly outcome?: WorkbookOutcome;
};

export type WorkbookOutcome = "unchanged" | "consistent" | "unknown";

type PortErrorKind =
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
  | { readonly kind: "unexpected"; readonly code: string; readonly detail: string }
  | { readonly kind: "invalidOperation" }
  | { readonly kind: "excelBusy"; readonly code: string }
  | { readonly kind: "itemMissing"; readonly item: string }
  | { readonly kind: "mergedCells" }
  | { readonly kind: "tooManyCells" }
  | { readonly kind: "selectionInvalid" };

export const PORT_ERROR_MESSAGES = {
  protectedSheet: {
    "zh-CN": "工作表“{sheet}”受保护（或其中部分单元格被锁定），无法写入。请在“审阅 › 撤消工作表保护”后重试。",
    "en-US":
      "Sheet “{sheet}” is protected (or some of its cells are locked), so OrderFlow can not write to it. Unprotect it (Review › Unprotect Sheet) and try again.",
  },
  cellEditMode: {
    "zh-CN": "有单元格正在编辑。请按 Enter 或 Esc 结束编辑后重试。",
    "en-US": "A cell is being edited. Press Enter or Esc to finish editing, then try again.",
  },
  sheetMissing: {
    "zh-CN": "找不到工作表“{sheet}”（可能已被删除或重命名）。请重新打开订单表并再次设置。",
    "en-US": "Sheet “{sheet}” is gone (deleted or renamed). Open the order sheet and set it up again.",
  },
  tableFiltered: {
    "zh-CN": "表格“{table}”正在筛选，Excel 不允许此时添加列。请先清除筛选（数据 › 清除）后重试。",
    "en-US":
      "Table “{table}” is filtered, and Excel can not add columns to a filtered table. Clear the filter (Data › Clear) and try again.",
  },
  payloadTooLarge: {
    "zh-CN": "一次要传给 Excel 的数据太多。请选择较少的行后重试。",
    "en-US": "Too much data for one request to Excel. Select fewer rows and try again.",
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
  invalidOperation: {
    "zh-CN": "Excel 此刻拒绝了这项操作（常见原因：有单元格正在编辑）。请按 Enter 或 Esc 结束编辑后重试。",
    "en-US":
      "Excel refused the operation just now (usually because a cell is being edited). Press Enter or Esc to finish editing, then try again.",
  },
  excelBusy: {
    "zh-CN":
      "Excel 处理请求时出现内部错误（{code}），可能是数据太多或网络中断。请稍后重试；若仍失败，请选择较少的行。",
    "en-US":
      "Excel had an internal error handling the request ({code}), often too much data at once or a dropped connection. Try again in a moment; if it keeps failing, select fewer rows.",
  },
  itemMissing: {
    "zh-CN": "找不到“{item}”（可能已被删除或改名）。请在订单表上重新运行“设置工作流”后重试。",
    "en-US":
      "“{item}” is gone (deleted or renamed). Run “Set up workflow” on the order sheet again, then retry.",
  },
  mergedCells: {
    "zh-CN": "表格不能覆盖合并单元格。请先取消合并（开始 › 合并后居中 › 取消合并）后重试。",
    "en-US":
      "A table can not cover merged cells. Unmerge them (Home › Merge & Center › Unmerge Cells) and try again.",
  },
  tooManyCells: {
    "zh-CN":
      "这项操作涉及的单元格超过 Excel 的上限（网页版会把表格右侧直到最后一列都算进去）。请删除表格右侧无用的数据后重试。",
    "en-US":
      "The operation touches more cells than Excel allows (Excel on the web counts every cell right of the table to the last column). Delete stray data to the right of the table and try again.",
  },
  selectionInvalid: {
    "zh-CN": "Excel 无法读取当前选择（可能切换到了另一个工作簿）。请回到订单表选择行后重试。",
    "en-US":
      "Excel could not read the selection (another workbook may have the focus). Go back to the order sheet, select the rows and try again.",
  },
} as const satisfies Catalog & Record<PortError["kind"], unknown>;

/** The sentence after an error's message: what the failure left behind (absent outcome: unchanged). */
export const PORT_OUTCOME_MESSAGES = {
  unchanged: {
    "zh-CN": "工作簿保持原样：未做任何更改。",
    "en-US": "The workbook is as it was: nothing was changed.",
  },
  consistent: {
    "zh-CN":
      "已完成的部分是完整的，没有丢失任何内容：每个改动的状态都有状态时间、截止时间和一条活动记录，历史周指标都在。再运行一次即可完成其余部分。",
    "en-US":
      "What was done is complete and nothing was lost: every changed status has its status time, due time and one Activity row, and past weeks' KPIs are kept. Run it again to finish the rest.",
  },
  unknown: {
    "zh-CN": "Excel 没有回应，OrderFlow 无法确认工作簿的状态。请运行“检查表格”后再重试。",
    "en-US":
      "Excel stopped answering, so OrderFlow could not confirm the workbook's state. Run “Check sheet” before trying again.",
  },
} as const satisfies Catalog & Record<WorkbookOutcome, unknown>;

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
    case "excelBusy":
      return { code: error.code };
    case "itemMissing":
      return { item: error.item };
    case "cellEditMode":
    case "payloadTooLarge":
    case "notSetUp":
    case "invalidOperation":
    case "mergedCells":
    case "tooManyCells":
    case "selectionInvalid":
      return {};
  }
}

/** Said after an action where Excel can not group its requests into one undo step (before ExcelApi 1.20). */
export const UNDO_PER_REQUEST_MESSAGE = {
  "zh-CN":
    "提示：在此版本的 Excel 中，Ctrl+Z 每次只撤消这项操作的一步（先撤消活动记录，再撤消订单表中的单元格），需按多次。",
  "en-US":
    "Note: in this version of Excel, Ctrl+Z takes this action back one step at a time (first the Activity rows, then the order cells), so press it more than once.",
} as const satisfies Message;
