import type { CellValue } from "../../../src/core/grid";
import { findStatus, loadWorkflow } from "../../../src/core/lifecycle";
import type { SetupInput, SetupPlan } from "../../../src/core/plan";
import { describeSetupRefusal, LIST_NAMES, planSetup } from "../../../src/core/plan";
import { translate } from "../../../src/core/i18n/translate";
import { checkRows } from "../../../src/core/rules";
import { mappedSheet, setupInput, snapshotOf } from "./builders";

function planned(input: SetupInput): SetupPlan {
  const result = planSetup(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A Pinduoduo team's own sheet: its status words, no problem column. */
const PDD: CellValue[][] = [
  ["订单号", "宝贝", "处理状态", "跟单"],
  ["260520-01", "保温杯", "待发货", "小王"],
  ["260520-02", "杯套", "缺货", "小李"],
  ["260520-03", "保温杯", "退款中", "小王"],
  ["260520-04", "杯刷", "待发货", "小李"],
  ["260520-05", "杯刷", null, "小李"],
];
const PDD_WORDS = [
  { value: "待发货", status: "toProcess" },
  { value: "缺货", status: "onHold" },
  { value: "退款中", status: "afterSales" },
];

const lifecycleOf = (plan: SetupPlan) => {
  const block = plan.settingsSheet.blocks.find((b) => b.id === "lifecycle")!;
  const loaded = loadWorkflow(block.grid.map((row) => row.map((cell) => cell ?? "")));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
};
const listValues = (plan: SetupPlan, column: number): string[] =>
  plan.settingsSheet.blocks
    .find((b) => b.id === "lists")!
    .grid.slice(1)
    .map((r) => r[column])
    .filter((v): v is string => typeof v === "string");

describe("setup with the team's confirmed status words", () => {
  const snapshot = snapshotOf(PDD);
  const plan = planned(setupInput(snapshot, { vocabulary: PDD_WORDS }));

  it("stores each word as its status's spelling in the settings sheet, where loadWorkflow reads it", () => {
    const wf = lifecycleOf(plan);
    expect(wf.stages.find((s) => s.key === "toProcess")?.spellings).toEqual(["待发货"]);
    expect(wf.stages.find((s) => s.key === "onHold")?.spellings).toEqual(["缺货"]);
    // A Chinese team: statuses without a word of the team's get the Chinese label first.
    expect(wf.stages.find((s) => s.key === "shipped")?.spellings).toEqual(["已发货"]);
  });

  it("leaves the team's cells as they are and fills the empty one with the team's preferred word", () => {
    expect(plan.rewrites).toEqual([]);
    expect(plan.activity).toEqual([]);
    const statusWrites = plan.writes.filter((w) => w.area.column === 2);
    expect(statusWrites).toEqual([
      { area: { row: 5, column: 2, rowCount: 1, columnCount: 1 }, values: [["待发货"]] },
    ]);
  });

  it("offers the team's word in the dropdown list and puts 缺货 on the problem-status list", () => {
    expect(plan.validations.find((v) => v.field === "status")?.source).toBe(`=${LIST_NAMES.statuses}`);
    expect(listValues(plan, 0).slice(0, 3)).toEqual(["待付款", "待发货", "处理中"]);
    expect(listValues(plan, 2)).toEqual(expect.arrayContaining(["缺货", "异常", "售后中", "退款中"]));
  });

  it("leaves a check of the sheet right after with no invalid status", () => {
    const wf = lifecycleOf(plan);
    const sheet = mappedSheet(snapshot);
    const problems = checkRows({ ...sheet, workflow: wf, mapping: { ...sheet.mapping } });
    expect(problems.filter((p) => p.kind === "invalidStatus")).toEqual([]);
    expect(findStatus(wf, "缺货")?.key).toBe("onHold");
  });
});

describe("setup labels in the team's language", () => {
  it.each([
    [["Order #", "Item", "Status"], "To pack", "To process"],
    [["订单号", "宝贝", "状态"], "待发货", "待处理"],
    [["订单号 Order ID", "商品 Item", "状态 Status"], "待处理 To process", "待处理 To process"],
  ])("fills an empty status on a sheet headed %j (status %s) with %s", (header, word, label) => {
    const grid: CellValue[][] = [header, ["A1", "x", word], ["A2", "y", null]];
    const plan = planned(setupInput(snapshotOf(grid)));
    expect(plan.writes.find((w) => w.area.column === 2)?.values).toEqual([[label]]);
  });
});

describe("setup rewriting to standard labels (only when asked)", () => {
  const plan = planned(
    setupInput(snapshotOf(PDD), { vocabulary: PDD_WORDS, rewrite: true, labels: "zh-CN", now: 46000 }),
  );

  it("rewrites each cell holding a confirmed word and logs from and to", () => {
    expect(plan.rewrites.map((w) => [w.area.row, w.values[0]?.[0]])).toEqual([
      [1, "待处理"],
      [2, "异常"],
      [3, "售后中"],
      [4, "待处理"],
    ]);
    expect(plan.activity.map((a) => [a.orderId, a.from, a.to, a.source, a.time])).toEqual([
      ["260520-01", "待发货", "待处理", "setup", 46000],
      ["260520-02", "缺货", "异常", "setup", 46000],
      ["260520-03", "退款中", "售后中", "setup", 46000],
      ["260520-04", "待发货", "待处理", "setup", 46000],
    ]);
  });

  it("still accepts the old words afterwards", () => {
    const wf = lifecycleOf(plan);
    expect(wf.stages.find((s) => s.key === "toProcess")?.spellings).toEqual(["待处理", "待发货"]);
  });
});

describe("setup refuses a mapping it can not work with, before planning anything", () => {
  const snapshot = snapshotOf(PDD);
  const sheet = mappedSheet(snapshot);

  it.each([
    ["no order id", { ...sheet.mapping, orderId: undefined }, {}, [{ kind: "noOrderId" }]],
    [
      "one column mapped to two fields",
      { ...sheet.mapping, product: 1, buyer: 1 },
      {},
      [{ kind: "sharedColumn", column: 1, header: "宝贝", fields: ["buyer", "product"] }],
    ],
    [
      "no status column and none to add",
      { ...sheet.mapping, status: undefined },
      { addStatusColumn: false },
      [{ kind: "noStatusColumn" }],
    ],
  ])("%s", (_name, mapping, extra, refusals) => {
    const clean = Object.fromEntries(Object.entries(mapping).filter(([, c]) => c !== undefined));
    const result = planSetup(setupInput(snapshot, { sheet: { ...sheet, mapping: clean }, ...extra }));
    expect(result).toEqual({ ok: false, error: refusals });
  });

  it("refuses a word confirmed as a status it does not name, and says why in both languages", () => {
    const result = planSetup(
      setupInput(snapshot, { vocabulary: [{ value: "已发货", status: "toProcess" }] }),
    );
    if (result.ok) throw new Error("expected a refusal");
    expect(result.error).toEqual([
      { kind: "wordConflict", value: "已发货", status: "toProcess", other: "shipped" },
    ]);
    const { message, params } = describeSetupRefusal(result.error[0]!, setupInput(snapshot).workflow);
    expect(translate(message, "zh-CN", params)).toContain("“已发货”已经是状态“已发货 Shipped”的名称");
    expect(translate(message, "en-US", params)).toContain("choose “已发货 Shipped” for it");
  });
});
