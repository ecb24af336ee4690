import type { CellValue } from "../../../src/core/grid";
import {
  DEFAULT_DEADLINE_SETTINGS,
  deadlinesToGrid,
  dueForOrder,
  dueState,
  findDeadlineRule,
  loadDeadlineSettings,
  shipDeadline,
} from "../../../src/core/deadlines";
import type { DeadlineSettings } from "../../../src/core/deadlines";
import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { MappedSheet } from "../../../src/core/plan";
import { displayStatus, planBulkAction, readOrderRows } from "../../../src/core/plan";
import type { Field } from "../../../src/core/schema";

/** Wednesday 2026-11-25 09:00 as an Excel serial. */
const NOW = 46351 + 9 / 24;
const hoursAgo = (h: number): number => NOW - h / 24;
const rules = DEFAULT_DEADLINE_SETTINGS.rules;

describe("findDeadlineRule", () => {
  it.each([
    ["拼多多", "pinduoduo"],
    ["PDD", "pinduoduo"],
    ["pinduoduo", "pinduoduo"],
    ["天猫", "taobao"],
    ["淘宝 Taobao", "taobao"],
    ["抖音", "douyin"],
    ["快手小店", "kuaishou"],
    ["京东", "jd"],
    ["微信小店", "wechat"],
    ["视频号", "wechat"],
    ["Amazon US", "amazon"],
    ["ＡＭＡＺＯＮ", "amazon"],
    ["eBay", "ebay"],
    ["Shopee", "shopee"],
    ["TikTok Shop", "tiktok"],
  ])("reads the platform cell %s as %s", (cell, key) => {
    expect(findDeadlineRule(cell, rules)?.key).toBe(key);
  });

  it.each(["Shopify", "generic", "", "线下"])("has no rule for %j (the stage SLA applies)", (cell) => {
    expect(findDeadlineRule(cell, rules)).toBeUndefined();
  });
});

describe("shipDeadline", () => {
  const paid = hoursAgo(30);
  it("gives the Chinese marketplaces 48 hours from payment", () => {
    for (const platform of ["淘宝", "拼多多", "抖店", "快手", "京东", "微信小店"])
      expect(shipDeadline({ platform, paidAt: paid, shipBy: null }, DEFAULT_DEADLINE_SETTINGS, 12)).toEqual({
        due: paid + 2,
        basis: "payment",
      });
  });

  it("takes the export's own promise first, whatever the platform", () => {
    const promise = hoursAgo(-5);
    expect(
      shipDeadline({ platform: "Amazon", paidAt: paid, shipBy: promise }, DEFAULT_DEADLINE_SETTINGS, 48),
    ).toEqual({ due: promise, basis: "promise" });
    expect(
      shipDeadline({ platform: "拼多多", paidAt: paid, shipBy: promise }, DEFAULT_DEADLINE_SETTINGS, 48),
    ).toEqual({ due: promise, basis: "promise" });
  });

  it("falls back to payment + the ship SLA without a promise or a rule, and to nothing without a payment", () => {
    expect(
      shipDeadline({ platform: "Amazon", paidAt: paid, shipBy: null }, DEFAULT_DEADLINE_SETTINGS, 36),
    ).toEqual({ due: paid + 1.5, basis: "sla" });
    expect(
      shipDeadline({ platform: "Shopify", paidAt: paid, shipBy: null }, DEFAULT_DEADLINE_SETTINGS, 36),
    ).toEqual({ due: paid + 1.5, basis: "sla" });
    expect(
      shipDeadline({ platform: "拼多多", paidAt: null, shipBy: null }, DEFAULT_DEADLINE_SETTINGS, 36),
    ).toBeNull();
    expect(
      shipDeadline({ platform: "Shopify", paidAt: paid, shipBy: null }, DEFAULT_DEADLINE_SETTINGS, null),
    ).toBeNull();
  });
});

