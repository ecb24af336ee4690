import type { CellValue } from "../grid";

/**
 * Texts that exports write into a cell to say "nothing here". Kept to the markers actually seen in
 * exports (reference §0: Douyin `-`, `--`, `无`, `null`). `N/A`, `none` or `0` are deliberately NOT
 * markers: a buyer note or a team's own cell may say exactly that and mean it, and a marker we add
 * wrongly erases real text, while a marker we miss only shows up as text.
 */
const EMPTY_MARKERS: ReadonlySet<string> = new Set(["-", "--", "无", "null"]);

/** True for null, blank text and the empty markers `-`, `--`, `无`, `null`/`NULL` (full-width forms too). */
export function isEmptyMarker(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const trimmed = value.trim();
  if (trimmed === "") return true;
  // Every marker is at most four characters, full-width forms included: skip NFKC for longer text.
  if (trimmed.length > 4) return false;
  const text = trimmed.normalize("NFKC").trim();
  if (text === "") return true;
  return EMPTY_MARKERS.has(text.toLowerCase() === "null" ? "null" : text);
}
