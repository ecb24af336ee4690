import { contrastRatio, DEFAULT_TAGS, normalizeColour } from "../../../src/core/tags";

describe("DEFAULT_TAGS", () => {
  it("ranks the six default tags as docs/DESIGN.md lists them", () => {
    expect(DEFAULT_TAGS.map((tag) => [tag.name, tag.label["en-US"], tag.rank])).toEqual([
      ["加急", "Urgent", 1],
      ["VIP", "VIP", 2],
      ["定制", "Custom", 3],
      ["贺卡", "Gift note", 4],
      ["预售", "Pre-sale", 5],
      ["补发", "Reship", 6],
    ]);
  });

  it.each(DEFAULT_TAGS.map((tag) => [tag.name, tag.font, tag.fill] as const))(
    "writes %s in %s on %s with at least WCAG AA contrast",
    (_name, font, fill) => {
      expect(contrastRatio(font, fill)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("uses light fills and dark fonts in #RRGGBB form", () => {
    for (const tag of DEFAULT_TAGS) {
      expect(tag.fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(tag.font).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrastRatio(tag.fill, "#FFFFFF")).toBeLessThan(1.5);
      expect(contrastRatio(tag.font, "#FFFFFF")).toBeGreaterThan(4.5);
    }
  });

  it("keeps every name and alias unique and free of separators", () => {
    const names = DEFAULT_TAGS.flatMap((tag) => [tag.name, ...tag.aliases].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toMatch(/[\s,，、;；]/);
  });
});

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#FFFFFF", 21],
    ["#FFFFFF", "#000000", 21],
    ["#777777", "#FFFFFF", 4.48],
    ["#123456", "#123456", 1],
  ])("rates %s on %s at %d", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
});

describe("normalizeColour", () => {
  it.each([
    ["#fde2e1", "#FDE2E1"],
    ["FDE2E1", "#FDE2E1"],
    ["#abc", "#AABBCC"],
    ["＃ＦＦ００００", "#FF0000"],
    ["red", undefined],
    ["#12345", undefined],
  ])("reads %j as %j", (text, colour) => {
    expect(normalizeColour(text)).toBe(colour);
  });
});
