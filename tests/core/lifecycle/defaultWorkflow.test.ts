import { DEFAULT_WORKFLOW, getStage, ROLE_LABELS } from "../../../src/core/lifecycle";

// docs/DESIGN.md "Core contract" lifecycle table: key, 中文, English, role, needs.
const DESIGN_TABLE = [
  ["awaitingPayment", "待付款", "Awaiting payment", "customerService", []],
  ["toProcess", "待处理", "To process", "operations", []],
  ["processing", "处理中", "Picking & packing", "warehouse", []],
  ["onHold", "异常", "On hold", "operations", ["problem"]],
  ["shipped", "已发货", "Shipped", "warehouse", ["carrier", "tracking"]],
  ["delivered", "已签收", "Delivered", "customerService", []],
  ["completed", "已完成", "Completed", null, []],
  ["afterSales", "售后中", "After-sales", "customerService", ["problem"]],
  ["refunded", "已退款", "Refunded", "customerService", []],
  ["cancelled", "已取消", "Cancelled", null, []],
] as const;

describe("DEFAULT_WORKFLOW", () => {
  it("lists the stages of docs/DESIGN.md in order", () => {
    expect(DEFAULT_WORKFLOW.stages.map((s) => s.key)).toEqual(DESIGN_TABLE.map(([key]) => key));
  });

  it.each(DESIGN_TABLE)("gives %s the labels %s / %s, role %s and needs %j", (key, zh, en, role, needs) => {
    const stage = getStage(DEFAULT_WORKFLOW, key)!;
    expect(stage.label).toEqual({ "zh-CN": zh, "en-US": en });
    expect(stage.role).toBe(role);
    expect(stage.needs).toEqual(needs);
  });

  it("closes exactly completed, refunded and cancelled, and gives them no SLA", () => {
    const closed = DEFAULT_WORKFLOW.stages.filter((s) => !s.open).map((s) => s.key);
    expect(closed).toEqual(["completed", "refunded", "cancelled"]);
    const noSla = DEFAULT_WORKFLOW.stages.filter((s) => s.slaHours === null).map((s) => s.key);
    expect(noSla).toEqual(closed);
  });

  it("marks onHold and afterSales as the problem branches", () => {
    expect(DEFAULT_WORKFLOW.stages.filter((s) => s.problemBranch).map((s) => s.key)).toEqual([
      "onHold",
      "afterSales",
    ]);
  });

  it("keeps shipping within 48 hours of payment across toProcess and processing", () => {
    const hours = ["toProcess", "processing"].map((key) => getStage(DEFAULT_WORKFLOW, key)?.slaHours ?? 0);
    expect(hours.reduce((a, b) => a + b, 0)).toBe(48);
  });

  it("labels the roles in both languages", () => {
    expect(ROLE_LABELS).toEqual({
      customerService: { "zh-CN": "客服", "en-US": "Customer service" },
      operations: { "zh-CN": "运营", "en-US": "Operations" },
      warehouse: { "zh-CN": "仓库", "en-US": "Warehouse" },
    });
  });
});
