export { isFormulaLike } from "./marketFields";
export { IMPORT_MESSAGES } from "./messages";
export { planImport } from "./planImport";
export type { ImportInput, ImportPlan } from "./planImport";
export type { ExportFile } from "./readExportLines";
export type { RefusedRow } from "./types";
