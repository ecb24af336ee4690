/** In-memory, stricter-than-Excel fake of the Excel JavaScript API used by OrderFlow (tests and preview only). */
export { createFakeExcel } from "./host";
export type { CellInfo, FakeExcelHost, SeedCell } from "./host";
export type { FakeExcelOptions } from "./core";
export type { ConditionalFormatInfo } from "./conditionalFormats";
export { parseAddress } from "./address";
