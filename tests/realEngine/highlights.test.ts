/**
 * The highlight formulas and dropdown lists, recalculated by a real spreadsheet engine (LibreOffice
 * Calc, headless) on a set-up sample sheet of about 3,000 rows with edge rows, compared row by row with
 * the core's own reading of each row. Any formula error, unresolved name or disagreement fails.
 */
import { DEFAULT_DEADLINE_SETTINGS, dueState } from "../../src/core/deadlines";
import type { CellValue } from "../../src/core/grid";
import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW, type Workflow } from "../../src/core/lifecycle";
import { displayReason, displayStatus, LIST_NAMES, readOrderRows } from "../../src/core/plan";
import type { OrderRow } from "../../src/core/plan";
import { DEFAULT_TAGS, findTag, parseTags, type TagDef } from "../../src/core/tags";
import { makeSampleOrders, SAMPLE_TEAM, seeded } from "../preview/sampleOrders";
import { hasSoffice, recalculate, SOFFICE_MISSING } from "./libreOffice";
import { buildSetUpWorkbook, CHECK_SHEET, ORDER_SHEET } from "./setUpWorkbook";

/** Now, as LibreOffice's NOW() will see it: local time as an Excel serial. */
function localSerialNow(): number {
  const date = new Date();
  return (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000 + 25_569;
}

/** The team's own words for statuses (what the vocabulary step puts into `spellings`). */
const TEAM_WORKFLOW: Workflow = {
  stages: DEFAULT_WORKFLOW.stages.map((stage) => {
    const spellings: Record<string, string[]> = {
      toProcess: ["待发货", "To pack"],
      processing: ["Label printed", "打单中"],
      completed: ["交易成功", "Done"],
      onHold: ["缺货", "Waiting stock"],
      afterSales: ["退款中"],
    };
    return spellings[stage.key] ? { ...stage, spellings: spellings[stage.key] } : stage;
  }),
};

/** The default tags and one a lead added with wildcard characters in its words. */
const TAGS: readonly TagDef[] = [
  ...DEFAULT_TAGS,
  {
    name: "易碎*",
    aliases: ["fragile?", "~glass"],
    label: { "zh-CN": "易碎", "en-US": "Fragile" },
    fill: "#E0F2E9",
    font: "#1B5E3B",
    rank: 7,
  },
];

const EDGE_TAGS = [
  "SVIP",
  "不加急",
  "customer",
  "brush",
  "ＶＩＰ",
  "ｖｉｐ",
  "Ｖip",
  "VIP",
  "vip",
  "#VIP",
  "##加急",
  "＃加急",
  "加急,VIP",
  "加急，VIP",
  "加急、定制",
  "VIP;贺卡",
  "VIP；预售",
  "补发 VIP",
  "定做\u3000VIP",
  "VIP\n加急",
  "VIP\u00A0补发",
  "Rush",
  "RUSH",
  "rush-order",
  "Gift Note",
  "gift-note",
  "giftnote",
  "pre-sale",
  "PRE-ORDER",
  "Ｐｒｅｓａｌｅ",
  "易碎*",
  "易碎",
  "易碎x",
  "易碎品",
  "fragile?",
  "fragile",
  "FRAGILE?",
  "fragilex",
  "~glass",
  "glass",
  "*",
  "?",
  "~",
  "",
  "  ",
  "VIPs",
  "a VIP b",
  "vip,",
  ",,VIP,,",
  "贵宾",
  "定制款",
  "custom",
  "CUSTOMIZED",
  "重发",
  "urgent!",
  "加急 ,  VIP",
  "VIP#",
  "V*P",
  "V?P",
  "加急 SVIP",
  "xVIPx",
  "VI P",
];
const EDGE_STATUSES: CellValue[] = [
  "待发货",
  "To pack",
  "to PACK",
  "交易成功",
  "Done",
  "DONE ",
  "已完成",
  "Completed",
  "completed",
  "已完成 Completed",
  "已完成\u3000Completed",
  "已完成  Completed",
  "已完成/Completed",
  "已完成 / Completed",
  "COMPLETED",
  " 已完成 ",
  "缺货",
  "Waiting stock",
  "异常",
  "售后中",
  "退款中",
  "已取消",
  "cancelled",
  "Cancelled ",
  "refunded",
  "*",
  "已*",
  "?",
  "~",
  "whatever",
  "",
  "已发货 Shipped",
  "shipped",
  "待处理 To process",
  "toProcess",
  "TOPROCESS",
  "\n已完成\n",
  "Label printed",
  "已完成\u00A0Completed",
  "已完成 Completed 2",
  123,
];
const EDGE_PROBLEMS: CellValue[] = ["", "", "", " ", "\u3000", "缺货 Out of stock", "x", "\n"];

describe("highlight formulas and dropdown lists in a real engine (LibreOffice Calc)", () => {
  it("agree with the core on every row of a set-up sample sheet with edge rows", async () => {
    if (!hasSoffice()) throw new Error(SOFFICE_MISSING);
    const started = Date.now();
    const now = localSerialNow();
    const next = seeded(8);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    // Days from now: long overdue, overdue, due within the 4-hour window (1 h), on track (12 h, 2 d, 30 d).
    const dues = [now - 30, now - 2, now + 1 / 24, now + 0.5, now + 2, now + 30, null];

    const built = await buildSetUpWorkbook({
      seed: makeSampleOrders({ rows: 3000, now }),
      workflow: TEAM_WORKFLOW,
      tags: TAGS,
      team: SAMPLE_TEAM,
      now,
      edit: (grid, plan) => {
        const column = plan.mapping;
        const set = (row: number, field: keyof typeof column, value: CellValue): void => {
          (grid[row] ??= [])[column[field]!] = value;
        };
        const first = plan.body.firstRow;
        for (let row = first; row < first + plan.body.rowCount; row++) {
          // A third of the rows as setup left them; the rest edited the way teams do.
          if (next() < 0.33) continue;
          set(row, "status", pick(EDGE_STATUSES));
          set(row, "tags", pick(EDGE_TAGS));
          set(row, "due", pick(dues));
          set(row, "problem", pick(EDGE_PROBLEMS));
        }
      },
    });
    const { plan, grid, rows } = built;
    const sheets = await recalculate(built.xlsx, [ORDER_SHEET, CHECK_SHEET]);
    const values = sheets.get(ORDER_SHEET)!;
    const checkValues = sheets.get(CHECK_SHEET)!;

    // LibreOffice did recalculate: the sentinel's stale cached 5 is now 2.
    expect(checkValues[built.sentinel.row]?.[built.sentinel.column]).toBe("2");

    // The core's reading of every row the helper formulas cover (the body and the empty rows below).
    const indexes = Array.from({ length: rows.last - rows.first + 1 }, (_, i) => rows.first + i);
    const read = readOrderRows(
      {
        grid,
        origin: { row: 0, column: 0 },
        headerRow: plan.headerRow,
        dataRows: indexes,
        mapping: plan.mapping,
        platform: "generic",
      },
      TEAM_WORKFLOW,
    );
    const disagreements: string[] = [];
    let compared = 0;
    for (const row of read) {
      const line = values[row.sheetRow] ?? [];
      for (const rule of plan.highlights) {
        const shown = line[built.helperColumn.get(rule.id)!] ?? "";
        const expected = coreReading(rule.id, row, now);
        compared++;
        if (shown !== "TRUE" && shown !== "FALSE") {
          disagreements.push(`row ${row.sheetRow + 1} ${rule.id}: formula gave ${JSON.stringify(shown)}`);
        } else if ((shown === "TRUE") !== expected) {
          disagreements.push(
            `row ${row.sheetRow + 1} ${rule.id}: engine ${shown}, core ${expected} ` +
              `(status ${JSON.stringify(row.cell("status"))}, tags ${JSON.stringify(row.cell("tags"))}, ` +
              `due ${JSON.stringify(row.cell("due"))}, problem ${JSON.stringify(row.cell("problem"))})`,
          );
        }
      }
    }

    // Every dropdown list, read through its name: resolved, and what the settings say.
    const expectedLists: Record<string, string[]> = {
      // Each status: the word setup writes, then the team's other accepted words (a dropdown with a Stop
      // alert must accept every word the team's cells may hold).
      [LIST_NAMES.statuses]: TEAM_WORKFLOW.stages.flatMap((s) => {
        const words = [displayStatus(TEAM_WORKFLOW, s.key), ...(s.spellings ?? [])];
        return words.filter((w, i) => words.findIndex((o) => o.toLowerCase() === w.toLowerCase()) === i);
      }),
      [LIST_NAMES.team]: SAMPLE_TEAM.map((m) => m.name),
      [LIST_NAMES.reasons]: DEFAULT_PROBLEM_REASONS.map(displayReason),
    };
    for (const list of plan.settingsSheet.lists) {
      const line = checkValues[built.listRows.get(list.name)!] ?? [];
      const count = Number(line[1]);
      if (!Number.isInteger(count) || count < 1) {
        disagreements.push(
          `list ${list.name} (${list.reference}) did not resolve: ${JSON.stringify(line[1])}`,
        );
        continue;
      }
      const items = line.slice(2, 2 + count);
      const errors = items.filter((item) => item.startsWith("#") || item.startsWith("Err:"));
      if (errors.length > 0) disagreements.push(`list ${list.name}: ${errors.join(", ")}`);
      const wanted = expectedLists[list.name];
      if (wanted && JSON.stringify(items) !== JSON.stringify(wanted))
        disagreements.push(
          `list ${list.name}: engine ${JSON.stringify(items)}, settings ${JSON.stringify(wanted)}`,
        );
    }
    // Every status setup wrote is in the status dropdown (validation accepts what setup wrote).
    const statusList = new Set(expectedLists[LIST_NAMES.statuses]);
    for (const write of plan.writes)
      if (write.area.column === plan.mapping.status)
        for (const [value] of write.values.slice(1))
          if (value !== null && !statusList.has(String(value)))
            disagreements.push(`setup wrote status ${JSON.stringify(value)}, which is not in the dropdown`);

    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `real engine: ${read.length} rows × ${plan.highlights.length} rules (${compared} results) and ` +
        `${plan.settingsSheet.lists.length} lists checked in LibreOffice in ${seconds.toFixed(1)} s\n`,
    );
    expect(disagreements.slice(0, 25)).toEqual([]);
    // The sheet had every kind of row the rules tell apart.
    for (const rule of plan.highlights) {
      const hits = read.filter((row) => coreReading(rule.id, row, now)).length;
      expect({ rule: rule.id, some: hits > 0, notAll: hits < read.length }).toEqual({
        rule: rule.id,
        some: true,
        notAll: true,
      });
    }
    expect(read.length).toBeGreaterThanOrEqual(3000);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});

/** What a rule should say of a row, in the core's words (see planHighlights). */
function coreReading(id: string, row: OrderRow, now: number): boolean {
  const stage = row.stage;
  const closed = stage !== undefined && !stage.open;
  switch (id) {
    case "problemRow":
      return row.problem !== "";
    case "overdue": {
      const due = row.cell("due");
      return typeof due === "number" && due < now && stage?.open === true;
    }
    case "dueSoon": {
      const due = row.cell("due");
      return (
        typeof due === "number" &&
        stage?.open === true &&
        dueState(due, now, DEFAULT_DEADLINE_SETTINGS.dueSoonHours) === "dueSoon"
      );
    }
    case "problemStatus":
      return stage?.problemBranch === true;
    case "closedStatus":
      return closed;
    default: {
      const name = id.replace(/^tag:/, "");
      const tag = TAGS.find((t) => t.name === name);
      if (!tag) throw new Error(`no rule ${id}`);
      return !closed && parseTags(row.tags).some((word) => findTag(word, TAGS) === tag);
    }
  }
}
