/** In-memory, stricter-than-Excel fake of the Excel JavaScript API used by OrderFlow (tests and preview only). */
export { createFakeExcel } from "./host";
export type {
  CellInfo,
  FakeExcelHost,
  FakeExcelNamespace,
  FakeOfficeExtensionNamespace,
  FakeOfficeNamespace,
  FakeWorkbookState,
  RaiseChangeOptions,
  SeedCell,
  ValidationInfo,
} from "./host";
export type { FakeExcelOptions, FakeStats, SyncRecord } from "./core";
export { DEFAULT_LIMIT } from "./core";
export { FakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
export type { ConditionalFormatInfo } from "./conditionalFormats";
export { formatAddress, parseAddress, quoteSheetName, MAX_COLUMNS, MAX_ROWS } from "./address";
export { dateToSerial, renderText } from "./cells";
