/**
 * Asks Office to load OrderFlow's shared runtime whenever this workbook opens, so the change handler
 * logs edits made before anyone opens the pane. It takes effect from the next time the file is opened
 * (https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open); hosts without
 * SharedRuntime 1.1 (iPad) keep logging only while the pane is open.
 */
export async function loadWithDocument(): Promise<boolean> {
  try {
    if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return false;
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    return true;
  } catch {
    return false;
  }
}
