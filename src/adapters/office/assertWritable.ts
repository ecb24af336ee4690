import { AdapterFailure } from "./adapterError";

/**
 * Stops an action before its first write when a sheet it writes to is protected, naming that sheet
 * (Excel's AccessDenied names none, and would come after earlier writes went through). Sheets that do
 * not exist are skipped: whoever writes to them reports that. `protection.protected` is ExcelApi 1.2
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection).
 */
export async function assertWritable(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
): Promise<void> {
  const sheets = sheetNames.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    return sheet;
  });
  await context.sync();
  const present = sheets.filter((sheet) => !sheet.isNullObject);
  for (const sheet of present) sheet.protection.load("protected");
  if (present.length > 0) await context.sync();
  const locked = present.find((sheet) => sheet.protection.protected);
  if (locked) throw new AdapterFailure({ kind: "protectedSheet", sheet: locked.name });
}
