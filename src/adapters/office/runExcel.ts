import type { WorkbookOutcome } from "../../core/port";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { AdapterError } from "./adapterError";
import { toAdapterError } from "./adapterError";
import { isApiSupported } from "./requirements";

/** The requirement set the manifest declares. */
export const REQUIRED_API = "1.12";

/**
 * What a run tells `runExcel` about the workbook when it fails: nothing written yet (unchanged), or,
 * once it started writing, what its recovery verified. An action that writes calls `began()` first.
 */
export class RunJournal {
  private wrote = false;
  private verified: WorkbookOutcome | null = null;

  /** The run is about to write. */
  began(): void {
    this.wrote = true;
  }

  /** The run's recovery checked what the failure left behind. */
  settle(outcome: WorkbookOutcome): void {
    this.verified = outcome;
  }

  get outcome(): WorkbookOutcome {
    if (this.verified) return this.verified;
    return this.wrote ? "unknown" : "unchanged";
  }
}

/**
 * Every Excel run of the add-in — pane actions, change events, ribbon commands, the review — goes through
 * this one queue, one at a time: two runs never read the same place and then both write it.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Resolves when every run queued so far has finished. */
export function excelIdle(): Promise<void> {
  return queue.then(() => undefined);
}

/**
 * One `Excel.run` per user action, queued behind the add-in's other runs, with Excel's errors turned
 * into typed ones (and what the failure left behind) at the edge. `delayForCellEdit` queues the batch
 * until the user leaves cell-edit mode instead of failing
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions) — right for event handlers, not for
 * buttons, where the user should hear that a cell is being edited. Where ExcelApi 1.20 allows,
 * `mergeUndoGroup` makes all syncs of the run one undo step; elsewhere Ctrl+Z undoes one sync at a time.
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext, journal: RunJournal) => Promise<T>,
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
  const run = queue.then(() => runNow(batch, options, required));
  queue = run.catch(() => undefined);
  return run;
}

async function runNow<T>(
  batch: (context: Excel.RequestContext, journal: RunJournal) => Promise<T>,
  options: { readonly sheet?: string; readonly delayForCellEdit?: boolean },
  required: string,
): Promise<Result<T, AdapterError>> {
  const journal = new RunJournal();
  const runOptions: Excel.RunOptions = {
    ...(options.delayForCellEdit ? { delayForCellEdit: true } : {}),
    ...(undoGroups() ? { mergeUndoGroup: true } : {}),
  };
  try {
    const value =
      Object.keys(runOptions).length > 0
        ? await Excel.run(runOptions, (context) => batch(context, journal))
        : await Excel.run((context) => batch(context, journal));
    return ok(value);
  } catch (thrown) {
    const error = toAdapterError(thrown, options.sheet, required);
    return err(journal.outcome === "unchanged" ? error : { ...error, outcome: journal.outcome });
  }
}

/** True where one action can be one undo step (ExcelApi 1.20); the pane says undo is per sync elsewhere. */
export function undoGroups(): boolean {
  return isApiSupported("1.20");
}
