import type { CellValue } from "../grid";

/**
 * Shapes of masked or encrypted personal data in exports: PDD `****`, JD `1******6198`, Taobao
 * `张**`, Douyin ciphertext starting with `##` or `$$` (`##密文`, `$$密文`).
 */
const MASK_PATTERNS: readonly RegExp[] = [
  /\*{2,}/u, // runs of stars: ****, 1******6198, 张**
  /^\p{Script=Han}\*$/u, // one-character surname + one star: 张*
  /^(?:##|\$\$)/u, // Douyin ciphertext prefixes
];

/** True when the cell holds a value that is present but hidden by the platform (`****`, `##密文` …). */
export function isMasked(value: CellValue | undefined): boolean {
  if (typeof value !== "string") return false;
  const text = value.normalize("NFKC").trim();
  return text !== "" && MASK_PATTERNS.some((pattern) => pattern.test(text));
}
