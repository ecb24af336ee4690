/**
 * A header as it is compared: NFKC (full-width → half-width, `（）` → `()`, `：` → `:`), no zero-width
 * characters or `*` marks, white space collapsed and removed next to brackets, Latin lower-cased, no trailing `:`.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200B-\u200D\uFEFF]/gu, "")
    .replace(/\*/gu, "")
    .replace(/\s+/gu, " ")
    .replace(/\s*([()])\s*/gu, "$1")
    .trim()
    .toLowerCase()
    .replace(/\s*:+$/u, "")
    .trim();
}
