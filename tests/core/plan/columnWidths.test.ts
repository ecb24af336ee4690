import { columnWidthFor, textWidthPoints } from "../../../src/core/plan/columnWidths";
import { planSetup } from "../../../src/core/plan";
import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import { DEFAULT_TAGS } from "../../../src/core/tags";
import { makeOrderGrid, mappedSheet, NOW, snapshotOf, TEAM } from "./builders";

describe("column widths of the columns setup adds", () => {
  it("counts a CJK character about twice a Latin one", () => {
    expect(textWidthPoints("状态")).toBeGreaterThan(textWidthPoints("ab") * 1.5);
  });

  it("gives every added column room for its header and content, dates included (no ###)", () => {
    const grid = makeOrderGrid({ rows: [["123456789012", "杯子", "等待卖家发货", "", ""]] });
    const snapshot = snapshotOf(grid);
    const planned = planSetup({
      snapshot,
      sheet: mappedSheet(snapshot),
      workflow: DEFAULT_WORKFLOW,
      tags: DEFAULT_TAGS,
      reasons: DEFAULT_PROBLEM_REASONS,
      team: TEAM,
      now: NOW,
      utcOffsetMinutes: 480,
    });
    if (!planned.ok) throw new Error(`setup refused: ${JSON.stringify(planned.error)}`);
    const plan = planned.value;
    const widthOf = new Map(plan.columnWidths.map((w) => [w.column, w.width]));
    expect([...widthOf.keys()].sort()).toEqual(plan.addColumns.map((c) => c.column).sort());
    for (const { field, column, header } of plan.addColumns) {
      const width = widthOf.get(column)!;
      expect({ field, fits: width >= textWidthPoints(header) }).toEqual({ field, fits: true });
      if (field === "due" || field === "statusSince") {
        // A date-time at Excel's default width (48 points) shows ###; the planned width holds all 16 characters.
        expect(width).toBeGreaterThanOrEqual(textWidthPoints("2026-11-30 17:05"));
      }
    }
    // The status column holds the longest label setup writes (in the sheet's language).
    const written = plan.writes
      .filter((w) => w.area.column === plan.mapping.status)
      .flatMap((w) => w.values.map((row) => String(row[0] ?? "")));
    expect(written.length).toBeGreaterThan(0);
    for (const label of written)
      expect(widthOf.get(plan.mapping.status!)).toBeGreaterThanOrEqual(textWidthPoints(label));
  });

  it("caps a column at a sane width", () => {
    expect(columnWidthFor(["x".repeat(500)])).toBe(220);
  });
});