describe("dueState", () => {
  const due = (paidHoursAgo: number) =>
    shipDeadline(
      { platform: "拼多多", paidAt: hoursAgo(paidHoursAgo), shipBy: null },
      DEFAULT_DEADLINE_SETTINGS,
      null,
    )!.due;

  it("calls a Pinduoduo order paid 47 hours ago due soon and one paid 49 hours ago overdue", () => {
    expect(dueState(due(47), NOW, 4)).toBe("dueSoon");
    expect(dueState(due(49), NOW, 4)).toBe("overdue");
  });

  it("starts the due-soon window its length before the deadline, and the window is the lead's to set", () => {
    expect(dueState(due(43.5), NOW, 4)).toBe("onTrack"); // 4.5 h left
    expect(dueState(due(44), NOW, 4)).toBe("dueSoon"); // exactly 4 h left
    expect(dueState(due(40), NOW, 8)).toBe("dueSoon");
    expect(dueState(null, NOW, 4)).toBe("onTrack");
  });
});

describe("dueForOrder", () => {
  const order = { platform: "拼多多", paidAt: hoursAgo(47), shipBy: null };

  it("counts 待处理 and 处理中 from payment by the platform's rule, not from when the team touched the row", () => {
    expect(dueForOrder(DEFAULT_WORKFLOW, "toProcess", NOW, order, DEFAULT_DEADLINE_SETTINGS)).toBeCloseTo(
      hoursAgo(47) + 2,
      10,
    );
    expect(dueForOrder(DEFAULT_WORKFLOW, "processing", NOW, order, DEFAULT_DEADLINE_SETTINGS)).toBeCloseTo(
      hoursAgo(47) + 2,
      10,
    );
  });

  it("keeps the stage SLA off the ship path, for platforms without a rule and for unpaid orders", () => {
    expect(dueForOrder(DEFAULT_WORKFLOW, "shipped", NOW, order, DEFAULT_DEADLINE_SETTINGS)).toBe(NOW + 7);
    expect(dueForOrder(DEFAULT_WORKFLOW, "onHold", NOW, order, DEFAULT_DEADLINE_SETTINGS)).toBe(NOW + 1);
    const shopify = { ...order, platform: "Shopify" };
    expect(dueForOrder(DEFAULT_WORKFLOW, "processing", NOW, shopify, DEFAULT_DEADLINE_SETTINGS)).toBe(
      NOW + 1,
    );
    const unpaid = { ...order, paidAt: null };
    expect(dueForOrder(DEFAULT_WORKFLOW, "toProcess", NOW, unpaid, DEFAULT_DEADLINE_SETTINGS)).toBe(NOW + 1);
  });
});

