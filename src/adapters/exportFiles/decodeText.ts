/** The encodings OrderFlow recognises in CSV/TSV exports (docs/ORDER-EXPORTS.md §0). */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * Decodes an export's bytes: a BOM decides; otherwise UTF-16 without BOM is recognised by its zero
 * bytes, valid UTF-8 is UTF-8, and anything else is GB18030 (Taobao/Tmall, a superset of GBK) when
 * the high bytes read as Chinese text, else Windows-1252 (Amazon NA/EU).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return { text: new TextDecoder(bomless16).decode(bytes), encoding: bomless16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: one of the legacy single/double-byte code pages.
  }
  // The Encoding Standard's decoders (https://encoding.spec.whatwg.org/), in browsers and in Node: the
  // task pane reads exports with no Node API.
  const asChinese = new TextDecoder("gb18030").decode(bytes);
  if (looksChinese(asChinese)) return { text: asChinese, encoding: "gb18030" };
  return { text: windows1252(bytes), encoding: "windows-1252" };
}

/**
 * Windows-1252 as the Encoding Standard defines it. Browsers decode it so; Node's `TextDecoder` treats the
 * label as ISO-8859-1 and gives C1 controls for 0x80–0x9F (€, curly quotes, dashes, ™ in Amazon exports),
 * so those are mapped here (https://encoding.spec.whatwg.org/index-windows-1252.txt).
 */
function windows1252(bytes: Uint8Array): string {
  const text = new TextDecoder("windows-1252").decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (ch) => C1_AS_1252[ch.charCodeAt(0) - 0x80] ?? ch);
}

const C1_AS_1252 = [
  "\u20ac",
  "\u0081",
  "\u201a",
  "\u0192",
  "\u201e",
  "\u2026",
  "\u2020",
  "\u2021",
  "\u02c6",
  "\u2030",
  "\u0160",
  "\u2039",
  "\u0152",
  "\u008d",
  "\u017d",
  "\u008f",
  "\u0090",
  "\u2018",
  "\u2019",
  "\u201c",
  "\u201d",
  "\u2022",
  "\u2013",
  "\u2014",
  "\u02dc",
  "\u2122",
  "\u0161",
  "\u203a",
  "\u0153",
  "\u009d",
  "\u017e",
  "\u0178",
];

/** UTF-16 text of mostly ASCII has a zero in every other byte; which half tells the byte order. */
function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros / pairs > 0.4 && evenZeros / pairs < 0.05) return "utf-16le";
  if (evenZeros / pairs > 0.4 && oddZeros / pairs < 0.05) return "utf-16be";
  return undefined;
}

/** Most non-ASCII characters are CJK ideographs or CJK punctuation, and nothing failed to decode. */
function looksChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) return false;
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef)
    )
      cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii > 0.8;
}
