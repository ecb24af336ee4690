/**
 * Text as Excel must keep it when written through `Range.values`: Excel parses a written string as if it
 * were typed, so `=SUM(…)` and `@x` become formulas, `00123` and `35153131473293579` numbers (losing the
 * zeros or the last digits), `2026-11-25` a date and `TRUE` a boolean. The apostrophe prefix keeps such
 * text exactly as written (https://support.microsoft.com/office/format-numbers-as-text-583160db-7a1b-4a3d-a20c-4d51f3fd69d2);
 * other text goes as it is. Not for cells formatted as Text ("@"), which keep any string and would show
 * the apostrophe.
 */
export function literalText(value: string): string {
  return CONVERTIBLE.test(value.trim()) || /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

const CONVERTIBLE =
  /^([=+\-@].*|[\d.,]+([eE][+-]?\d+)?%?|\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s.*)?|true|false|TRUE|FALSE|\(\d+\))$/;
