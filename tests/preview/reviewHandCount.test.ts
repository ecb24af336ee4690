/**
 * Issue 5's "done when": a manager in the preview picks a week and every figure of the review matches
 * a hand count on the sample sheet. This builds the preview's workbook exactly as the page does with
 * `setup=1` (sample sheet, setup through the port, team, history), refreshes the review of 2026 W47
 * through the real Office port, and recounts every figure from the sheet and the Activity log with
 * plain code that follows reviewWeek's definitions — never with the review core itself.
 */
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { readActivityField } from "../../src/core/plan";
import type { ReviewSummary } from "../../src/core/port";
import type { PreviewWorkbook } from "./previewWorkbook";
import { createPreviewWorkbook } from "./previewWorkbook";
import { setUpPreviewSheet } from "./setUpPreview";

/** 2026-11-25 09:00, a Wednesday: W47 (Monday 16 – Sunday 22 November) is the last complete week. */
const NOW = 46351 + 9 / 24;
const FROM = 46342; // 2026-11-16 00:00
const END = 46349; // 2026-11-23 00:00, exclusive
const inWeek = (t: number | null): t is number => t !== null && t >= FROM && t < END;

// The default lifecycle, written out: what the cells say, where a status may go, its SLA in hours.
const STATUS: Record<string, string> = {
  "待付款 Awaiting payment": "awaitingPayment",
  "待处理 To process": "toProcess",
  "处理中 Picking & packing": "processing",
  "异常 On hold": "onHold",
  "已发货 Shipped": "shipped",
  "已签收 Delivered": "delivered",
  "已完成 Completed": "completed",
  "售后中 After-sales": "afterSales",
  "已退款 Refunded": "refunded",
  "已取消 Cancelled": "cancelled",
};
const NEXT: Record<string, string[]> = {
  awaitingPayment: ["toProcess", "cancelled"],
  toProcess: ["processing", "onHold", "afterSales", "cancelled"],
  processing: ["shipped", "onHold", "afterSales"],
  onHold: ["processing", "toProcess", "afterSales", "cancelled"],
  shipped: ["delivered", "afterSales", "onHold"],
  delivered: ["completed", "afterSales"],
  completed: ["afterSales"],
  afterSales: ["completed", "refunded", "shipped"],
  refunded: [],
  cancelled: [],
};
const SLA_HOURS: Record<string, number> = {
  awaitingPayment: 24,
  toProcess: 24,
  processing: 24,
  onHold: 24,
  shipped: 168,
  delivered: 168,
  afterSales: 72,
};
const OPEN = Object.keys(SLA_HOURS);
/** Payment to shipping by the lifecycle's SLAs: 待处理 24 h + 处理中 24 h (platforms without a rule). */
const SHIP_DAYS = 2;
/**
 * The platforms' shipping deadlines (docs/DEADLINES.md), as the sample's platform column spells them:
 * the Chinese marketplaces ship within 48 hours of payment; Amazon counts from its promise column,
 * which the sample does not have, and Shopify has no rule: both fall back to the SLA.
 */
const HOURS_AFTER_PAYMENT: Record<string, number> = { 淘宝: 48, 京东: 48, 拼多多: 48, 抖音: 48 };
/** Whose time each open stage is: the slowest-stage figure looks at the team's only. */
const TEAM_STAGES = ["toProcess", "processing", "onHold", "afterSales"];
const STAGE_ZH: Record<string, string> = Object.fromEntries(
  Object.entries(STATUS).map(([text, key]) => [key, text.split(" ")[0]!]),
);
const REASON: Record<string, string> = {
  "缺货 Out of stock": "outOfStock",
  "地址不详 Bad address": "badAddress",
  "错发 Wrong item": "wrongItem",
  "漏发 Missing item": "missingItem",
  "破损 Damaged": "damaged",
  "延迟 Late": "late",
  "投诉 Complaint": "complaint",
  "退款 Refund": "refund",
  "退货 Return": "return",
  "换货 Exchange": "exchange",
  "其他 Other": "other",
};
const TYPE_ZH: Record<string, string> = {
  ...Object.fromEntries(Object.entries(REASON).map(([text, key]) => [key, text.split(" ")[0]!])),
  illegalMove: "非法流转",
};

interface Line {
  readonly sheetRow: number;
  readonly order: string;
  readonly platform: string;
  readonly orderId: string;
  readonly line: string;
  readonly stage: string;
  readonly createdAt: number | null;
  readonly paidAt: number | null;
  readonly statusSince: number;
  readonly due: number | null;
  readonly problem: string;
  readonly tracking: string;
}

