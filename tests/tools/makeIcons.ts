// Draws the OrderFlow icons and writes them to assets/ as PNG (plus an SVG of the same geometry).
// Run once after changing the artwork: `npx tsx tests/tools/makeIcons.ts`, then commit assets/.
//
// Pure Node on purpose: no canvas or image library to install. Shapes are described once, on a
// 32-unit grid, and both rasterised (4x4 supersampling per pixel for anti-aliasing, sRGB "over"
// compositing) and written as SVG. Edges sit on even units so that the 16 px icon stays crisp.
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgb = readonly [number, number, number];

/** A vertical gradient from `top` (at y0) to `bottom` (at y1), or one colour. */
type Paint =
  | { readonly kind: "solid"; readonly color: Rgb }
  | {
      readonly kind: "vertical";
      readonly top: Rgb;
      readonly bottom: Rgb;
      readonly y0: number;
      readonly y1: number;
    };

type Shape =
  | {
      readonly kind: "roundRect";
      readonly x0: number;
      readonly y0: number;
      readonly x1: number;
      readonly y1: number;
      readonly r: number;
      readonly paint: Paint;
    }
  | {
      readonly kind: "polygon";
      readonly points: readonly (readonly [number, number])[];
      readonly paint: Paint;
    }
  /** An arc of a ring: radius r0..r1 around (cx, cy), angles (degrees, clockwise from 3 o'clock) a0..a1. */
  | {
      readonly kind: "arc";
      readonly cx: number;
      readonly cy: number;
      readonly r0: number;
      readonly r1: number;
      readonly a0: number;
      readonly a1: number;
      readonly paint: Paint;
    };

const GRID = 32;

const palette = {
  tileTop: [0x23, 0xa5, 0x6e],
  tileBottom: [0x0c, 0x6b, 0x64],
  sheet: [0xff, 0xff, 0xff],
  clip: [0x0a, 0x4f, 0x48],
  cardDone: [0x10, 0x7c, 0x41],
  cardActive: [0x21, 0xa3, 0x66],
  cardNew: [0x7e, 0xd3, 0xac],
  arrow: [0x0a, 0x4f, 0x48],
} as const satisfies Record<string, Rgb>;

const solid = (color: Rgb): Paint => ({ kind: "solid", color });
const rect = (x0: number, y0: number, x1: number, y1: number, r: number, paint: Paint): Shape => ({
  kind: "roundRect",
  x0,
  y0,
  x1,
  y1,
  r,
  paint,
});

/** The common background: a green-to-teal tile and a white order sheet on a clipboard. */
function tileAndSheet(): Shape[] {
  return [
    rect(0, 0, 32, 32, 6, {
      kind: "vertical",
      top: palette.tileTop,
      bottom: palette.tileBottom,
      y0: 0,
      y1: 32,
    }),
    rect(6, 6, 26, 30, 2, solid(palette.sheet)),
    rect(12, 2, 20, 8, 1.5, solid(palette.clip)),
  ];
}

/** OrderFlow: three kanban columns on the order sheet, emptying left to right, and a flow arrow. */
function orderFlowIcon(): Shape[] {
  const card = (column: number, row: number, color: Rgb): Shape => {
    const x0 = 8 + column * 6;
    const y0 = 12 + row * 6;
    return rect(x0, y0, x0 + 4, y0 + 4, 1, solid(color));
  };
  return [
    ...tileAndSheet(),
    card(0, 0, palette.cardDone),
    card(0, 1, palette.cardDone),
    card(0, 2, palette.cardDone),
    card(1, 0, palette.cardActive),
    card(1, 1, palette.cardActive),
    card(2, 0, palette.cardNew),
    // Flow arrow along the bottom, under the columns that have emptied.
    rect(14, 24, 21, 26, 0, solid(palette.arrow)),
    {
      kind: "polygon",
      points: [
        [20, 21],
        [25, 25],
        [20, 29],
      ],
      paint: solid(palette.arrow),
    },
  ];
}

