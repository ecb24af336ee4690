import { contrastRatio, DEFAULT_TAG_FILL, DEFAULT_TAGS, type TagDef } from "../../../src/core/tags";
import { DEFAULT_WORKFLOW, type Workflow } from "../../../src/core/lifecycle";
import { HIGHLIGHT_MARKER, planHighlights } from "../../../src/core/plan";
import {
  DUE_SOON_FILL,
  DUE_SOON_FONT,
  OVERDUE_FILL,
  PROBLEM_FILL,
  PROBLEM_FONT,
} from "../../../src/core/plan/highlights";
import { FORMULA_MAX_LENGTH } from "../../../src/core/plan/highlightFormulas";
import { deltaE2000, deltaE2000Lab } from "./colourDistance";

const BODY = { firstRow: 2, rowCount: 10, firstColumn: 0, columnCount: 8 };
const COLUMNS = { status: 3, tags: 4, due: 5, problem: 6 } as const;

/** The default workflow with the team's own words: 待发货 for 待处理, 交易成功 for 已完成, 缺货 for 异常. */
export const TEAM_WORKFLOW: Workflow = {
  stages: DEFAULT_WORKFLOW.stages.map((stage) => {
    const spellings: Record<string, string[]> = {
      toProcess: ["待发货", "To pack"],
      completed: ["交易成功", "Done"],
      onHold: ["缺货", "Waiting stock"],
    };
    return spellings[stage.key] ? { ...stage, spellings: spellings[stage.key] } : stage;
  }),
};

function tag(name: string, aliases: string[] = []): TagDef {
  return {
    name,
    aliases,
    label: { "zh-CN": name, "en-US": name },
    fill: "#EEEEEE",
    font: "#1F1F1F",
    rank: 1,
  };
}

/** Deepest parenthesis nesting outside text constants: at least the function nesting Excel counts. */
function nesting(formula: string): number {
  let depth = 0;
  let deepest = 0;
  let inText = false;
  for (const char of formula) {
    if (char === '"') inText = !inText;
    else if (!inText && char === "(") deepest = Math.max(deepest, ++depth);
    else if (!inText && char === ")") depth--;
  }
  return deepest;
}

