import { DEFAULT_TAGS } from "./defaultTags";
import { tagKey } from "./parseTags";
import type { TagDef } from "./tagDef";

/** The palette tag a name means, by name or alias (case-insensitive, `#` ignored). */
export function findTag(name: string, palette: readonly TagDef[] = DEFAULT_TAGS): TagDef | undefined {
  const key = tagKey(name);
  if (key === "") return undefined;
  return palette.find(
    (tag) => tagKey(tag.name) === key || tag.aliases.some((alias) => tagKey(alias) === key),
  );
}

/**
 * Splits tag names into palette tags (each once, most important first; alias-aware: `urgent` → 加急)
 * and names the palette does not know (each once, in order).
 */
export function resolveTags(
  names: readonly string[],
  palette: readonly TagDef[] = DEFAULT_TAGS,
): { known: TagDef[]; unknown: string[] } {
  const known: TagDef[] = [];
  const unknown: string[] = [];
  const unknownKeys = new Set<string>();
  for (const name of names) {
    const tag = findTag(name, palette);
    if (tag) {
      if (!known.includes(tag)) known.push(tag);
    } else {
      const key = tagKey(name);
      if (key !== "" && !unknownKeys.has(key)) {
        unknownKeys.add(key);
        unknown.push(name);
      }
    }
  }
  // Array.prototype.sort is stable: equal ranks keep cell order.
  known.sort((a, b) => a.rank - b.rank);
  return { known, unknown };
}
