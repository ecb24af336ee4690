/**
 * The fault-injection matrix: for every action and every sync k it makes, sync k fails (a protected
 * range at its middle write, cell-edit mode and an oversized payload before it applies, GeneralException
 * at its last statement). Afterwards the workbook must be unchanged or consistent — every changed status
 * has its status time, due and exactly one Activity row; the KPI history keeps every week; the runtime's
 * cache matches the sheet — and the action's result must say which.
 */
import { createOfficeWorkbookPort } from "../../../src/adapters/office/officeWorkbookPort";
import { refreshWeeklyReview } from "../../../src/adapters/office/review";
import { excelIdle } from "../../../src/adapters/office/runExcel";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { WorkflowRuntime, workflowRuntime } from "../../../src/adapters/office/workflowRuntime";
import { KPI_TABLE } from "../../../src/core/review";
import type { PortError } from "../../../src/core/port";
import type { Result } from "../../../src/core/result";
import type { FakeExcelHost, SeedCell } from "../../fakeExcel";
import { makeHost, NOW, OFFSET } from "./fixtures";

const label = {
  toProcess: "待处理 To process",
  processing: "处理中 Picking & packing",
  shipped: "已发货 Shipped",
};

const HEADER: SeedCell[] = ["订单号", "商品", "买家", "物流公司", "物流单号", "状态", "负责人"];
const SMALL: SeedCell[][] = [
  HEADER,
  ["1001", "杯子", "小明", "", "", label.toProcess, "小李"],
  ["1002", "锅", "小红", "顺丰", "SF1", label.processing, "阿强"],
  ["1003", "碗", "Tom", "顺丰", "SF2", label.processing, "阿强"],
  ["1004", "盘", "Lucy", "圆通", "YT1", label.shipped, "老张"],
];
const BIG: SeedCell[][] = [
  HEADER,
  ...Array.from({ length: 500 }, (_, i): SeedCell[] => [
    `${5000 + i}`,
    "杯子",
    "",
    "",
    "",
    label.toProcess,
    "小李",
  ]),
];
const TEAM = [
  { name: "小王", role: "customerService", active: true },
  { name: "小李", role: "operations", active: true },
  { name: "阿强", role: "warehouse", active: true },
  { name: "老张", role: "warehouse", active: true },
] as const;

type Outcome = "ok" | "unchanged" | "consistent" | "unknown";

interface Action {
  readonly name: string;
  readonly seed: SeedCell[][];
  /** Before the action: set up (all but setup itself), and a past review so there is KPI history. */
  readonly prepared: boolean;
  readonly run: (host: FakeExcelHost) => Promise<Outcome>;
}

const port = createOfficeWorkbookPort();

function outcomeOf(result: Result<unknown, PortError>): Outcome {
  return result.ok ? "ok" : (result.error.outcome ?? "unchanged");
}

/** A change event's outcome: the runtime's last error (after its own retry), else ok. */
async function changeOutcome(): Promise<Outcome> {
  await workflowRuntime.idle();
  const error = workflowRuntime.lastError;
  return error ? (error.outcome ?? "unchanged") : "ok";
}

const ACTIONS: readonly Action[] = [
  {
    name: "setup",
    seed: SMALL,
    prepared: false,
    run: async () => outcomeOf(await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET })),
  },
  {
    name: "advance",
    seed: SMALL,
    prepared: true,
    run: async (host) => {
      await host.select("Orders", "A2:G3");
      return outcomeOf(await port.applyAction({ kind: "advance" }, { kind: "selection" }, "小王"));
    },
  },
  {
    name: "assign",
    seed: SMALL,
    prepared: true,
    run: async () =>
      outcomeOf(
        await port.applyAction({ kind: "assign", owner: "老张" }, { kind: "rows", rows: [2, 3] }, "小王"),
      ),
  },
  {
    name: "flag",
    seed: SMALL,
    prepared: true,
    run: async () =>
      outcomeOf(
        await port.applyAction(
          { kind: "flagProblem", reason: "outOfStock" },
          { kind: "rows", rows: [3] },
          "小王",
        ),
      ),
  },
  {
    name: "board move",
    seed: SMALL,
    prepared: true,
    run: async () =>
      outcomeOf(
        await port.applyAction(
          { kind: "setStatus", status: "shipped" },
          { kind: "rows", rows: [3], from: "board" },
          "阿强",
        ),
      ),
  },
  {
    name: "typed edit",
    seed: SMALL,
    prepared: true,
    run: async (host) => {
      await host.userEdit("Orders", "F3", [[label.shipped]]);
      return changeOutcome();
    },
  },
  {
    name: "paste of 500 rows",
    seed: BIG,
    prepared: true,
    run: async (host) => {
      await host.userEdit(
        "Orders",
        "F2:F501",
        Array.from({ length: 500 }, () => [label.processing]),
      );
      return changeOutcome();
    },
  },
  {
    name: "review refresh",
    seed: SMALL,
    prepared: true,
    run: async () =>
      outcomeOf(await refreshWeeklyReview({ now: NOW + 7, utcOffsetMinutes: OFFSET, locale: "en-US" })),
  },
  {
    name: "team save",
    seed: SMALL,
    prepared: true,
    run: async () =>
      outcomeOf(await port.saveTeam([...TEAM, { name: "小赵", role: "warehouse", active: true }])),
  },
];

const FAULTS = [
  "AccessDenied",
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
] as const;

interface State {
  readonly orders: unknown[][];
  readonly activity: unknown[][];
  readonly kpis: unknown[][];
  readonly team: unknown[][];
  readonly sheets: string[];
}

