import fc from "fast-check";
import type { Grid } from "../../../src/core/grid";
import { translate } from "../../../src/core/i18n/translate";
import {
  advanceTarget,
  canMove,
  DEFAULT_WORKFLOW,
  describeWorkflowProblem,
  dueFor,
  findStatus,
  loadWorkflow,
  ROLES,
  workflowToGrid,
  type Stage,
  type Workflow,
  type WorkflowProblem,
} from "../../../src/core/lifecycle";
import { ALL_FIELDS } from "../../../src/core/schema";

const HEADER = [
  "key（内部，勿改）internal",
  "中文",
  "English",
  "角色 Role",
  "时限(小时) SLA hours",
  "下一步 Next",
  "需要 Needs",
  "在制上限 WIP limit",
  "团队写法 Team's words",
];

/** The default lifecycle table with some rows replaced or added: the lead's edits. */
function makeWorkflowTable(edit: (rows: string[][]) => string[][] = (rows) => rows): Grid {
  const [header = HEADER, ...rows] = workflowToGrid(DEFAULT_WORKFLOW);
  return [header, ...edit(rows.map((row) => [...row]))];
}

function problemsOf(grid: Grid, originRow?: number): WorkflowProblem[] {
  const result = loadWorkflow(grid, originRow);
  if (result.ok) throw new Error("expected problems");
  return result.error;
}

function loaded(grid: Grid): Workflow {
  const result = loadWorkflow(grid);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe("workflowToGrid", () => {
  it("writes the default lifecycle as the settings table", () => {
    const grid = workflowToGrid(DEFAULT_WORKFLOW);
    expect(grid[0]).toEqual(HEADER);
    expect(grid[5]).toEqual([
      "shipped",
      "已发货",
      "Shipped",
      "仓库 Warehouse",
      "168",
      "已签收、售后中、异常",
      "快递公司、快递单号",
      "",
      "",
    ]);
    expect(grid[7]).toEqual(["completed", "已完成", "Completed", "", "", "售后中", "", "", ""]);
    expect(grid[3]?.[7]).toBe("100");
  });

  it("names next steps and needed fields in English for an English lead", () => {
    const grid = workflowToGrid(DEFAULT_WORKFLOW, "en-US");
    expect(grid[5]?.slice(5, 7)).toEqual(["Delivered, After-sales, On hold", "Carrier, Tracking number"]);
  });

  it.each(["zh-CN", "en-US"] as const)("reads its own %s table back as the same workflow", (locale) => {
    const withWords: Workflow = {
      stages: DEFAULT_WORKFLOW.stages.map((s) =>
        s.key === "toProcess" ? { ...s, spellings: ["待发货", "To pack"] } : s,
      ),
    };
    expect(loaded(workflowToGrid(withWords, locale))).toEqual(withWords);
  });
});

describe("the team's words column", () => {
  const withWords = (key: string, words: string): Grid =>
    makeWorkflowTable((rows) => rows.map((row) => (row[0] === key ? [...row.slice(0, 8), words] : row)));

  it("makes each word a spelling of its status, one per line or comma-separated", () => {
    const wf = loaded(withWords("onHold", "缺货\n地址有误, Waiting stock"));
    expect(wf.stages.find((s) => s.key === "onHold")?.spellings).toEqual([
      "缺货",
      "地址有误",
      "Waiting stock",
    ]);
    expect(findStatus(wf, "waiting stock")?.key).toBe("onHold");
  });

  it("accepts a team word in another row's next steps", () => {
    const grid = makeWorkflowTable((rows) =>
      rows.map((row) =>
        row[0] === "toProcess"
          ? [...row.slice(0, 5), "打包中、异常", "", "", "待发货"]
          : row[0] === "processing"
            ? [...row.slice(0, 8), "打包中"]
            : row,
      ),
    );
    expect(loaded(grid).stages.find((s) => s.key === "toProcess")?.next).toEqual(["processing", "onHold"]);
  });

  it("refuses a word that already names another status, by row and column", () => {
    const [problem] = problemsOf(withWords("toProcess", "已发货"));
    expect(problem).toEqual({
      kind: "spellingTaken",
      row: 3,
      key: "toProcess",
      value: "已发货",
      other: "shipped",
    });
    const { message, params } = describeWorkflowProblem(problem!);
    expect(translate(message, "en-US", params)).toContain(`Row 3, column "团队写法 Team's words"`);
  });
});

describe("a row the lead added without a key (the key column is hidden)", () => {
  it("gets a key from its English name, and the row's words and next steps work", () => {
    const wf = loaded(
      makeWorkflowTable((rows) => [
        ...rows.map((row) =>
          row[0] === "toProcess" ? [...row.slice(0, 5), "处理中、等库存", ...row.slice(6)] : row,
        ),
        ["", "等库存", "Waiting stock", "", "", "处理中", "", "", "缺货中"],
      ]),
    );
    const added = wf.stages.at(-1);
    expect(added?.key).toBe("waitingStock");
    expect(added?.next).toEqual(["processing"]);
    expect(wf.stages.find((s) => s.key === "toProcess")?.next).toEqual(["processing", "waitingStock"]);
    expect(findStatus(wf, "缺货中")?.key).toBe("waitingStock");
  });

  it("never takes a key another row has, even one further down", () => {
    const wf = loaded(
      makeWorkflowTable((rows) => [
        ...rows,
        ["", "暂停", "On hold!", "", "", "", "", "", ""],
        ["", "暂停二", "Paused", "", "", "", "", "", ""],
        ["paused", "暂停三", "Paused three", "", "", "", "", "", ""],
      ]),
    );
    const keys = wf.stages.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(-3)).toEqual(["onHold2", "paused2", "paused"]);
  });

  it("takes the Chinese name when the English one has no Latin letters, and reads a table with no key column", () => {
    const grid = makeWorkflowTable((rows) => [...rows, ["", "等库存", "等", "", "", "", "", "", ""]]);
    expect(loaded(grid).stages.at(-1)?.key).toBe("等库存");
    const noKeys = workflowToGrid(DEFAULT_WORKFLOW).map((row) => row.slice(1));
    expect(loaded(noKeys).stages.map((s) => s.key)).toEqual(DEFAULT_WORKFLOW.stages.map((s) => s.key));
  });
});

