import { DEFAULT_TAGS } from "./defaultTags";
import { findTag } from "./resolveTags";
import type { TagDef } from "./tagDef";

/** Words in a buyer note that suggest a tag. Latin words match whole words; a trailing `*` matches a word start. */
export interface TagKeywords {
  readonly tag: string;
  readonly words: readonly string[];
}

export const DEFAULT_TAG_KEYWORDS: readonly TagKeywords[] = [
  { tag: "加急", words: ["加急", "急", "尽快", "urgent", "asap", "rush"] },
  { tag: "贺卡", words: ["贺卡", "卡片", "祝福", "gift message", "gift note", "gift card", "greeting card"] },
  { tag: "定制", words: ["定制", "刻字", "custom", "customi*", "engrav*", "personali*"] },
  { tag: "预售", words: ["预售", "presale", "pre-sale", "preorder", "pre-order"] },
  { tag: "补发", words: ["补发", "重发", "reship*", "re-ship*", "resend"] },
];

// "不急", "不用加急", "无需刻字", "not urgent", "no rush": the buyer says the opposite.
const CJK_NEGATION = /不|别|勿|无需|无须|不必/;
const LATIN_NEGATION = /\b(?:not|no|don't|dont|never|isn't)\s+(?:very\s+|so\s+|that\s+)?$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where `word` occurs in `note` (already NFKC + lower case) without a negation right before it. */
function findKeyword(note: string, word: string): boolean {
  const prefix = word.endsWith("*");
  const stem = (prefix ? word.slice(0, -1) : word).normalize("NFKC").toLowerCase();
  if (stem === "") return false;
  const latin = /[a-z]/.test(stem);
  const pattern = latin
    ? new RegExp(`(?<![a-z])${escapeRegExp(stem)}${prefix ? "" : "(?![a-z])"}`, "g")
    : new RegExp(escapeRegExp(stem), "g");
  for (const match of note.matchAll(pattern)) {
    const before = note.slice(0, match.index);
    if (latin) {
      if (!LATIN_NEGATION.test(before)) return true;
    } else {
      // Up to three characters back, but not across punctuation: "不错，急用" is not a negation.
      const window =
        before
          .slice(-3)
          .split(/[\s,.!?;:，。！？；：、]/)
          .pop() ?? "";
      if (!CJK_NEGATION.test(window)) return true;
    }
  }
  return false;
}

/**
 * Tags a buyer note suggests, most important first, each with the word that suggested it; only tags of
 * the palette. A suggestion for a person to accept: nothing here ever sets a tag.
 */
export function suggestTags(
  note: string,
  palette: readonly TagDef[] = DEFAULT_TAGS,
  keywords: readonly TagKeywords[] = DEFAULT_TAG_KEYWORDS,
): { tag: string; keyword: string }[] {
  const text = note.normalize("NFKC").toLowerCase();
  const found: { tag: TagDef; keyword: string }[] = [];
  for (const entry of keywords) {
    const tag = findTag(entry.tag, palette);
    if (!tag || found.some((f) => f.tag === tag)) continue;
    const word = entry.words.find((w) => findKeyword(text, w));
    if (word !== undefined) found.push({ tag, keyword: word.replace(/\*$/, "") });
  }
  return found
    .sort((a, b) => a.tag.rank - b.tag.rank)
    .map(({ tag, keyword }) => ({ tag: tag.name, keyword }));
}