describe("the deadline tables on the settings sheet", () => {
  it("reads back what it writes", () => {
    const grids = deadlinesToGrid(DEFAULT_DEADLINE_SETTINGS);
    expect(grids.rules[0]).toEqual([
      "键 Key",
      "平台写法 Platform names",
      "截止依据 Deadline from",
      "小时 Hours",
    ]);
    expect(grids.rules.find((r) => r[0] === "pinduoduo")).toEqual([
      "pinduoduo",
      "拼多多, pdd, pinduoduo",
      "付款后 after payment",
      48,
    ]);
    const loaded = loadDeadlineSettings(grids.rules, grids.dueSoon);
    expect(loaded.ok && loaded.value).toEqual(DEFAULT_DEADLINE_SETTINGS);
  });

  it("takes the lead's edits: a store that promised 24 hours, an 8-hour warning, a basis in either language", () => {
    const grids = deadlinesToGrid(DEFAULT_DEADLINE_SETTINGS);
    const rulesGrid = grids.rules.map((r) => (r[0] === "pinduoduo" ? [...r.slice(0, 2), "付款后", 24] : r));
    rulesGrid.push(["lazada", "Lazada", "promise column", ""]);
    const loaded = loadDeadlineSettings(rulesGrid, [grids.dueSoon[0]!, ["8"]]);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const settings: DeadlineSettings = loaded.value;
    expect(settings.dueSoonHours).toBe(8);
    expect(findDeadlineRule("拼多多", settings.rules)).toMatchObject({ basis: "payment", hours: 24 });
    expect(findDeadlineRule("Lazada", settings.rules)).toMatchObject({ basis: "promise", hours: null });
    const paid = hoursAgo(20);
    expect(shipDeadline({ platform: "PDD", paidAt: paid, shipBy: null }, settings, 48)?.due).toBe(paid + 1);
    expect(dueState(paid + 1, NOW, settings.dueSoonHours)).toBe("dueSoon");
  });

  it("lists every unreadable cell with its row, and uses the presets without the tables", () => {
    const header = deadlinesToGrid(DEFAULT_DEADLINE_SETTINGS).rules[0]!;
    const loaded = loadDeadlineSettings(
      [
        header,
        ["pinduoduo", "拼多多", "尽快", 48],
        ["jd", "京东", "付款后", "两天"],
        ["", "", "", ""],
        ["douyin", "抖店", "付款后", ""],
      ],
      [["临期提醒（小时）Due soon (hours)"], [-1]],
    );
    expect(loaded.ok ? [] : loaded.error).toEqual([
      { kind: "badBasis", row: 2, value: "尽快" },
      { kind: "badHours", row: 3, value: "两天" },
      { kind: "badHours", row: 5, value: "" },
      { kind: "badDueSoon", value: "-1" },
    ]);
    const none = loadDeadlineSettings(null, null);
    expect(none.ok && none.value).toEqual(DEFAULT_DEADLINE_SETTINGS);
  });
});

describe("an action that moves orders onto the ship path", () => {
  const HEADER = ["订单号", "平台", "付款时间", "状态 Status", "截止 Due", "状态时间 Status since"];
  const COLUMNS: Partial<Record<Field, number>> = {
    orderId: 0,
    platform: 1,
    paidAt: 2,
    status: 3,
    due: 4,
    statusSince: 5,
  };
  const toProcess = displayStatus(DEFAULT_WORKFLOW, "toProcess");
  const grid: CellValue[][] = [
    HEADER,
    ["P47", "拼多多", hoursAgo(47), toProcess, "", ""],
    ["P49", "拼多多", hoursAgo(49), toProcess, "", ""],
    ["S47", "Shopify", hoursAgo(47), toProcess, "", ""],
  ];
  const sheet: MappedSheet = {
    grid,
    origin: { row: 0, column: 0 },
    headerRow: 0,
    dataRows: [1, 2, 3],
    mapping: COLUMNS,
    platform: "generic",
  };

  it("writes the platform's deadline as the due time: the order paid 47 h ago is due soon, 49 h ago overdue", () => {
    const plan = planBulkAction(
      readOrderRows(sheet, DEFAULT_WORKFLOW),
      { kind: "advance" },
      {
        workflow: DEFAULT_WORKFLOW,
        team: [],
        reasons: DEFAULT_PROBLEM_REASONS,
        now: NOW,
        who: "小王",
        autoRoute: false,
        columns: COLUMNS,
        deadlines: DEFAULT_DEADLINE_SETTINGS,
        platform: "generic",
      },
    );
    const dueWrite = plan.writes.find((w) => w.area.column === COLUMNS.due);
    const dues = (dueWrite?.values ?? []).map((r) => r[0] as number);
    expect(dues).toHaveLength(3);
    expect(dues.map((d) => dueState(d, NOW, DEFAULT_DEADLINE_SETTINGS.dueSoonHours))).toEqual([
      "dueSoon", // 拼多多 paid 47 h ago: 1 h left of its 48
      "overdue", // 拼多多 paid 49 h ago: 1 h past
      "onTrack", // Shopify has no platform rule: 处理中's own 24 h from now
    ]);
    expect(dues[0]).toBeCloseTo(NOW + 1 / 24, 10);
    expect(dues[2]).toBeCloseTo(NOW + 1, 10);
  });
});
