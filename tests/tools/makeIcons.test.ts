import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { probePng } from "../../src/cli/manifest";
import { ICONS, encodePng, renderIcon } from "./makeIcons";

/** Pixels of an 8-bit RGBA PNG whose rows all use filter 0 (what encodePng writes). */
function decodeRgba(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.toString("latin1", offset + 4, offset + 8) === "IDAT")
      idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

const committed = ICONS.flatMap((icon) => icon.sizes.map((size) => [icon.name, size] as const));

describe("makeIcons", () => {
  it("encodes a PNG whose header and pixels read back as written", () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const png = encodePng(pixels, 3, 2);
    expect(probePng(png)).toEqual({ kind: "png", width: 3, height: 2 });
    expect([...decodeRgba(png).pixels]).toEqual([...pixels]);
  });

  it("writes correct CRCs (IEND's is the well-known AE426082)", () => {
    const png = encodePng(new Uint8Array(4), 1, 1);
    expect(png.subarray(png.length - 4).toString("hex")).toBe("ae426082");
  });

  it.each(committed)("has committed assets/%s-%i.png up to date with the drawing code", (name, size) => {
    const png = readFileSync(join(__dirname, "..", "..", "assets", `${name}-${size}.png`));
    const decoded = decodeRgba(png);
    expect([decoded.width, decoded.height]).toEqual([size, size]);
    expect(decoded.pixels.equals(Buffer.from(renderIcon(name, size)))).toBe(true);
  });

  it("draws a tile that is transparent only in its rounded corners", () => {
    const pixels = renderIcon("icon", 32);
    const alphaAt = (x: number, y: number) => pixels[(y * 32 + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBeLessThan(128); // rounded corner
    expect(alphaAt(16, 16)).toBe(255); // middle of the sheet
    expect(alphaAt(1, 16)).toBe(255); // tile edge
  });
});
