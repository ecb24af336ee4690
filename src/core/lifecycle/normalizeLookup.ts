/**
 * Text as compared by every lookup of the lifecycle module: NFKC (full-width → half-width, `，` → `,`),
 * trimmed, runs of white space collapsed to one space, lower-cased.
 */
export function normalizeLookup(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}
