import type { PortError } from "../../core/port";

/** The adapter's errors are the port's: what the pane shows. */
export type AdapterError = PortError;

/** Thrown inside an `Excel.run` to stop it with a typed error (caught by `runExcel`). */
export class AdapterFailure extends Error {
  constructor(readonly error: AdapterError) {
    super(error.kind);
  }
}

/** The `code` of what Excel threw ("" when it is not an OfficeExtension.Error). */
export function errorCode(thrown: unknown): string {
  return typeof thrown === "object" && thrown !== null && "code" in thrown ? String(thrown.code) : "";
}

/**
 * Maps what `Excel.run` threw to a typed error; `sheet` names the sheet the action worked on. Codes:
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
 */
export function toAdapterError(thrown: unknown, sheet = "", requiredApi = "1.12"): AdapterError {
  if (thrown instanceof AdapterFailure) return thrown.error;
  const code = errorCode(thrown);
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  switch (code) {
    case "AccessDenied":
      return { kind: "protectedSheet", sheet };
    case "InvalidOperationInCellEditMode":
      return { kind: "cellEditMode" };
    // Excel also answers plain InvalidOperation while a cell is edited; other causes read the same advice.
    case "InvalidOperation":
      return { kind: "invalidOperation" };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return { kind: "payloadTooLarge" };
    // Excel on the web has answered oversized requests with GeneralException (office-js #1314).
    case "GeneralException":
    case "ServiceNotAvailable":
    case "ConnectionFailure":
    case "RequestAborted":
      return { kind: "excelBusy", code };
    case "ApiNotFound":
      return { kind: "requirementMissing", set: "ExcelApi", version: requiredApi };
    case "ItemNotFound":
    case "InvalidObjectPath":
      // Tables, names, settings and rules go missing too; "sheet missing" only when Excel says so.
      return /worksheet/i.test(detail) && sheet
        ? { kind: "sheetMissing", sheet }
        : { kind: "itemMissing", item: itemOf(detail, sheet) };
    case "MergedRangeConflict":
      return { kind: "mergedCells" };
    case "OperationCellsExceedLimit":
      return { kind: "tooManyCells" };
    case "InvalidSelection":
      return { kind: "selectionInvalid" };
    default:
      return { kind: "unexpected", code: code || "Error", detail };
  }
}

/** The quoted name in Excel's message ("The table 'X' doesn't exist."), else the sheet worked on. */
function itemOf(detail: string, sheet: string): string {
  return /'([^']+)'/.exec(detail)?.[1] ?? (sheet || "OrderFlow");
}
