/** `#RRGGBB` / `RRGGBB` / `#RGB` (any case, full-width tolerated) as `#RRGGBB`, or undefined. */
export function normalizeColour(text: string): string | undefined {
  const hex = text.normalize("NFKC").trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `#${hex}`;
  if (/^[0-9A-F]{3}$/.test(hex)) return `#${[...hex].map((digit) => digit + digit).join("")}`;
  return undefined;
}

function luminance(colour: string): number {
  const hex = normalizeColour(colour);
  if (hex === undefined) throw new Error(`Not a colour: ${colour}`);
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two `#RRGGBB` colours (1 to 21; AA text needs 4.5). Throws on a non-colour. */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
