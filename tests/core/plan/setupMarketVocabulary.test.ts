import type { CellValue } from "../../../src/core/grid";
import { DEFAULT_WORKFLOW, findStatus, proposeStatus } from "../../../src/core/lifecycle";
import type { SetupInput, SetupPlan } from "../../../src/core/plan";
import { onboardingFacts, planSetup, validateSetup, vocabularyOf } from "../../../src/core/plan";
import { mappedSheet, setupInput, snapshotOf } from "./builders";

function planned(input: SetupInput): SetupPlan {
  const result = planSetup(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A pasted Taobao export: the marketplace's 订单状态 and no status column of the team's. */
const EXPORT: CellValue[][] = [
  ["订单编号", "宝贝标题", "订单状态", "物流单号"],
  ["3515313147329351", "保温杯", "买家已付款，等待卖家发货", null],
  ["3515313147329352", "杯套", "卖家已发货，等待买家确认", "SF100"],
  ["3515313147329353", "杯刷", "交易成功", "SF101"],
  ["3515313147329354", "保温杯", "买家已付款，等待卖家发货", null],
  ["3515313147329355", "杯盖", "等待买家付款", null],
];

/** The status text setup writes in the column it adds, row by row. */
function seeded(plan: SetupPlan): unknown[] {
  const added = plan.addColumns.find((c) => c.field === "status");
  if (!added) throw new Error("no status column added");
  const write = plan.writes.find((w) => w.area.column === added.column);
  return (write?.values ?? []).slice(1).map((row) => row[0]);
}

describe("onboarding on a sheet whose only status column is the marketplace's", () => {
  const snapshot = snapshotOf(EXPORT);
  const sheet = mappedSheet(snapshot);

  it("offers the marketplace statuses as the words to confirm, with proposals", () => {
    expect(sheet.mapping.status).toBeUndefined();
    expect(vocabularyOf(sheet.mapping)).toBe("marketStatus");
    const facts = onboardingFacts({
      grid: sheet.grid,
      headerRow: sheet.headerRow,
      dataRows: sheet.dataRows,
      mapping: sheet.mapping,
      platform: sheet.platform,
      extraHeaderRows: [],
      workflow: DEFAULT_WORKFLOW,
      originRow: 0,
    });
    expect(facts.statuses?.words.map((w) => [w.value, w.count, w.status])).toEqual([
      ["买家已付款，等待卖家发货", 2, "toProcess"],
      ["卖家已发货，等待买家确认", 1, "shipped"],
      ["交易成功", 1, "completed"],
      ["等待买家付款", 1, "awaitingPayment"],
    ]);
  });

  it("seeds the status column setup adds from the lead's choices; proposals left as they are keep the export's reading", () => {
    const proposed = planned(setupInput(snapshot));
    // The lead keeps every proposal but sends paid orders to 处理中 (they pick the same day).
    const words = [
      { value: "买家已付款，等待卖家发货", status: "processing" },
      { value: "卖家已发货，等待买家确认", status: "shipped" },
      { value: "交易成功", status: "completed" },
      { value: "等待买家付款", status: proposeStatus("等待买家付款", DEFAULT_WORKFLOW, "taobao").status! },
    ];
    const plan = planned(setupInput(snapshot, { vocabulary: words }));
    expect(seeded(proposed)).toEqual(["待处理", "已发货", "已完成", "待处理", "待付款"]);
    expect(seeded(plan)).toEqual(["处理中", "已发货", "已完成", "处理中", "待付款"]);
    expect(plan.report.fromMarketStatus).toBe(5);
  });

  it("never makes the marketplace's words the team's: the lifecycle and the dropdown stay the team's labels", () => {
    const plan = planned(
      setupInput(snapshot, { vocabulary: [{ value: "买家已付款，等待卖家发货", status: "processing" }] }),
    );
    const lists = plan.settingsSheet.blocks.find((b) => b.id === "lists")!;
    const statuses = lists.grid.slice(1).map((row) => row[0]);
    expect(statuses).not.toContain("买家已付款，等待卖家发货");
    expect(statuses).toContain("处理中");
    expect(plan.rewrites).toEqual([]);
    // A marketplace word that is another status's name is no conflict: it is never a spelling.
    expect(
      validateSetup({
        grid: EXPORT,
        headerRow: 0,
        mapping: sheet.mapping,
        workflow: DEFAULT_WORKFLOW,
        vocabulary: [{ value: "已发货", status: "toProcess" }],
      }),
    ).toEqual([]);
    expect(findStatus(DEFAULT_WORKFLOW, "已发货")?.key).toBe("shipped");
  });
});