describe("loadWorkflow", () => {
  it("reads a lane's WIP limit, treats blank as none, and refuses a fraction", () => {
    const edited = makeWorkflowTable((rows) =>
      rows.map((row) => (row[0] === "shipped" ? [...row.slice(0, 7), "40"] : row)),
    );
    expect(loaded(edited).stages.find((s) => s.key === "shipped")?.wipLimit).toBe(40);
    expect(loaded(edited).stages.find((s) => s.key === "completed")).not.toHaveProperty("wipLimit");
    const bad = makeWorkflowTable((rows) =>
      rows.map((row) => (row[0] === "shipped" ? [...row.slice(0, 7), "2.5"] : row)),
    );
    expect(problemsOf(bad)).toEqual([{ kind: "invalidWip", row: 6, key: "shipped", value: "2.5" }]);
  });

  it("reads a table written before the WIP column existed", () => {
    const old = workflowToGrid(DEFAULT_WORKFLOW).map((row) => row.slice(0, 7));
    expect(loaded(old).stages.every((s) => s.wipLimit === undefined)).toBe(true);
  });

  it("reads back the default lifecycle unchanged, open and problem flags included", () => {
    expect(loadWorkflow(workflowToGrid(DEFAULT_WORKFLOW))).toEqual({ ok: true, value: DEFAULT_WORKFLOW });
  });

  const stageArb = (
    keys: readonly string[],
    index: number,
  ): fc.Arbitrary<Omit<Stage, "open" | "problemBranch">> =>
    fc.record({
      key: fc.constant(keys[index] ?? ""),
      label: fc.record({
        "zh-CN": fc.constantFrom("状态", "阶段", "步骤").map((word) => `${word}${index}`),
        "en-US": fc.constantFrom("Step", "Stage two", "Wait for it").map((word) => `${word} ${index}`),
      }),
      role: fc.constantFrom(null, ...ROLES),
      slaHours: fc.oneof(fc.constant(null), fc.nat(2000), fc.constantFrom(0.5, 1.25)),
      next: fc.shuffledSubarray([...keys], { maxLength: Math.min(4, keys.length) }),
      needs: fc.shuffledSubarray([...ALL_FIELDS], { maxLength: 3 }),
    });

  const workflowArb: fc.Arbitrary<Workflow> = fc
    .uniqueArray(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/), {
      minLength: 1,
      maxLength: 8,
      selector: (key) => key.toLowerCase(),
    })
    .chain((keys) => fc.tuple(...keys.map((_, index) => stageArb(keys, index))))
    .map((raw) => {
      const problemKeys = new Set(raw.filter((s) => s.needs.includes("problem")).map((s) => s.key));
      return {
        stages: raw.map((s) => ({
          ...s,
          open: s.next.some((key) => !problemKeys.has(key)),
          problemBranch: problemKeys.has(s.key),
        })),
      };
    });

  it("round-trips any workflow through its table", () => {
    fc.assert(
      fc.property(workflowArb, (wf) => {
        expect(loadWorkflow(workflowToGrid(wf))).toEqual({ ok: true, value: wf });
      }),
    );
  });

  it("finds columns by title in any order and accepts labels, mixed separators and roles in any language", () => {
    const wf = loaded([
      ["English", "需要 Needs", "key", "下一步 Next", "中文", "SLA", "Role"],
      ["To check", "问题", "check", "To pack；已取消", "待审核", "12h", "运营"],
      ["To pack", "", "pack", "已发货 Shipped", "待打包", "24 小时", "Warehouse"],
      ["Shipped", "物流公司、快递单号", "shipped", "", "已发货", "", "仓库 Warehouse"],
      ["Cancelled", "", "cancelled", "", "已取消", "", ""],
    ]);
    expect(wf.stages.map((s) => [s.key, s.role, s.slaHours, s.next, s.needs])).toEqual([
      ["check", "operations", 12, ["pack", "cancelled"], ["problem"]],
      ["pack", "warehouse", 24, ["shipped"], []],
      ["shipped", "warehouse", null, [], ["carrier", "tracking"]],
      ["cancelled", null, null, [], []],
    ]);
  });

  it("skips blank rows", () => {
    const grid = makeWorkflowTable((rows) => [rows[0]!, ["", "", ""], [], ...rows.slice(1)]);
    expect(loaded(grid).stages).toHaveLength(10);
  });

  describe("when the lead edits the table", () => {
    it("uses a renamed status and its new SLA", () => {
      const wf = loaded(
        makeWorkflowTable((rows) =>
          rows.map((row) =>
            row[0] === "processing" ? ["processing", "打包中", "Packing", "仓库", "12", row[5]!, ""] : row,
          ),
        ),
      );
      expect(findStatus(wf, "打包中 Packing")?.key).toBe("processing");
      expect(findStatus(wf, "处理中")).toBeUndefined();
      expect(dueFor(wf, "打包中", 45800)).toBeCloseTo(45800.5, 10);
      expect(canMove(wf, "待处理 To process", "Packing").ok).toBe(true);
    });

    it("moves through an added status", () => {
      const wf = loaded(
        makeWorkflowTable((rows) => [
          ...rows.map((row) =>
            row[0] === "toProcess"
              ? [...row.slice(0, 5), "待审核 To review, onHold, afterSales, cancelled", ""]
              : row,
          ),
          ["review", "待审核", "To review", "运营 Operations", "8", "处理中, 异常", ""],
        ]),
      );
      expect(canMove(wf, "toProcess", "review").ok).toBe(true);
      expect(canMove(wf, "toProcess", "processing")).toEqual({
        ok: false,
        error: {
          kind: "illegalMove",
          from: "toProcess",
          to: "processing",
          allowed: ["review", "onHold", "afterSales", "cancelled"],
        },
      });
      expect(advanceTarget(wf, "toProcess")?.key).toBe("review");
      expect(advanceTarget(wf, "待审核")?.key).toBe("processing");
      expect(findStatus(wf, "review")?.open).toBe(true);
    });
  });

  describe("reports", () => {
    it("every missing required column at the header row", () => {
      expect(
        problemsOf(
          [
            ["key", "角色 Role"],
            ["a", "客服"],
          ],
          5,
        ),
      ).toEqual([
        { kind: "missingColumn", row: 5, column: "zh" },
        { kind: "missingColumn", row: 5, column: "en" },
        { kind: "missingColumn", row: 5, column: "next" },
      ]);
    });

    it("a table without statuses", () => {
      expect(problemsOf([HEADER, ["", ""]])).toEqual([{ kind: "noStatuses", row: 1 }]);
    });

    it("every problem of every row with its sheet row", () => {
      const grid = makeWorkflowTable((rows) => [
        ...rows,
        ["", "", "", "", "", "已完成", ""],
        ["shipped", "再发货", "Shipped again", "", "", "", ""],
        ["x1", "待处理", "X one", "", "", "", ""],
        ["x2", "", "X two", "老板", "-3", "", ""],
        ["x3", "三", "", "", "soon", "lost, 已取消", "signature"],
      ]);
      // Header on sheet row 10: the ten default statuses take rows 11–20.
      expect(problemsOf(grid, 10)).toEqual([
        { kind: "emptyKey", row: 21 },
        { kind: "duplicateKey", row: 22, key: "shipped", firstRow: 15 },
        { kind: "duplicateLabel", row: 23, key: "x1", label: "待处理", firstRow: 12 },
        { kind: "emptyLabel", row: 24, key: "x2", language: "zh-CN" },
        { kind: "unknownRole", row: 24, key: "x2", value: "老板" },
        { kind: "negativeSla", row: 24, key: "x2", value: -3 },
        { kind: "emptyLabel", row: 25, key: "x3", language: "en-US" },
        { kind: "invalidSla", row: 25, key: "x3", value: "soon" },
        { kind: "unknownNeed", row: 25, key: "x3", value: "signature" },
        { kind: "unknownNext", row: 25, key: "x3", value: "lost" },
      ]);
    });

    it("a row without key or names, by row, in the lead's terms (names, not keys)", () => {
      const [problem] = problemsOf(
        makeWorkflowTable((rows) => [...rows, ["", "", "", "", "", "已完成", ""]]),
      );
      expect(problem).toEqual({ kind: "emptyKey", row: 12 });
      const { message, params } = describeWorkflowProblem(problem!);
      expect(translate(message, "en-US", params)).toBe(
        'Row 12: the status has no name; write its names in the "中文" and "English" columns',
      );
    });

    it("problems as bilingual messages", () => {
      const [problem] = problemsOf(
        makeWorkflowTable((rows) => [...rows, ["x", "叉", "Ex", "", "", "nowhere", ""]]),
      );
      const { message, params } = describeWorkflowProblem(problem!);
      expect(translate(message, "zh-CN", params)).toBe(
        "第 12 行「下一步 Next」列（x）：「nowhere」不是表中的状态；请写表中状态的中文或英文名称，用逗号分隔",
      );
      expect(translate(message, "en-US", params)).toBe(
        'Row 12, column "下一步 Next" (x): "nowhere" is not a status in the table; write the statuses\' Chinese or English names, separated by commas',
      );
    });
  });
});
