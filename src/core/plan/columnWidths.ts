/*
 * Excel measures a column in points; its default font (Calibri 11) draws a digit 7 px wide, a CJK
 * character about 15 px, and a column adds 5 px of padding (96 dpi: 1 px = 0.75 pt). A number that does
 * not fit shows as `###`, so a date-time column needs room for all 16 characters of `yyyy-mm-dd hh:mm`.
 */
const LATIN_PX = 7;
const WIDE_PX = 15;
const PADDING_PX = 12;
const POINTS_PER_PX = 0.75;
/** No column setup adds grows wider than this (a long team name wraps instead). */
const MAX_POINTS = 220;

function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  // CJK, Hangul, kana, full-width forms and ideographic punctuation.
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Points Excel needs to show `text` in one line in its default font. */
export function textWidthPoints(text: string): number {
  let px = PADDING_PX;
  for (const char of text) px += isWide(char) ? WIDE_PX : LATIN_PX;
  return px * POINTS_PER_PX;
}

/** A column width (points) that shows every one of `texts` whole, at most MAX_POINTS. */
export function columnWidthFor(texts: readonly string[]): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, textWidthPoints(text));
  return Math.min(MAX_POINTS, Math.ceil(widest));
}