/**
 * Weekly review: a bar chart on the order sheet and a refresh badge (circular arrow). At 16 px the
 * badge turns to mud, so the small icon keeps only the chart (the button label says "refresh").
 */
function reviewIcon(size: number): Shape[] {
  const bar = (column: number, top: number, color: Rgb): Shape => {
    const x0 = 8 + column * 6;
    return rect(x0, top, x0 + 4, 28, 1, solid(color));
  };
  const chart = [
    ...tileAndSheet(),
    bar(0, 20, palette.cardNew),
    bar(1, 16, palette.cardActive),
    bar(2, 12, palette.cardDone),
  ];
  if (size <= 16) return chart;
  const badge = { cx: 24, cy: 24, r: 8 };
  return [
    ...chart,
    {
      kind: "arc",
      cx: badge.cx,
      cy: badge.cy,
      r0: 0,
      r1: badge.r,
      a0: 0,
      a1: 360,
      paint: solid(palette.sheet),
    },
    {
      kind: "arc",
      cx: badge.cx,
      cy: badge.cy,
      r0: 0,
      r1: badge.r - 1.5,
      a0: 0,
      a1: 360,
      paint: solid(palette.arrow),
    },
    // The refresh arrow: a white ring open at the top right, with its head pointing clockwise.
    {
      kind: "arc",
      cx: badge.cx,
      cy: badge.cy,
      r0: 2.2,
      r1: 4,
      a0: 330,
      a1: 250,
      paint: solid(palette.sheet),
    },
    {
      kind: "polygon",
      points: [
        [badge.cx - 0.5, badge.cy - 6.2],
        [badge.cx + 3.2, badge.cy - 3.1],
        [badge.cx - 0.5, badge.cy - 0.6],
      ],
      paint: solid(palette.sheet),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Rasteriser

function insideRoundRect(s: Extract<Shape, { kind: "roundRect" }>, x: number, y: number): boolean {
  if (x < s.x0 || x > s.x1 || y < s.y0 || y > s.y1) return false;
  const cx = Math.min(Math.max(x, s.x0 + s.r), s.x1 - s.r);
  const cy = Math.min(Math.max(y, s.y0 + s.r), s.y1 - s.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
}

function insidePolygon(points: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideArc(s: Extract<Shape, { kind: "arc" }>, x: number, y: number): boolean {
  const dx = x - s.cx;
  const dy = y - s.cy;
  const d = Math.hypot(dx, dy);
  if (d < s.r0 || d > s.r1) return false;
  const angle = ((Math.atan2(dy, dx) * 180) / Math.PI + 360) % 360;
  return s.a0 <= s.a1 ? angle >= s.a0 && angle <= s.a1 : angle >= s.a0 || angle <= s.a1;
}

function inside(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case "roundRect":
      return insideRoundRect(shape, x, y);
    case "polygon":
      return insidePolygon(shape.points, x, y);
    case "arc":
      return insideArc(shape, x, y);
  }
}

function colorAt(paint: Paint, y: number): Rgb {
  if (paint.kind === "solid") return paint.color;
  const t = Math.min(1, Math.max(0, (y - paint.y0) / (paint.y1 - paint.y0)));
  return [0, 1, 2].map((i) => paint.top[i]! + (paint.bottom[i]! - paint.top[i]!) * t) as unknown as Rgb;
}

const SAMPLES = 4;

/** Renders the shapes at size x size pixels into straight (non-premultiplied) RGBA. */
function rasterise(shapes: readonly Shape[], size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const unit = GRID / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0; // premultiplied accumulation
      for (const shape of shapes) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const x = (px + (sx + 0.5) / SAMPLES) * unit;
            const y = (py + (sy + 0.5) / SAMPLES) * unit;
            if (inside(shape, x, y)) hits++;
          }
        }
        if (hits === 0) continue;
        const coverage = hits / (SAMPLES * SAMPLES);
        const [cr, cg, cb] = colorAt(shape.paint, (py + 0.5) * unit);
        r = cr * coverage + r * (1 - coverage);
        g = cg * coverage + g * (1 - coverage);
        b = cb * coverage + b * (1 - coverage);
        a = coverage + a * (1 - coverage);
      }
      const i = (py * size + px) * 4;
      out[i] = a > 0 ? Math.round(r / a) : 0;
      out[i + 1] = a > 0 ? Math.round(g / a) : 0;
      out[i + 2] = a > 0 ? Math.round(b / a) : 0;
      out[i + 3] = Math.round(a * 255);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// PNG encoder: signature, IHDR, one IDAT (zlib), IEND; CRC-32 over type + data of each chunk.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes straight RGBA pixels as an 8-bit RGBA PNG. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array()),
  ]);
}

