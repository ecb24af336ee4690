import type { PortError } from "../../core/port";

/** The adapter's errors are the port's: what the pane shows. */
export type AdapterError = PortError;

/** Thrown inside an `Excel.run` to stop it with a typed error (caught by `runExcel`). */
export class AdapterFailure extends Error {
  constructor(readonly error: AdapterError) {
    super(error.kind);
  }
}

/** Maps what `Excel.run` threw to a typed error; `sheet` names the sheet the action worked on. */
export function toAdapterError(thrown: unknown, sheet = "", requiredApi = "1.12"): AdapterError {
  if (thrown instanceof AdapterFailure) return thrown.error;
  const code = typeof thrown === "object" && thrown !== null && "code" in thrown ? String(thrown.code) : "";
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  switch (code) {
    case "AccessDenied":
      return { kind: "protectedSheet", sheet };
    case "InvalidOperationInCellEditMode":
      return { kind: "cellEditMode" };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return { kind: "payloadTooLarge" };
    case "ApiNotFound":
      return { kind: "requirementMissing", set: "ExcelApi", version: requiredApi };
    case "ItemNotFound":
    case "InvalidObjectPath":
      return { kind: "sheetMissing", sheet };
    default:
      return { kind: "unexpected", code: code || "Error", detail };
  }
}
