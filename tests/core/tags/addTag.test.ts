import fc from "fast-check";
import { addTag, DEFAULT_TAGS, parseTags, removeTag, resolveTags } from "../../../src/core/tags";

describe("addTag", () => {
  it.each([
    [null, "加急", "加急"],
    ["", "VIP", "VIP"],
    ["VIP", "加急", "VIP, 加急"],
    ["VIP，定制", "urgent", "VIP, 定制, 加急"],
    ["易碎", "#预售", "易碎, 预售"],
    ["加急", "易碎", "加急, 易碎"],
    ["VIP", "加急 定制", "VIP, 加急, 定制"],
  ] as const)("adds to %j the tag %s giving %j", (cell, tag, text) => {
    expect(addTag(cell, tag)).toBe(text);
  });

  it.each([
    ["加急、VIP", "加急"],
    ["urgent、VIP", "加急"],
    ["加急、VIP", "rush"],
    ["vip", "VIP"],
    ["VIP", ""],
  ])("leaves %j as typed when %s is already there", (cell, tag) => {
    expect(addTag(cell, tag)).toBe(cell);
  });
});

describe("removeTag", () => {
  it.each([
    ["加急, VIP", "加急", "VIP"],
    ["urgent；VIP", "加急", "VIP"],
    ["加急 urgent VIP", "rush", "VIP"],
    ["VIP", "vip", ""],
    ["易碎、大件", "易碎", "大件"],
  ])("removes from %j the tag %s giving %j", (cell, tag, text) => {
    expect(removeTag(cell, tag)).toBe(text);
  });

  it("leaves the cell as typed when the tag is not there", () => {
    expect(removeTag("VIP、定制", "加急")).toBe("VIP、定制");
  });
});

describe("addTag and removeTag", () => {
  const word = fc.oneof(
    fc.constantFrom(...DEFAULT_TAGS.flatMap((tag) => [tag.name, ...tag.aliases]), "易碎", "大件", "Fragile"),
    fc.stringMatching(/^[a-zA-Z\u4e00-\u4e10]{1,5}$/),
  );
  const cell = fc
    .tuple(
      fc.array(word, { maxLength: 6 }),
      fc.array(fc.constantFrom(",", "，", "、", ";", "；", " ", "\u3000", ", "), {
        minLength: 6,
        maxLength: 6,
      }),
    )
    .map(([words, seps]) => words.map((w, i) => `${i === 0 ? "" : seps[i % seps.length]}${w}`).join(""));

  it("are idempotent and do what they say", () => {
    fc.assert(
      fc.property(cell, word, (text, tag) => {
        const added = addTag(text, tag);
        expect(addTag(added, tag)).toBe(added);
        expect(parseTags(added).length).toBeGreaterThanOrEqual(parseTags(text).length);

        const removed = removeTag(text, tag);
        expect(removeTag(removed, tag)).toBe(removed);
        expect(addTag(removeTag(added, tag), tag)).toBe(
          addTag(removed, tag), // removing then adding again gives the same cell whatever was there
        );
        const known = DEFAULT_TAGS.find((def) =>
          [def.name, ...def.aliases].some((n) => n.toLowerCase() === tag.toLowerCase()),
        );
        if (known) {
          expect(resolveTags(parseTags(added)).known).toContain(known);
          expect(resolveTags(parseTags(removed)).known).not.toContain(known);
        }
      }),
    );
  });
});
