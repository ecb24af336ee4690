/** The one Result type of OrderFlow: a value, or the reasons there is none. Throw only for programmer errors. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/** For `switch` statements over unions: a compile error when a case is missing, a throw if reached anyway. */
export function exhaustiveSwitchError(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
