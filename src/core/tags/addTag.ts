import { cellText, type CellValue } from "../grid";
import { DEFAULT_TAGS } from "./defaultTags";
import { formatTags, parseTags, tagKey } from "./parseTags";
import { findTag } from "./resolveTags";
import type { TagDef } from "./tagDef";

/** Whether a name in a cell means the same tag as `wanted` (same text, or same palette tag through aliases). */
export function sameTag(name: string, wanted: string, palette: readonly TagDef[]): boolean {
  if (tagKey(name) === tagKey(wanted)) return true;
  const tag = findTag(wanted, palette);
  return tag !== undefined && findTag(name, palette) === tag;
}

function unchanged(cell: CellValue): string {
  return typeof cell === "string" ? cell : cellText(cell);
}

/**
 * The cell text with the tag added under its palette name (`urgent` → 加急), as `a, b, c`.
 * Idempotent: when the tag (or an alias of it) is already there, the cell text comes back unchanged.
 */
export function addTag(cell: CellValue, tag: string, palette: readonly TagDef[] = DEFAULT_TAGS): string {
  const names = parseTags(cell);
  let changed = false;
  // `tag` is read like a cell, so `加急 VIP` adds two tags and a name can never be split on re-reading.
  for (const wanted of parseTags(tag)) {
    const name = findTag(wanted, palette)?.name ?? wanted;
    if (names.some((existing) => sameTag(existing, name, palette))) continue;
    names.push(name);
    changed = true;
  }
  return changed ? formatTags(names) : unchanged(cell);
}

/**
 * The cell text without the tag (nor any alias of it), as `a, b`.
 * Idempotent: when the tag is not there, the cell text comes back unchanged.
 */
export function removeTag(cell: CellValue, tag: string, palette: readonly TagDef[] = DEFAULT_TAGS): string {
  const names = parseTags(cell);
  const unwanted = parseTags(tag);
  const rest = names.filter((existing) => !unwanted.some((name) => sameTag(existing, name, palette)));
  return rest.length === names.length ? unchanged(cell) : formatTags(rest);
}
