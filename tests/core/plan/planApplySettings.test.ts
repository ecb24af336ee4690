import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { AppliedState, ApplySettingsInput, SettingsContent } from "../../../src/core/plan";
import { isUpToDate, planApplySettings, planSettingsSheet } from "../../../src/core/plan";
import { DEFAULT_TAGS } from "../../../src/core/tags";
import { TEAM } from "./builders";

const SETTINGS: SettingsContent = {
  workflow: DEFAULT_WORKFLOW,
  tags: DEFAULT_TAGS,
  reasons: DEFAULT_PROBLEM_REASONS,
  team: TEAM,
};
const BODY = { firstRow: 2, rowCount: 40, firstColumn: 0, columnCount: 12 };
const COLUMNS = { orderId: 0, status: 6, owner: 7, tags: 8, due: 9, problem: 10, statusSince: 11 };

/** What the sheet holds after applying `plan` (as the adapter reads it back). */
function appliedOf(input: Omit<ApplySettingsInput, "current">): AppliedState {
  const plan = planApplySettings({ ...input, current: EMPTY });
  const sheet = planSettingsSheet(input.settings);
  return {
    highlights: plan.highlights.map((rule) => ({
      formula: rule.formula,
      area: rule.area,
      // Excel reads colours back in its own case.
      fill: rule.fill?.toLowerCase() ?? null,
      font: rule.font ?? null,
      bold: rule.bold ?? false,
    })),
    validationSources: Object.fromEntries(plan.validations.map((v) => [v.field, v.source])),
    listsGrid: sheet.blocks.find((b) => b.id === "lists")!.grid,
    names: Object.fromEntries(sheet.lists.map((l) => [l.name, l.reference])),
  };
}

const EMPTY: AppliedState = { highlights: [], validationSources: {}, listsGrid: null, names: {} };

describe("planApplySettings", () => {
  const input = { body: BODY, columns: COLUMNS, settings: SETTINGS };

  it("plans everything on a sheet that has none of it", () => {
    const plan = planApplySettings({ ...input, current: EMPTY });
    expect(plan.highlightsChanged).toBe(true);
    expect(plan.validations.map((v) => v.field)).toEqual(["status", "owner", "problem"]);
    expect(plan.listsGrid).not.toBeNull();
    expect(plan.names).toHaveLength(5);
    expect(isUpToDate(plan)).toBe(false);
  });

  it("plans nothing when the sheet already holds what the settings say", () => {
    const plan = planApplySettings({ ...input, current: appliedOf(input) });
    expect(isUpToDate(plan)).toBe(true);
    expect(plan.totals).toEqual({ highlights: 11, dropdowns: 3 });
  });

  it("plans the rules and the lists again when a status is renamed, but not the dropdowns' sources", () => {
    const renamed: SettingsContent = {
      ...SETTINGS,
      workflow: {
        stages: DEFAULT_WORKFLOW.stages.map((s) =>
          s.key === "processing" ? { ...s, label: { ...s.label, "zh-CN": "打包中" } } : s,
        ),
      },
    };
    const plan = planApplySettings({ ...input, settings: renamed, current: appliedOf(input) });
    expect(plan.highlightsChanged).toBe(true);
    expect(plan.listsGrid?.slice(1).map((row) => row[0])).toContain("打包中 Picking & packing");
    expect(plan.validations).toEqual([]);
    expect(plan.names).toEqual([]);
  });

  it("stretches the dropdowns and rules over rows added below the body", () => {
    const grown = { ...BODY, rowCount: 45 };
    // Over the grown body the old dropdowns are no longer one rule: Excel reports none.
    const current = { ...appliedOf(input), validationSources: {} };
    const plan = planApplySettings({ ...input, body: grown, current });
    expect(plan.validations.map((v) => v.area.rowCount)).toEqual([45, 45, 45]);
    expect(plan.highlightsChanged).toBe(true);
    expect(plan.highlights.every((h) => h.area.rowCount === 45)).toBe(true);
    expect(plan.listsGrid).toBeNull();
  });

  it("plans a tag's new colour, and a name the lead deleted", () => {
    const recoloured: SettingsContent = {
      ...SETTINGS,
      tags: DEFAULT_TAGS.map((t) => (t.name === "VIP" ? { ...t, fill: "#FFEE00" } : t)),
    };
    const current = appliedOf(input);
    const { OrderFlow_Team: _gone, ...names } = current.names;
    const plan = planApplySettings({ ...input, settings: recoloured, current: { ...current, names } });
    expect(plan.highlightsChanged).toBe(true);
    expect(plan.highlights.find((h) => h.id === "tag:VIP")?.fill).toBe("#FFEE00");
    expect(plan.names.map((n) => n.name)).toEqual(["OrderFlow_Team"]);
  });
});
