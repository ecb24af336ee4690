import { DEFAULT_WORKFLOW, findStatus, statusLabel, type StatusLabelMode } from "../../../src/core/lifecycle";

const MODES: readonly StatusLabelMode[] = ["zh-CN", "en-US", "bilingual"];

describe("DEFAULT_WORKFLOW", () => {
  it.each(DEFAULT_WORKFLOW.stages.flatMap((stage) => MODES.map((mode) => [stage.key, mode] as const)))(
    "reads %s back from the %s label OrderFlow writes into the status cell",
    (key, mode) => {
      const stage = DEFAULT_WORKFLOW.stages.find((s) => s.key === key)!;
      expect(findStatus(DEFAULT_WORKFLOW, statusLabel(stage, mode))?.key).toBe(key);
    },
  );
});