// ---------------------------------------------------------------------------------------------
// SVG source of the same geometry

const hex = (c: Rgb): string => `#${c.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;

function toSvg(shapes: readonly Shape[], title: string): string {
  const defs: string[] = [];
  const fill = (paint: Paint): string => {
    if (paint.kind === "solid") return hex(paint.color);
    const id = `g${defs.length}`;
    defs.push(
      `<linearGradient id="${id}" x1="0" y1="${paint.y0}" x2="0" y2="${paint.y1}" gradientUnits="userSpaceOnUse">` +
        `<stop offset="0" stop-color="${hex(paint.top)}"/><stop offset="1" stop-color="${hex(paint.bottom)}"/></linearGradient>`,
    );
    return `url(#${id})`;
  };
  const body = shapes.map((s) => {
    switch (s.kind) {
      case "roundRect":
        return `<rect x="${s.x0}" y="${s.y0}" width="${s.x1 - s.x0}" height="${s.y1 - s.y0}" rx="${s.r}" fill="${fill(s.paint)}"/>`;
      case "polygon":
        return `<polygon points="${s.points.map(([x, y]) => `${x},${y}`).join(" ")}" fill="${fill(s.paint)}"/>`;
      case "arc": {
        const pt = (r: number, a: number): string =>
          `${s.cx + r * Math.cos((a * Math.PI) / 180)},${s.cy + r * Math.sin((a * Math.PI) / 180)}`;
        const large = (s.a1 - s.a0 + 360) % 360 > 180 ? 1 : 0;
        return `<path d="M${pt(s.r1, s.a0)} A${s.r1},${s.r1} 0 ${large} 1 ${pt(s.r1, s.a1)} L${pt(s.r0, s.a1)} A${s.r0},${s.r0} 0 ${large} 0 ${pt(s.r0, s.a0)} Z" fill="${fill(s.paint)}"/>`;
      }
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GRID} ${GRID}" width="${GRID}" height="${GRID}">`,
    `<title>${title}</title>`,
    `<defs>${defs.join("")}</defs>`,
    ...body,
    `</svg>`,
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------

/** Every icon the add-in ships: assets/<name>-<size>.png plus assets/<name>.svg. */
export const ICONS = [
  { name: "icon", title: "OrderFlow 订单流", shapes: orderFlowIcon, sizes: [16, 32, 64, 80, 128] },
  { name: "review", title: "OrderFlow weekly review 周报", shapes: reviewIcon, sizes: [16, 32, 80] },
] as const;

export type IconName = (typeof ICONS)[number]["name"];

/** The straight RGBA pixels of one icon at one size. */
export function renderIcon(name: IconName, size: number): Uint8Array {
  const icon = ICONS.find((candidate) => candidate.name === name)!;
  return rasterise(icon.shapes(size), size);
}

function main(): void {
  const dir = join(__dirname, "..", "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const icon of ICONS) {
    for (const size of icon.sizes) {
      writeFileSync(
        join(dir, `${icon.name}-${size}.png`),
        encodePng(renderIcon(icon.name, size), size, size),
      );
    }
    writeFileSync(join(dir, `${icon.name}.svg`), toSvg(icon.shapes(GRID), icon.title));
    console.log(`${icon.name}: ${icon.sizes.map((s) => `${s}px`).join(", ")} + svg`);
  }
}

if (require.main === module) main();
