import * as bwip from "bwip-js/browser";

/**
 * bwip-js's raw encoder. Its ES module build names the symbol-specific `raw` encoder `raw` and keeps the
 * generic one as `default.raw` (the CommonJS build, which jest loads, exports the generic one as `raw`).
 */
const raw: typeof bwip.raw = (bwip as { default?: { raw?: typeof bwip.raw } }).default?.raw ?? bwip.raw;

/** Blank modules on each side of a barcode (Code 128 asks for ten times the narrowest bar). */
export const QUIET_ZONE = 10;

/**
 * The bars of a Code 128 barcode of `text`, encoded by bwip-js (MIT), as runs of dark modules:
 * `{ start, width }` in modules from the left edge, quiet zone included. Drawn as filled cells, the
 * barcode needs no font and no image support on the machine that prints it.
 */
export function barcodeBars(text: string): { bars: { start: number; width: number }[]; modules: number } {
  const [symbol] = raw("code128", text, {});
  if (!symbol || !("sbs" in symbol)) throw new Error("bwip-js returned no linear symbol for code128");
  const bars: { start: number; width: number }[] = [];
  let at = QUIET_ZONE;
  // sbs alternates bar, space, bar, …, starting with a bar.
  symbol.sbs.forEach((width, i) => {
    if (i % 2 === 0) bars.push({ start: at, width });
    at += width;
  });
  return { bars, modules: at + QUIET_ZONE };
}
