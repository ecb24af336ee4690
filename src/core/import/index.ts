export { isFormulaLike } from "./marketFields";
export { IMPORT_MESSAGES } from "./messages";
export { planImport } from "./planImport";
export type { ImportInput, ImportPlan } from "./planImport";
export type { ExportFile } from "./readExportLines";
export type { RefusedRow } from "./types";
export { importBlocker, orderGridOf } from "./importBlocker";
export type { ImportBlocker } from "./importBlocker";
export type { ImportChange, ImportConflict, ImportFileSummary } from "./types";
