import { DEFAULT_TAGS, suggestTags, type TagDef } from "../../../src/core/tags";

describe("suggestTags", () => {
  it.each([
    ["麻烦加急发货，谢谢", [{ tag: "加急", keyword: "加急" }]],
    ["急用！", [{ tag: "加急", keyword: "急" }]],
    ["请尽快发出", [{ tag: "加急", keyword: "尽快" }]],
    ["Please ship ASAP", [{ tag: "加急", keyword: "asap" }]],
    ["It's URGENT", [{ tag: "加急", keyword: "urgent" }]],
    ["帮忙放一张贺卡，写生日快乐", [{ tag: "贺卡", keyword: "贺卡" }]],
    ["祝福语：新婚快乐", [{ tag: "贺卡", keyword: "祝福" }]],
    ["Gift message: happy birthday", [{ tag: "贺卡", keyword: "gift message" }]],
    ["刻字：张三", [{ tag: "定制", keyword: "刻字" }]],
    ["Engraving: J+K", [{ tag: "定制", keyword: "engrav" }]],
    ["customized size 40cm", [{ tag: "定制", keyword: "customi" }]],
    ["预售款也行", [{ tag: "预售", keyword: "预售" }]],
    ["上次少了一个，请补发", [{ tag: "补发", keyword: "补发" }]],
    ["please reship the missing item", [{ tag: "补发", keyword: "reship" }]],
    [
      "定制刻字，加急，附贺卡",
      [
        { tag: "加急", keyword: "加急" },
        { tag: "定制", keyword: "定制" },
        { tag: "贺卡", keyword: "贺卡" },
      ],
    ],
  ])("suggests for %j: %j", (note, suggestions) => {
    expect(suggestTags(note)).toEqual(suggestions);
  });

  it.each([
    ["", "an empty note"],
    ["不急，慢慢发", "不急"],
    ["不用加急", "不用加急"],
    ["无需加急", "无需加急"],
    ["not urgent, no rush", "English negations"],
    ["customer service was helpful", "custom inside customer"],
    ["东西不错", "unrelated words"],
  ])("suggests nothing for %j (%s)", (note) => {
    expect(suggestTags(note)).toEqual([]);
  });

  it("still reads a keyword after a negation in another clause", () => {
    expect(suggestTags("东西不错，急用")).toEqual([{ tag: "加急", keyword: "急" }]);
  });

  it("suggests only tags of the palette, under the palette's name", () => {
    const palette: TagDef[] = [{ ...DEFAULT_TAGS[0]!, name: "URGENT!", aliases: ["加急"] }];
    expect(suggestTags("加急 贺卡", palette)).toEqual([{ tag: "URGENT!", keyword: "加急" }]);
  });

  it("uses the team's keywords", () => {
    expect(suggestTags("要发顺丰", DEFAULT_TAGS, [{ tag: "加急", words: ["顺丰"] }])).toEqual([
      { tag: "加急", keyword: "顺丰" },
    ]);
  });
});
