import type { Catalog } from "../../core/i18n/translate";
import type { ExportFile } from "../../core/import";
import { orderGridOf } from "../../core/import";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { ReadError } from "./readSpreadsheetBytes";
import { readSpreadsheetBytes } from "./readSpreadsheetBytes";

/** What a person hears about a file that can not be read as a spreadsheet (`{file}`, `{detail}`). */
export const READ_MESSAGES = {
  emptyFile: { "zh-CN": "文件是空的：{file}", "en-US": "The file is empty: {file}" },
  legacyXls: {
    "zh-CN": "{file} 是旧版 .xls 格式；请在 Excel 中另存为 .xlsx 或 CSV 后再试",
    "en-US": "{file} is an old .xls workbook; save it as .xlsx or CSV in Excel and try again",
  },
  notASpreadsheet: {
    "zh-CN": "{file} 不是表格文件（{detail}）；请提供 CSV、TSV/TXT 或 XLSX",
    "en-US": "{file} is not a spreadsheet ({detail}); give a CSV, TSV/TXT or XLSX file",
  },
} as const satisfies Catalog;

/** A file the reader could not make a spreadsheet of (bytes given, so never missing). */
export type ExportReadError = Extract<ReadError, { kind: keyof typeof READ_MESSAGES }>;

/**
 * One marketplace export as an import takes it: the bytes read (any encoding the CLI reads, CSV, TSV/TXT
 * or XLSX) and its order sheet chosen. No Node and no Office API: the CLI and the task pane both use it.
 */
export async function readExport(
  file: string,
  bytes: Uint8Array,
): Promise<Result<ExportFile, ExportReadError>> {
  const read = await readSpreadsheetBytes(file, bytes);
  if (!read.ok) {
    const error = read.error;
    // Bytes in hand: the file exists and is a file.
    if (error.kind === "fileMissing" || error.kind === "notAFile") return err({ kind: "emptyFile", file });
    return err(error);
  }
  return ok({ file, grid: orderGridOf(read.value.sheets) });
}
