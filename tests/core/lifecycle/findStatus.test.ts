import { DEFAULT_WORKFLOW, findStatus, getStage, statusLabel } from "../../../src/core/lifecycle";

describe("findStatus", () => {
  it.each([
    ["toProcess", "toProcess"],
    ["TOPROCESS", "toProcess"],
    ["待处理", "toProcess"],
    ["To process", "toProcess"],
    ["  to   PROCESS ", "toProcess"],
    ["待处理 To process", "toProcess"],
    ["待处理/To process", "toProcess"],
    ["处理中 Picking & packing", "processing"],
    ["ＳＨＩＰＰＥＤ", "shipped"], // full-width Latin, NFKC
    ["已发货\u3000Shipped", "shipped"], // ideographic space
    ["售后中 After-sales", "afterSales"],
    ["已取消", "cancelled"],
  ])("finds %j as %s", (text, key) => {
    expect(findStatus(DEFAULT_WORKFLOW, text)?.key).toBe(key);
  });

  it.each(["", "   ", "发货", "shipped!", "To"])("finds nothing for %j", (text) => {
    expect(findStatus(DEFAULT_WORKFLOW, text)).toBeUndefined();
  });

  it("lets a key win over another stage's label", () => {
    const wf = {
      stages: [
        { ...DEFAULT_WORKFLOW.stages[0]!, key: "a", label: { "zh-CN": "甲", "en-US": "b" } },
        { ...DEFAULT_WORKFLOW.stages[1]!, key: "b", label: { "zh-CN": "乙", "en-US": "Bee" } },
      ],
    };
    expect(findStatus(wf, "b")?.key).toBe("b");
    expect(findStatus(wf, "甲")?.key).toBe("a");
  });
});

describe("getStage", () => {
  it("finds a stage by exact key only", () => {
    expect(getStage(DEFAULT_WORKFLOW, "onHold")?.label["zh-CN"]).toBe("异常");
    expect(getStage(DEFAULT_WORKFLOW, "异常")).toBeUndefined();
  });
});

describe("statusLabel", () => {
  const toProcess = getStage(DEFAULT_WORKFLOW, "toProcess")!;
  it.each([
    ["zh-CN", "待处理"],
    ["en-US", "To process"],
    ["bilingual", "待处理 To process"],
  ] as const)("writes %s as %s", (mode, text) => {
    expect(statusLabel(toProcess, mode)).toBe(text);
  });

  it("writes a label only once when both languages agree", () => {
    expect(statusLabel({ ...toProcess, label: { "zh-CN": "VIP", "en-US": "VIP" } }, "bilingual")).toBe("VIP");
  });

  it("round-trips every default label through findStatus", () => {
    for (const stage of DEFAULT_WORKFLOW.stages) {
      for (const mode of ["zh-CN", "en-US", "bilingual"] as const) {
        expect(findStatus(DEFAULT_WORKFLOW, statusLabel(stage, mode))?.key).toBe(stage.key);
      }
    }
  });
});