interface Move {
  readonly time: number;
  readonly orderId: string;
  readonly line: string;
  readonly field: string;
  readonly from: string;
  readonly to: string;
  readonly index: number;
}

interface Stay {
  readonly stage: string;
  readonly enter: number | null;
  readonly leave: number | null;
  readonly from: string | null;
  readonly logged: boolean;
}

interface Problem {
  readonly order: string;
  readonly orderId: string;
  readonly type: string;
  readonly stage: string;
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

function readLines(workbook: PreviewWorkbook): Line[] {
  const values = workbook.host.sheetValues(workbook.orderSheet);
  const header = values[1]!.map(String);
  const col = (name: string): number => header.findIndex((h) => h.includes(name));
  const lines: Line[] = [];
  values.slice(2).forEach((row, i) => {
    const id = row[col("Order ID")];
    if (id === "" || id === undefined) return;
    const cell = (name: string) => row[col(name)];
    lines.push({
      sheetRow: i + 3,
      order: `${String(cell("Platform"))}|${String(id)}`,
      platform: String(cell("Platform")),
      orderId: String(id),
      line: `${String(cell("SKU"))} · ${String(cell("Product"))} · ${String(cell("Variant"))}`,
      stage: STATUS[String(cell("状态 Status"))]!,
      createdAt: num(cell("Created at")),
      paidAt: num(cell("Paid at")),
      statusSince: num(cell("Status since"))!,
      due: num(cell("截止 Due")),
      problem: String(cell("问题 Problem")),
      tracking: String(cell("Tracking")),
    });
  });
  return lines;
}

function readLog(workbook: PreviewWorkbook): Move[] {
  return workbook.host
    .sheetValues("Activity")
    .slice(1)
    .map((r, index) => ({
      time: r[0] as number,
      orderId: String(r[1]),
      line: String(r[2]),
      // Old logs hold the key (`status`), new ones the label (`状态 Status`).
      field: readActivityField(r[3] ?? null) ?? String(r[3]),
      from: String(r[4]),
      to: String(r[5]),
      index,
    }));
}

/** The stays of a line: from the logged moves, the first one entered at creation (待付款) or payment (待处理). */
function staysOf(line: Line, moves: readonly Move[]): Stay[] {
  if (moves.length === 0)
    return [{ stage: line.stage, enter: line.statusSince, leave: null, from: null, logged: false }];
  const first = STATUS[moves[0]!.from]!;
  const start =
    first === "awaitingPayment"
      ? line.createdAt
      : first === "toProcess"
        ? (line.paidAt ?? line.createdAt)
        : null;
  const stays: Stay[] = [{ stage: first, enter: start, leave: moves[0]!.time, from: null, logged: false }];
  moves.forEach((m, i) =>
    stays.push({
      stage: STATUS[m.to]!,
      enter: m.time,
      leave: moves[i + 1]?.time ?? null,
      from: STATUS[m.from]!,
      logged: true,
    }),
  );
  return stays;
}

function percentile(sorted: readonly number[], p: number): number {
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

interface HandCount {
  readonly orders: Set<string>;
  readonly active: Set<string>;
  readonly problems: Problem[];
  readonly shipDue: Set<string>;
  readonly shipMissed: Set<string>;
  readonly shipped: Set<string>;
  readonly untracked: Set<string>;
  readonly cancelledNew: Set<string>;
  readonly hours: Map<string, number[]>;
}

function handCount(lines: readonly Line[], log: readonly Move[]): HandCount {
  const count: HandCount = {
    orders: new Set(),
    active: new Set(),
    problems: [],
    shipDue: new Set(),
    shipMissed: new Set(),
    shipped: new Set(),
    untracked: new Set(),
    cancelledNew: new Set(),
    hours: new Map(),
  };
  const cancelled = new Set<string>();
  for (const line of lines) {
    const mine = log.filter((m) => m.orderId === line.orderId && m.line === line.line);
    const moves = mine
      .filter((m) => m.field === "status")
      .sort((a, b) => a.time - b.time || a.index - b.index);
    const reasonsSet = mine.filter((m) => m.field === "problem");
    const stays = staysOf(line, moves);
    const orderTime = line.createdAt ?? line.paidAt;

    // The line's problem reason: the last one logged before the week's end, else the cell's.
    const loggedReasons = reasonsSet.filter((m) => m.time < END && REASON[m.to]);
    const reason =
      loggedReasons.length > 0 ? REASON[loggedReasons[loggedReasons.length - 1]!.to] : REASON[line.problem];

    const found = new Map<string, Problem>();
    const add = (type: string, stage: string): void => {
      const id = type === "late" ? `late|${stage}` : type;
      if (!found.has(id)) found.set(id, { order: line.order, orderId: line.orderId, type, stage });
    };
    // 1. Moves in the week: illegal ones, into 异常/售后中, 已退款, or 已取消 after payment.
    for (const stay of stays) {
      if (!stay.logged || !inWeek(stay.enter)) continue;
      const from = stay.from!;
      if (!NEXT[from]!.includes(stay.stage)) add("illegalMove", from);
      if (stay.stage === "onHold" || stay.stage === "afterSales") add(reason ?? "other", from);
      if (stay.stage === "refunded") add(reason ?? "refund", from);
      if (stay.stage === "cancelled" && (line.paidAt !== null || from !== "awaitingPayment"))
        add(reason ?? "other", from);
    }
    // 2. A reason set in the week (logged) without such a move.
    if (found.size === 0 && reasonsSet.some((m) => inWeek(m.time)) && REASON[line.problem])
      add(REASON[line.problem]!, line.stage);
    // 3. Shipping against the platform's deadline (payment + its hours, else + the SLA; none if
    //    cancelled or refunded by then unshipped).
    const shipStay = stays.find((s) => s.stage === "shipped" && s.logged);
    const shipTime = shipStay?.enter ?? null;
    const shipDays =
      line.platform in HOURS_AFTER_PAYMENT ? HOURS_AFTER_PAYMENT[line.platform]! / 24 : SHIP_DAYS;
    let deadline = line.paidAt === null ? null : line.paidAt + shipDays;
    const gaveUp = stays.find(
      (s) =>
        (s.stage === "cancelled" || s.stage === "refunded") &&
        s.enter !== null &&
        deadline !== null &&
        s.enter <= deadline &&
        (shipTime === null || shipTime > s.enter),
    );
    if (gaveUp) deadline = null;
    if (inWeek(deadline)) {
      count.shipDue.add(line.order);
      if (shipTime === null || shipTime > deadline) count.shipMissed.add(line.order);
    }
    if (inWeek(shipTime)) {
      count.shipped.add(line.order);
      if (line.tracking === "") count.untracked.add(line.order);
      if (deadline !== null && shipTime > deadline) add("late", shipStay!.from!);
    }
    // 4. In an open stage past its due time at the week's end.
    const current = stays[stays.length - 1]!;
    for (const stay of stays) {
      const openAtEnd = stay.enter !== null && stay.enter < END && (stay.leave === null || stay.leave >= END);
      if (!openAtEnd || !OPEN.includes(stay.stage)) continue;
      const due = stay === current ? line.due : stay.enter + SLA_HOURS[stay.stage]! / 24;
      if (due !== null && due < END) add("late", stay.stage);
    }

    const isNew = inWeek(orderTime);
    if (isNew) count.orders.add(line.order);
    const movedInWeek = stays.some((s) => (s.logged || moves.length === 0) && inWeek(s.enter));
    const openAtEnd = stays.some(
      (s) =>
        OPEN.includes(s.stage) && s.enter !== null && s.enter < END && (s.leave === null || s.leave >= END),
    );
    if (isNew || movedInWeek || openAtEnd || found.size > 0) count.active.add(line.order);
    if (stays.some((s) => s.stage === "cancelled" && s.enter !== null && s.enter < END))
      cancelled.add(line.order);
    // Time in each stage: stays that ended in the week, both ends known.
    for (const stay of stays) {
      if (stay.enter === null || stay.leave === null || !inWeek(stay.leave)) continue;
      count.hours.set(stay.stage, [...(count.hours.get(stay.stage) ?? []), (stay.leave - stay.enter) * 24]);
    }
    count.problems.push(...found.values());
  }
  for (const order of count.orders) if (cancelled.has(order)) count.cancelledNew.add(order);
  return count;
}

describe("the preview's weekly review of 2026 W47, counted by hand", () => {
  let workbook: PreviewWorkbook;
  let summary: ReviewSummary;
  let lines: Line[];
  let log: Move[];
  let count: HandCount;

  beforeAll(async () => {
    // The port reads the clock (setup stamps, the review's "now"): fix it at the preview's now.
    jest.useFakeTimers({
      now: new Date(2026, 10, 25, 9, 0, 0),
      doNotFake: [
        "nextTick",
        "setImmediate",
        "clearImmediate",
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "queueMicrotask",
        "hrtime",
        "performance",
      ],
    });
    workbook = createPreviewWorkbook({ rows: 300, now: NOW, displayLanguage: "zh-CN" });
    const port = createOfficeWorkbookPort();
    await setUpPreviewSheet(workbook, port, { now: NOW });
    const result = await port.refreshReview({ year: 2026, week: 47 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    summary = result.value;
    lines = readLines(workbook);
    log = readLog(workbook);
    count = handCount(lines, log);
  });
  afterAll(() => jest.useRealTimers());

  const kpi = (key: string): number | null => summary.kpis.find((k) => k.key === key)?.value ?? null;
  const ratio = (a: number, b: number): number => a / b;

  it("has a history: every line's status is where its last logged move took it, since that move", () => {
    let withMoves = 0;
    for (const line of lines) {
      const moves = log.filter(
        (m) => m.field === "status" && m.orderId === line.orderId && m.line === line.line,
      );
      const last = moves[moves.length - 1];
      if (!last) continue;
      withMoves++;
      expect([line.sheetRow, STATUS[last.to]]).toEqual([line.sheetRow, line.stage]);
      expect(line.statusSince).toBe(last.time);
    }
    expect(withMoves).toBeGreaterThan(200);
    expect(log.every((m) => m.time < NOW)).toBe(true);
  });

  it("reviews the week the manager picked", () => {
    expect(summary).toMatchObject({ week: { year: 2026, week: 47 }, from: FROM, to: FROM + 6 });
  });

  it("counts the new, active and problem orders as a hand count does", () => {
    const problemOrders = new Set(count.problems.map((p) => p.order));
    expect(kpi("orders")).toBe(count.orders.size);
    expect(kpi("activeOrders")).toBe(count.active.size);
    expect(kpi("problemOrders")).toBe(problemOrders.size);
    expect(kpi("problemRate")).toBeCloseTo(ratio(problemOrders.size, count.active.size), 10);
    expect(problemOrders.size).toBeGreaterThan(10);
  });

  it("rates shipping on time and late against the platforms' deadlines, cancellations and tracking as a hand count does", () => {
    expect(kpi("onTimeShipRate")).toBeCloseTo(
      ratio(count.shipDue.size - count.shipMissed.size, count.shipDue.size),
      10,
    );
    // Late: of the orders due to ship this week, those not shipped by their deadline (late or not at all).
    expect(kpi("lateShipmentRate")).toBeCloseTo(ratio(count.shipMissed.size, count.shipDue.size), 10);
    // One base: the two rates reconcile.
    expect(kpi("onTimeShipRate")! + kpi("lateShipmentRate")!).toBeCloseTo(1, 10);
    expect(kpi("cancellationRate")).toBeCloseTo(ratio(count.cancelledNew.size, count.orders.size), 10);
    expect(kpi("trackingRate")).toBeCloseTo(
      ratio(count.shipped.size - count.untracked.size, count.shipped.size),
      10,
    );
    expect(count.shipMissed.size).toBeGreaterThan(0);
    expect(count.shipDue.size - count.shipMissed.size).toBeGreaterThan(0);
  });

  it("names the slowest team stage by median hours and gives the carrier's time apart, as a hand count does", () => {
    const median = (stage: string): number => {
      const sorted = [...count.hours.get(stage)!].sort((a, b) => a - b);
      return Math.round(percentile(sorted, 0.5) * 100) / 100;
    };
    const medians = TEAM_STAGES.filter((s) => count.hours.has(s)).map((stage) => ({
      stage,
      median: median(stage),
    }));
    const slowest = medians.reduce((a, b) => (b.median > a.median ? b : a));
    const figure = summary.kpis.find((k) => k.key === "slowestStage")!;
    expect(figure.value).toBe(slowest.median);
    expect(figure.label["zh-CN"]).toContain(STAGE_ZH[slowest.stage]);
    expect(figure.target).toEqual({ op: "<", value: SLA_HOURS[slowest.stage] });
    const carrier = summary.kpis.find((k) => k.key === "carrierHours")!;
    expect(carrier.value).toBe(count.hours.has("shipped") ? median("shipped") : null);
    expect(carrier.label["zh-CN"]).toMatch(/^承运商时长/);
  });

  it("lists one row per problem on the Problems sheet, of the hand-counted types", () => {
    expect(summary.problemCount).toBe(count.problems.length);
    const rows = workbook.host.sheetValues("问题订单 Problems").slice(1);
    expect(rows).toHaveLength(count.problems.length);
    const onSheet = rows.map((r) => `${String(r[2])} ${String(r[6])} ${String(r[7])}`).sort();
    const expected = count.problems
      .map((p) => `${p.orderId} ${STAGE_ZH[p.stage]} ${TYPE_ZH[p.type] ?? p.type}`)
      .sort();
    expect(onSheet).toEqual(expected);
  });
});