function stateOf(host: FakeExcelHost): State {
  const has = (name: string): boolean => host.workbook.sheetNames().includes(name);
  const table = (name: string): unknown[][] => {
    const t = host.tables().find((x) => x.name === name);
    if (!t) return [];
    const [sheet, address] = t.address.split("!") as [string, string];
    return host.sheetValues(sheet.replace(/^'|'$/g, ""), address).slice(1);
  };
  return {
    orders: host.sheetValues("Orders"),
    activity: has("Activity") ? table("OrderFlowActivity").filter((r) => r.some((v) => v !== "")) : [],
    kpis: table(KPI_TABLE),
    team: table("OrderFlow_Team"),
    sheets: host.workbook.sheetNames(),
  };
}

/** Columns of the set-up sheet by header text. */
function column(host: FakeExcelHost, header: string): number {
  const headers = host.sheetValues("Orders")[0] ?? [];
  return headers.findIndex((h) => String(h).includes(header));
}

/** Why the workbook is not consistent (empty when it is). */
async function inconsistencies(host: FakeExcelHost, before: State, after: State): Promise<string[]> {
  const problems: string[] = [];
  const status = column(host, "状态 Status") >= 0 ? column(host, "状态 Status") : column(host, "状态");
  const since = column(host, "状态时间");
  const due = column(host, "截止");
  const newLog = after.activity.slice(before.activity.length);
  if (before.activity.some((row, i) => JSON.stringify(row) !== JSON.stringify(after.activity[i])))
    problems.push("an Activity row was changed or lost");
  if (since >= 0) {
    after.orders.forEach((row, r) => {
      const old = before.orders[r];
      if (r === 0 || !old || old[status] === row[status]) return;
      const id = String(row[0]);
      if (old[since] === row[since]) problems.push(`order ${id}: status changed without its status time`);
      if (due >= 0 && row[due] === "" && old[due] !== "") problems.push(`order ${id}: due lost`);
      const rows = newLog.filter((l) => String(l[1]) === id && l[3] === "状态 Status");
      if (rows.length !== 1) problems.push(`order ${id}: ${rows.length} Activity rows for its status change`);
    });
  }
  if (before.kpis.some((row) => !after.kpis.some((x) => x[0] === row[0])))
    problems.push("a week of KPI history was lost");
  if (workflowRuntime.started) {
    const truth = new WorkflowRuntime();
    await truth.start();
    for (const [key, line] of truth.cachedLines) {
      const cached = workflowRuntime.cachedLines.get(key);
      if (!cached || cached.status !== line.status || cached.owner !== line.owner)
        problems.push(`the cache disagrees with the sheet on ${key}`);
    }
  }
  return problems;
}

async function prepare(action: Action): Promise<{ host: FakeExcelHost; restore: () => void }> {
  workflowRuntime.stop();
  const made = makeHost(action.seed);
  if (!action.prepared) return made;
  const setUp = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
  if (!setUp.ok) throw new Error(JSON.stringify(setUp.error));
  const team = await port.saveTeam([...TEAM]);
  if (!team.ok) throw new Error(JSON.stringify(team.error));
  await workflowRuntime.start();
  if (action.name === "review refresh") {
    const first = await refreshWeeklyReview({ now: NOW, utcOffsetMinutes: OFFSET, locale: "en-US" });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
  }
  await settle(made.host);
  return made;
}

async function settle(host: FakeExcelHost): Promise<void> {
  await host.flushEvents();
  await workflowRuntime.idle();
  await excelIdle();
  await host.flushEvents();
  await workflowRuntime.idle();
}

describe("fault matrix: every sync of every action fails once", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("leaves the workbook unchanged or consistent, and the result says which", async () => {
    let total = 0;
    let held = 0;
    const said: Record<Outcome, number> = { ok: 0, unchanged: 0, consistent: 0, unknown: 0 };
    const failures: string[] = [];
    for (const action of ACTIONS) {
      // The clean run: how many syncs the action makes.
      const clean = await prepare(action);
      restore = clean.restore;
      const start = clean.host.syncNumber;
      expect(await action.run(clean.host)).toBe("ok");
      await settle(clean.host);
      const syncs = clean.host.syncNumber - start;
      restore();
      for (let k = 1; k <= syncs; k++) {
        for (const code of FAULTS) {
          const { host, restore: undo } = await prepare(action);
          restore = undo;
          const before = stateOf(host);
          host.failSync(k, code);
          const outcome = await action.run(host);
          await settle(host);
          const after = stateOf(host);
          total++;
          said[outcome]++;
          const problems: string[] = [];
          if (outcome === "unknown") problems.push("the result could not say");
          else if (outcome === "unchanged") {
            // A user's own edit stays in the sheet: "unchanged" speaks of what the add-in did.
            const userEdit = action.name === "typed edit" || action.name === "paste of 500 rows";
            if (!userEdit && JSON.stringify(after) !== JSON.stringify(before))
              problems.push("said unchanged, but the workbook changed");
            if (JSON.stringify(after.activity) !== JSON.stringify(before.activity))
              problems.push("said unchanged, but the log changed");
          }
          problems.push(...(await inconsistencies(host, before, after)));
          if (problems.length === 0) held++;
          else
            failures.push(
              `${action.name}, sync ${k} of ${syncs}, ${code} → ${outcome}: ${problems.join("; ")}`,
            );
          restore();
        }
      }
    }
    console.log(
      `${held} of ${total} faults left the workbook consistent ` +
        `(results: ${said.ok} ok after a retry or a harmless failure, ${said.unchanged} unchanged, ` +
        `${said.consistent} consistent, ${said.unknown} unknown)`,
    );
    // The matrix bites: most faults fail the action, and the results use both words.
    expect(said.unchanged).toBeGreaterThan(total / 4);
    expect(said.consistent).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(held).toBe(total);
  }, 600_000);
});
