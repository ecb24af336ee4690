/**
 * A cell's text as Excel displays it: the stored value through the cell's number format, rendered by
 * numfmt (an implementation of ECMA-376 number formats that follows Excel's own quirks: General's
 * 11 significant digits and scientific notation, date and time codes, sections, colours, text `@`).
 * https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
 */
import { format, formatColor } from "numfmt";

export interface DisplayedText {
  readonly text: string;
  /** A colour the number format asks for (`[Red]`), as CSS. */
  readonly color?: string;
}

const NO_COLOR: DisplayedText = { text: "" };

export function displayText(value: string | number | boolean, numberFormat: string): DisplayedText {
  if (value === "") return NO_COLOR;
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  const pattern = numberFormat === "" ? "General" : numberFormat;
  try {
    const text = format(pattern, value, { throws: true, nbsp: false });
    const color = formatColor(pattern, value, { throws: false });
    return typeof color === "string" ? { text, color } : { text };
  } catch {
    // A pattern numfmt can not read: Excel would have refused it on entry; show the value plainly.
    return { text: String(value) };
  }
}