describe("planHighlights", () => {
  describe("colours", () => {
    it("measures colour distance as CIEDE2000 does (Sharma, Wu & Dalal 2005, pairs 1 and 3)", () => {
      expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
      expect(deltaE2000Lab([50, 2.8361, -74.02], [50, 0, -82.7485])).toBeCloseTo(3.4412, 3);
      expect(deltaE2000("#FFFFFF", "#FFFFFF")).toBe(0);
    });

    /*
     * ΔE00 ≈ 1 is a just-noticeable difference between patches side by side; around 10 colours read as
     * different at a glance. A row fill is judged alone, across the sheet, among gridlines and the
     * selection tint, so "clearly distinct" here asks for twice that: 20. The old problem fill
     * (#FDE7E9) was 2.2 from the urgent tag's #FDE2E1.
     */
    const CLEARLY_DISTINCT = 20;

    it("makes the problem fill clearly distinct from every tag colour and the overdue fill", () => {
      for (const fill of [...DEFAULT_TAGS.map((t) => t.fill), DEFAULT_TAG_FILL, OVERDUE_FILL]) {
        expect({ fill, distance: deltaE2000(PROBLEM_FILL, fill) >= CLEARLY_DISTINCT }).toEqual({
          fill,
          distance: true,
        });
      }
    });

    it("makes the due-soon fill stand apart from the overdue fill, the problem fill and every tag colour", () => {
      for (const fill of [...DEFAULT_TAGS.map((t) => t.fill), DEFAULT_TAG_FILL, OVERDUE_FILL, PROBLEM_FILL]) {
        expect({ fill, distance: deltaE2000(DUE_SOON_FILL, fill) >= CLEARLY_DISTINCT }).toEqual({
          fill,
          distance: true,
        });
      }
      expect(contrastRatio(DUE_SOON_FONT, DUE_SOON_FILL)).toBeGreaterThanOrEqual(4.5);
    });

    it("keeps the problem row's text readable (WCAG AA)", () => {
      expect(contrastRatio(PROBLEM_FONT, PROBLEM_FILL)).toBeGreaterThanOrEqual(4.5);
    });
  });

  describe("formulas", () => {
    const rules = planHighlights(BODY, COLUMNS, DEFAULT_TAGS, TEAM_WORKFLOW);
    const formula = (id: string): string => rules.find((r) => r.id === id)?.formula ?? "";

    it("marks every rule as OrderFlow's and stays inside Excel's formula limits", () => {
      expect(rules.map((r) => r.id)).toEqual([
        "problemRow",
        "overdue",
        "dueSoon",
        "problemStatus",
        "closedStatus",
        ...DEFAULT_TAGS.map((t) => `tag:${t.name}`),
      ]);
      for (const rule of rules) {
        expect(rule.formula).toContain(HIGHLIGHT_MARKER);
        expect(rule.formula.length).toBeLessThanOrEqual(FORMULA_MAX_LENGTH);
        expect(nesting(rule.formula)).toBeLessThanOrEqual(64);
      }
    });

    it("matches statuses by every accepted spelling, the team's own words included", () => {
      expect(formula("closedStatus")).toContain('"交易成功"');
      expect(formula("closedStatus")).toContain('"已完成 / completed"');
      expect(formula("closedStatus")).not.toContain('"待发货"');
      expect(formula("overdue")).toContain('"待发货"');
      expect(formula("overdue")).toContain('"to pack"');
      expect(formula("overdue")).not.toContain('"交易成功"');
      expect(formula("problemStatus")).toContain('"waiting stock"');
      expect(formula("tag:VIP")).toContain('"交易成功"');
    });

    it("uses no wildcard function, so * ? ~ in a tag are plain characters", () => {
      const odd = planHighlights(BODY, COLUMNS, [tag("a*b?c~", ["x"])], DEFAULT_WORKFLOW).find((rule) =>
        rule.id.startsWith("tag:"),
      )!;
      expect(odd.id).toBe("tag:a*b?c~");
      expect(odd.formula).toContain('{" a*b?c~ "," x "}');
      for (const rule of rules) expect(rule.formula).not.toMatch(/SEARCH\(|MATCH\(|COUNTIF/);
    });

    it("leaves out a name the core can never read as one tag, and a rule with nothing left", () => {
      const [withSpace] = planHighlights(BODY, { tags: 4 }, [tag("gift wrap", ["wrap"])], DEFAULT_WORKFLOW);
      expect(withSpace?.formula).toContain('{" wrap "}');
      expect(withSpace?.formula).not.toContain("gift");
      expect(planHighlights(BODY, { tags: 4 }, [tag("gift wrap")], DEFAULT_WORKFLOW)).toEqual([]);
    });

    it("splits a tag whose words need more folding than one formula can nest, each part within the limits", () => {
      const alphabet = tag("abcdefghijklm", ["nopqrstuvwxyz", "0123456789", "a-b_c"]);
      const [rule] = planHighlights(BODY, { tags: 4 }, [alphabet], DEFAULT_WORKFLOW);
      expect(rule?.formula).toMatch(/^=AND\(OR\(SUMPRODUCT/);
      expect(rule?.formula.match(/SUMPRODUCT/g)?.length).toBeGreaterThan(1);
      expect(nesting(rule!.formula)).toBeLessThanOrEqual(64);
      expect(rule!.formula.length).toBeLessThanOrEqual(FORMULA_MAX_LENGTH);
      // Every full-width letter of the words is folded somewhere.
      for (const char of "ＡＺａｚ０９") expect(rule!.formula).toContain(`"${char}"`);
    });
  });
});
