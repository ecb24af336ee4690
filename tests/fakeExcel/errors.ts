/**
 * OfficeExtension.Error as the fake raises it. Codes are the strings Excel uses
 * (`Excel.ErrorCodes` / `OfficeExtension.ErrorCodes` in @types/office-js, plus the RichAPI payload codes
 * `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded` from the performance docs).
 */
export type FakeErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "FilteredRangeConflict"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "InvalidSelection"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "NotImplemented"
  | "OperationCellsExceedLimit"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
}

/** The error class exposed as `OfficeExtension.Error`; `code`, `message`, `debugInfo` like the real one. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: FakeOfficeError | null = null;

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "OfficeExtension.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Throws a FakeOfficeError (a `never` helper so call sites read as statements). */
export function fail(code: FakeErrorCode, message: string, errorLocation?: string): never {
  throw new FakeOfficeError(code, message, errorLocation);
}

export const PROPERTY_NOT_LOADED_MESSAGE =
  "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

export const INVALID_OBJECT_PATH_MESSAGE =
  'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.';
