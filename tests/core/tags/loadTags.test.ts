import type { Grid } from "../../../src/core/grid";
import { translate } from "../../../src/core/i18n/translate";
import {
  DEFAULT_TAGS,
  describeTagProblem,
  loadTags,
  tagsToGrid,
  type TagDef,
  type TagProblem,
} from "../../../src/core/tags";

function loaded(grid: Grid): TagDef[] {
  const result = loadTags(grid);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function problemsOf(grid: Grid, originRow?: number): TagProblem[] {
  const result = loadTags(grid, originRow);
  if (result.ok) throw new Error("expected problems");
  return result.error;
}

describe("tagsToGrid", () => {
  it("writes the palette as the settings table", () => {
    const grid = tagsToGrid(DEFAULT_TAGS);
    expect(grid[0]).toEqual([
      "name",
      "中文",
      "English",
      "颜色 Fill",
      "字色 Font",
      "排序 Rank",
      "别名 Aliases",
    ]);
    expect(grid[1]).toEqual(["加急", "加急", "Urgent", "#FDE2E1", "#9B1C1C", "1", "urgent, rush, asap"]);
  });
});

describe("loadTags", () => {
  it("reads back the default palette unchanged", () => {
    expect(loadTags(tagsToGrid(DEFAULT_TAGS))).toEqual({ ok: true, value: DEFAULT_TAGS });
  });

  it("fills blanks: labels from the name, neutral colours, ranks after the ranked tags", () => {
    const tags = loaded([
      ["别名 Aliases", "name", "排序 Rank", "颜色 Fill"],
      ["fragile、易坏", "易碎", "", "fde2e1"],
      ["", "大件", 2, ""],
      ["", "#样品", "", "#abc"],
    ]);
    expect(tags).toEqual([
      {
        name: "易碎",
        aliases: ["fragile", "易坏"],
        label: { "zh-CN": "易碎", "en-US": "易碎" },
        fill: "#FDE2E1",
        font: "#1F1F1F",
        rank: 3,
      },
      {
        name: "大件",
        aliases: [],
        label: { "zh-CN": "大件", "en-US": "大件" },
        fill: "#EEEEEE",
        font: "#1F1F1F",
        rank: 2,
      },
      {
        name: "样品",
        aliases: [],
        label: { "zh-CN": "样品", "en-US": "样品" },
        fill: "#AABBCC",
        font: "#1F1F1F",
        rank: 4,
      },
    ]);
  });

  it("reports a table without a name column", () => {
    expect(
      problemsOf(
        [
          ["中文", "English"],
          ["加急", "Urgent"],
        ],
        30,
      ),
    ).toEqual([{ kind: "missingColumn", row: 30, column: "name" }]);
  });

  it("reports every problem with its sheet row", () => {
    const grid = [
      ...tagsToGrid(DEFAULT_TAGS),
      ["", "空", "Empty", "", "", "", ""],
      ["Vip", "", "", "", "", "", ""],
      ["易碎", "", "", "red", "#12", "0", "urgent"],
      ["大件", "", "", "", "", "first", ""],
    ];
    // Header on sheet row 40: the six default tags take rows 41–46.
    expect(problemsOf(grid, 40)).toEqual([
      { kind: "emptyName", row: 47 },
      { kind: "duplicateName", row: 48, name: "Vip", value: "Vip", firstRow: 42 },
      { kind: "duplicateName", row: 49, name: "易碎", value: "urgent", firstRow: 41 },
      { kind: "badColour", row: 49, name: "易碎", column: "fill", value: "red" },
      { kind: "badColour", row: 49, name: "易碎", column: "font", value: "#12" },
      { kind: "invalidRank", row: 49, name: "易碎", value: "0" },
      { kind: "invalidRank", row: 50, name: "大件", value: "first" },
    ]);
  });

  it("describes problems in both languages", () => {
    const [problem] = problemsOf([
      ["name", "颜色 Fill"],
      ["易碎", "red"],
    ]);
    const { message, params } = describeTagProblem(problem!);
    expect(translate(message, "zh-CN", params)).toBe("第 2 行（易碎）：颜色「red」不是 #RRGGBB 格式");
    expect(translate(message, "en-US", params)).toBe('Row 2 (易碎): colour "red" is not in #RRGGBB form');
  });
});
