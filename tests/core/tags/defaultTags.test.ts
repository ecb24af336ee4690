import { contrastRatio, DEFAULT_TAGS, normalizeColour, parseTags, resolveTags } from "../../../src/core/tags";

describe("DEFAULT_TAGS", () => {
  it("shows a cell's default tags in the rank docs/DESIGN.md gives them, whatever order they were typed in", () => {
    const { known } = resolveTags(parseTags("reship, pre-sale, gift-note, custom, vip, urgent"));
    expect(known.map((tag) => tag.name)).toEqual(["加急", "VIP", "定制", "贺卡", "预售", "补发"]);
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
