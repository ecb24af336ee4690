import type { ImportPlan } from "../import";
import type { ImportResult } from "./workbookPort";

/** What a plan would do, as the pane shows it: nothing written yet. */
export function importResultOf(plan: ImportPlan, sheetName: string): ImportResult {
  return {
    sheetName,
    files: plan.files,
    added: plan.added,
    changed: plan.changed,
    unchanged: plan.unchanged,
    duplicates: plan.duplicates,
    conflicts: plan.conflicts,
    changedFields: plan.changedFields,
    changes: plan.changes,
    conflictList: plan.conflictList,
    refused: plan.refused,
    leftOut: plan.leftOut,
    written: false,
    logged: 0,
  };
}

/** An import that read nothing (no files, or the sheet refused before any plan). */
export function emptyImportResult(sheetName: string): ImportResult {
  return {
    sheetName,
    files: [],
    added: 0,
    changed: 0,
    unchanged: 0,
    duplicates: 0,
    conflicts: 0,
    changedFields: {},
    changes: [],
    conflictList: [],
    refused: [],
    leftOut: [],
    written: false,
    logged: 0,
  };
}
