import { DEFAULT_TAGS, findTag, parseTags, resolveTags, type TagDef } from "../../../src/core/tags";

describe("findTag", () => {
  it.each([
    ["加急", "加急"],
    ["urgent", "加急"],
    ["URGENT", "加急"],
    ["#urgent", "加急"],
    ["vip", "VIP"],
    ["custom", "定制"],
    ["gift-note", "贺卡"],
    ["pre-sale", "预售"],
    ["reship", "补发"],
  ])("finds %s as %s", (name, tag) => {
    expect(findTag(name)?.name).toBe(tag);
  });

  it("finds nothing for a name outside the palette", () => {
    expect(findTag("易碎")).toBeUndefined();
    expect(findTag("")).toBeUndefined();
  });
});

describe("resolveTags", () => {
  it("sorts palette tags by rank and keeps unknown names in cell order", () => {
    const { known, unknown } = resolveTags(parseTags("补发, 易碎, VIP, urgent, 预售, 大件"));
    expect(known.map((tag) => tag.name)).toEqual(["加急", "VIP", "预售", "补发"]);
    expect(unknown).toEqual(["易碎", "大件"]);
  });

  it("counts a tag once when it is written by name and by alias", () => {
    expect(resolveTags(["urgent", "加急", "RUSH"]).known.map((tag) => tag.name)).toEqual(["加急"]);
  });

  it("keeps cell order between tags of equal rank", () => {
    const palette: TagDef[] = DEFAULT_TAGS.map((tag) => ({ ...tag, rank: 1 }));
    expect(resolveTags(["预售", "VIP", "加急"], palette).known.map((tag) => tag.name)).toEqual([
      "预售",
      "VIP",
      "加急",
    ]);
  });

  it("uses the team's palette", () => {
    const palette: TagDef[] = [{ ...DEFAULT_TAGS[0]!, name: "易碎", aliases: ["fragile"], rank: 1 }];
    expect(resolveTags(["fragile", "加急"], palette)).toEqual({ known: [palette[0]], unknown: ["加急"] });
  });
});
