const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * Initials for an owner badge: Chinese names show their given name (the last two characters of a
 * name of three or more, the way teams address each other), others the first letters of two words.
 */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "") return "";
  if (CJK.test(trimmed)) {
    const chars = [...trimmed.replace(/\s+/g, "")];
    return chars.length >= 3 ? chars.slice(-2).join("") : chars.join("");
  }
  const words = trimmed.split(/\s+/);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters
    .map((w) => [...(w ?? "")][0] ?? "")
    .join("")
    .toUpperCase();
}
