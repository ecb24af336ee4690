/**
 * Removes what exports wrap around text to stop Excel from converting it: Taobao `="…"`, a leading
 * `'`, TABs before or after (Douyin/TikTok), surrounding quotes and spaces. Repeats until stable,
 * because the wrappers nest (`"\t="123""`).
 */
export function stripIdDecorations(raw: string): string {
  let text = raw;
  for (;;) {
    const before = text;
    text = text.replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/gu, "");
    if (text.startsWith("=")) text = text.slice(1);
    if (text.startsWith("'")) text = text.slice(1);
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
    if (text === before) return text;
  }
}
