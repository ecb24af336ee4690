/** What a list cell named: the items it recognised, in order without repeats, and the words it did not. */
export interface SplitListResult<T> {
  readonly found: T[];
  readonly unknown: string[];
}

/**
 * Reads a list cell of the settings sheet (`toProcess, cancelled`, `待处理、已取消`, `To process Cancelled`).
 * Items are separated by `,` `，` `、` `;` `；` or white space; since labels may contain spaces
 * (`To process`), each run of words is matched greedily, longest first, against `resolve`.
 * Consecutive unrecognised words are reported together.
 */
export function splitList<T>(text: string, resolve: (name: string) => T | undefined): SplitListResult<T> {
  const found: T[] = [];
  const unknown: string[] = [];
  const pieces = text
    .normalize("NFKC")
    .split(/[,，、;；]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
  for (const piece of pieces) {
    const words = piece.split(/\s+/);
    let pending: string[] = [];
    let i = 0;
    while (i < words.length) {
      let matched = false;
      for (let j = words.length; j > i; j -= 1) {
        const item = resolve(words.slice(i, j).join(" "));
        if (item !== undefined) {
          if (pending.length > 0) unknown.push(pending.join(" "));
          pending = [];
          if (!found.includes(item)) found.push(item);
          i = j;
          matched = true;
          break;
        }
      }
      if (!matched) {
        pending.push(words[i] ?? "");
        i += 1;
      }
    }
    if (pending.length > 0) unknown.push(pending.join(" "));
  }
  return { found, unknown };
}
