import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { AdapterError } from "./adapterError";
import { toAdapterError } from "./adapterError";
import { isApiSupported } from "./requirements";

/** The requirement set the manifest declares. */
export const REQUIRED_API = "1.12";

/**
 * One `Excel.run` per user action, with Excel's errors turned into typed ones at the edge.
 * `delayForCellEdit` queues the batch until the user leaves cell-edit mode instead of failing
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions) — right for event handlers,
 * not for buttons, where the user should hear that a cell is being edited.
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: {
    readonly sheet?: string;
    readonly delayForCellEdit?: boolean;
    /** The lowest ExcelApi set the action works on (default the manifest's 1.12; the review degrades to 1.7). */
    readonly requiredApi?: string;
  } = {},
): Promise<Result<T, AdapterError>> {
  // A host that lacks the set gets a sentence, not a stack trace.
  const required = options.requiredApi ?? REQUIRED_API;
  if (!isApiSupported(required))
    return err({ kind: "requirementMissing", set: "ExcelApi", version: required });
  try {
    const value = options.delayForCellEdit
      ? await Excel.run({ delayForCellEdit: true }, batch)
      : await Excel.run(batch);
    return ok(value);
  } catch (thrown) {
    return err(toAdapterError(thrown, options.sheet, required));
  }
}
