import { DEFAULT_DEADLINE_SETTINGS, deadlinesToGrid } from "../../../src/core/deadlines";
import {
  DEFAULT_PROBLEM_REASONS,
  DEFAULT_WORKFLOW,
  deriveKey,
  loadReasons,
  workflowToGrid,
} from "../../../src/core/lifecycle";
import { loadSettings, planSettingsSheet, teamToGrid } from "../../../src/core/plan";
import { DEFAULT_TAGS, tagsToGrid } from "../../../src/core/tags";
import { TEAM } from "./builders";

/** The grids of the settings sheet as setup writes them. */
function sheetGrids(): Record<string, (string | number | boolean | null)[][]> {
  const { blocks } = planSettingsSheet({
    workflow: DEFAULT_WORKFLOW,
    tags: DEFAULT_TAGS,
    reasons: DEFAULT_PROBLEM_REASONS,
    team: TEAM,
  });
  return Object.fromEntries(blocks.map((b) => [b.id, b.grid.map((row) => row.map((c) => c ?? ""))]));
}

describe("loadSettings (one reader of the settings sheet for the pane and the CLI)", () => {
  it("reads back what setup writes", () => {
    const loaded = loadSettings(sheetGrids());
    expect(loaded).toEqual({
      ok: true,
      value: {
        workflow: DEFAULT_WORKFLOW,
        tags: DEFAULT_TAGS,
        reasons: DEFAULT_PROBLEM_REASONS.map((r) => ({ key: r.key, label: { ...r.label } })),
        team: TEAM,
        deadlines: DEFAULT_DEADLINE_SETTINGS,
      },
    });
  });

  it("takes the defaults for tables that are not there", () => {
    const loaded = loadSettings({ team: teamToGrid(TEAM) });
    expect(loaded.ok && loaded.value.workflow).toBe(DEFAULT_WORKFLOW);
    expect(loaded.ok && loaded.value.reasons).toBe(DEFAULT_PROBLEM_REASONS);
    expect(loaded.ok && loaded.value.team).toEqual(TEAM);
  });

  it("names every broken row of every table by sheet row and column, in both languages", () => {
    const grids = sheetGrids();
    const lifecycle = workflowToGrid(DEFAULT_WORKFLOW).map((row) => [...row]);
    lifecycle[3]![5] = "已发货, nowhere";
    const team = [...teamToGrid(TEAM), ["Zed", "老板", ""]];
    const tags = tagsToGrid(DEFAULT_TAGS);
    const loaded = loadSettings({ ...grids, lifecycle, team, tags });
    expect(loaded.ok).toBe(false);
    const lines = loaded.ok ? [] : loaded.error;
    // Header on sheet row 2: the lifecycle's third status is on row 5, the team's new member below the others.
    expect(lines).toEqual([
      expect.stringContaining(
        'Row 5, column "下一步 Next" (处理中 Picking & packing): "nowhere" is not a status',
      ),
      `团队表第 ${TEAM.length + 3} 行「角色 Role」列：未知角色「老板」（可用：客服、运营、仓库） / Team table row ${TEAM.length + 3}, column "角色 Role": unknown role "老板" (use Customer service, Operations or Warehouse)`,
    ]);
  });

  it("refuses broken deadline tables rather than using presets silently", () => {
    const rules = deadlinesToGrid(DEFAULT_DEADLINE_SETTINGS).rules.map((row) => [...row]);
    rules[1]![3] = "soon";
    const loaded = loadSettings({ deadlines: rules });
    expect(loaded.ok).toBe(false);
  });
});

describe("loadReasons", () => {
  const header = ["键 Key", "中文", "English"];

  it("gives a reason the lead added without a key one from its names; a default name keeps its key", () => {
    const reasons = loadReasons([
      header,
      ["outOfStock", "缺货", "Out of stock"],
      ["", "少件", "Missing item"],
      ["", "包装破损", "Damaged box"],
      ["", "发票", ""],
      ["", "", ""],
    ]);
    expect(reasons.map((r) => r.key)).toEqual(["outOfStock", "missingItem", "damagedBox", "发票"]);
    expect(reasons[3]?.label).toEqual({ "zh-CN": "发票", "en-US": "发票" });
  });

  it("finds its columns by title, so a table without the key column reads too", () => {
    expect(
      loadReasons([
        ["English", "中文"],
        ["Out of stock", "缺货"],
      ]),
    ).toEqual([{ key: "outOfStock", label: { "zh-CN": "缺货", "en-US": "Out of stock" } }]);
  });
});

describe("deriveKey", () => {
  it("camel-cases the English name, numbers a taken key, and is empty without names", () => {
    expect(deriveKey("Waiting  stock", "等库存", new Set())).toBe("waitingStock");
    expect(deriveKey("After-sales", "售后", new Set(["aftersales"]))).toBe("afterSales2");
    expect(deriveKey("", "  ", new Set())).toBe("");
  });
});
