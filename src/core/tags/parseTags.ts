import { cellText, type CellValue } from "../grid";

/** How tag names compare: NFKC, no leading `#`, case-insensitive (Latin). */
export function tagKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/^#+/, "").toLowerCase();
}

/**
 * The tag names in a tags cell: split on `,` `，` `、` `;` `；` and white space (full-width included),
 * trimmed, without a leading `#`, empties dropped, repeats (case-insensitive) dropped, in cell order.
 */
export function parseTags(cell: CellValue): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const piece of cellText(cell)
    .normalize("NFKC")
    .split(/[,，、;；\s\u3000]+/)) {
    const name = piece.replace(/^#+/, "").trim();
    const key = tagKey(name);
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** Tag names as OrderFlow writes them into a cell: joined with `, `. */
export function formatTags(names: readonly string[]): string {
  return names.join(", ");
}
