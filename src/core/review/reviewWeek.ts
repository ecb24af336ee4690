import type { DeadlineSettings } from "../deadlines";
import { DEFAULT_DEADLINE_SETTINGS, shipDeadline, shippedStageOf, shipSlaHours } from "../deadlines";
import { orderKey as orderKeyOf } from "../orderKey";
import type { Message } from "../i18n/translate";
import { fillTemplate } from "../i18n/translate";
import type { ProblemReason, Stage, Workflow } from "../lifecycle";
import { canMove, findProblemReason } from "../lifecycle";
import type { OrderRow } from "../plan";
import { PLAN_MESSAGES } from "../plan";
import type { IsoWeek, KpiFigure } from "../port";
import type { CellValue } from "../grid";
import type { PlatformId } from "../schema";
import { parseDateTime } from "../values";
import { formatIsoWeek, weekBounds } from "./isoWeek";
import { lineTimeline, openAt } from "./lineTimeline";
import { REVIEW_MESSAGES } from "./messages";
import { percentileInc } from "./percentile";
import type { LogEntry } from "./readActivityLog";
import { logLineKey } from "./readActivityLog";
import type { StageClock } from "./stageClock";
import { stageClock } from "./stageClock";

export { shipSlaHours };

/** How a problem was found (the type says what went wrong; the kind says how the review saw it). */
export type ProblemKind =
  | "onHold"
  | "afterSales"
  | "refunded"
  | "cancelledAfterPayment"
  | "reason"
  | "illegalMove"
  | "lateShipment"
  | "overdue";

/** The problem type of illegal moves (the others are problem-reason keys, `late` among them). */
export const ILLEGAL_MOVE_TYPE = "illegalMove";
export const LATE_TYPE = "late";
export const OTHER_TYPE = "other";

/** One problem of one order line in the week: one row of the Problems table. */
export interface ReviewProblem {
  readonly week: string;
  readonly platform: string;
  readonly orderId: string;
  readonly line: string;
  readonly product: string;
  readonly sku: string;
  readonly customer: string;
  /** The stage where it arose. */
  readonly stage: Stage;
  /** A problem-reason key, or `illegalMove`. */
  readonly type: string;
  readonly kind: ProblemKind;
  readonly owner: string;
  /** Days past the due time (late problems); null otherwise. */
  readonly daysLate: number | null;
  /** When it arose (Excel serial). */
  readonly time: number;
  /** 1-based row on the order sheet. */
  readonly row: number;
}

export interface StageTime {
  readonly stage: Stage;
  /** Whose time it is: the slowest-stage figure looks at team stages only. */
  readonly clock: StageClock;
  /** Stays in this stage that ended in the week with a known start and end. */
  readonly count: number;
  readonly medianHours: number | null;
  readonly p85Hours: number | null;
}

export interface ProductRank {
  readonly product: string;
  readonly orders: number;
  readonly problemOrders: number;
  readonly rate: number;
}

export interface CustomerRank {
  readonly customer: string;
  readonly afterSalesOrders: number;
  readonly problems: number;
}

/**
 * The counts behind the rates, each a number of distinct orders (platform + order id). The two
 * shipping rates share one base, `shipDue`: shippedOnTime + shipMissed = shipDue, so 准时发货率 and
 * 迟发货率 add up to 100 %.
 */
export interface ReviewCounts {
  readonly orders: number;
  readonly activeOrders: number;
  readonly problemOrders: number;
  /** Orders whose shipping deadline fell in the week (up to now). */
  readonly shipDue: number;
  /** Of those, shipped by the deadline. */
  readonly shippedOnTime: number;
  /** Of those, shipped after the deadline or not shipped at all by it. */
  readonly shipMissed: number;
  /** Orders shipped in the week (the tracking rate's base). */
  readonly shipped: number;
  readonly cancelled: number;
  readonly shippedWithTracking: number;
}

export interface WeekReview {
  readonly week: IsoWeek;
  /** `2026-W47`. */
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly problems: readonly ReviewProblem[];
  readonly counts: ReviewCounts;
  readonly kpis: readonly KpiFigure[];
  readonly stageTimes: readonly StageTime[];
  readonly byType: readonly { readonly type: string; readonly label: Message; readonly count: number }[];
  readonly topProducts: readonly ProductRank[];
  readonly topCustomers: readonly CustomerRank[];
  /** The smallest order count a product needs to enter the top list. */
  readonly minProductOrders: number;
  /** Hours the ship SLA allows from payment to shipping (sum of the stage SLAs on the way), or null. */
  readonly shipSlaHours: number | null;
}

export interface ReviewInput {
  readonly workflow: Workflow;
  readonly reasons: readonly ProblemReason[];
  readonly rows: readonly OrderRow[];
  /** The sheet's platform, for rows without a platform column. */
  readonly platform: PlatformId;
  readonly log: readonly LogEntry[];
  readonly week: IsoWeek;
  /** Now as an Excel serial, local time: a week not yet over is judged up to now. */
  readonly now: number;
  readonly utcOffsetMinutes: number;
  /** Products with fewer orders in the week are left out of the top list (default 3). */
  readonly minProductOrders?: number;
  /** Length of the top lists (default 10). */
  readonly topCount?: number;
  /** The platforms' shipping deadlines (default: the presets of DEFAULT_DEADLINE_SETTINGS). */
  readonly deadlines?: DeadlineSettings;
}

export const DEFAULT_MIN_PRODUCT_ORDERS = 3;
export const DEFAULT_TOP_COUNT = 10;

function serialOf(value: CellValue, utcOffsetMinutes: number): number | null {
  const parsed = parseDateTime(value, { utcOffsetMinutes });
  return parsed.kind === "ok" ? parsed.serial : null;
}

/** The label of a problem type in a language: a reason's label, `非法流转`, or the key itself. */
export function problemTypeLabel(type: string, reasons: readonly ProblemReason[]): Message {
  if (type === ILLEGAL_MOVE_TYPE) return REVIEW_MESSAGES.illegalMove;
  return reasons.find((r) => r.key === type)?.label ?? { "zh-CN": type, "en-US": type };
}

const round = (n: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/**
 * The week's review from the order rows and the Activity log alone — problems (one per line and
 * type), KPIs with their yardsticks, time in each stage and the top lists. Every rate is a count of
 * distinct orders over a count of distinct orders (`counts`), so each figure can be recounted by hand.
 *
 * - A line is *active* in the week when it was ordered in it, moved in it, or sat in an open stage at
 *   the week's end. The problem rate is problem orders over active orders.
 * - Problems: entering 异常/售后中 (any problem-branch stage), 已退款, or 已取消 after payment in the
 *   week; a logged move the lifecycle forbids; a problem reason set in the week without such a move;
 *   shipped in the week after its deadline; in an open stage past its due time at the week's end.
 * - Shipping: an order's deadline is the platform's (deadlines/shipDeadline: the export's promise
 *   column, else hours after payment, else payment + the ship SLA; none without either, nor when
 *   cancelled or refunded before it). Of the orders whose deadline falls in the week, the on-time
 *   rate counts those shipped by it and the late rate those that were not (shipped later or not yet):
 *   the two add up to 100 %, as the platforms count a late shipment at its deadline.
 *   Cancellation rate: new orders of the week cancelled by its end. Tracking: orders shipped in the
 *   week whose shipped lines all have a tracking number.
 */
export function reviewWeek(input: ReviewInput): WeekReview {
  const { workflow, reasons, week } = input;
  const { from, to, end } = weekBounds(week);
  const label = formatIsoWeek(week);
  const horizon = Math.min(end, input.now);
  const inWeek = (t: number | null): t is number => t !== null && t >= from && t < end && t <= input.now;
  const shipped = shippedStageOf(workflow);
  const shipHours = shipSlaHours(workflow);
  const deadlines = input.deadlines ?? DEFAULT_DEADLINE_SETTINGS;
  const firstStage = workflow.stages[0];
  // Memoised: a million rows share a dozen reasons and a few dozen moves.
  const moves = new Map<string, boolean>();
  const allowed = (a: Stage, b: Stage): boolean => {
    const key = `${a.key}\u241e${b.key}`;
    let can = moves.get(key);
    if (can === undefined) moves.set(key, (can = canMove(workflow, a.key, b.key).ok));
    return can;
  };
  const reasonCache = new Map<string, string | undefined>();
  const reasonOf = (text: string): string | undefined => {
    if (text === "") return undefined;
    if (!reasonCache.has(text)) reasonCache.set(text, findProblemReason(text, reasons)?.key);
    return reasonCache.get(text);
  };

  const statusLog = new Map<string, LogEntry[]>();
  const problemLog = new Map<string, LogEntry[]>();
  for (const entry of input.log) {
    const target = entry.field === "status" ? statusLog : entry.field === "problem" ? problemLog : null;
    if (!target) continue;
    const key = logLineKey(entry.orderId, entry.line);
    const list = target.get(key);
    if (list) list.push(entry);
    else target.set(key, [entry]);
  }

  const problems: ReviewProblem[] = [];
  const orders = new Set<string>();
  const active = new Set<string>();
  const shipDue = new Set<string>();
  const shipMissed = new Set<string>();
  const shippedIn = new Set<string>();
  const untracked = new Set<string>();
  const cancelledNew = new Set<string>();
  const cancelledBy = new Set<string>();
  const durations = new Map<string, number[]>();
  const productOrders = new Map<string, Set<string>>();
  const productProblems = new Map<string, Set<string>>();

  for (const row of input.rows) {
    if (row.orderId === "") continue;
    const platform = row.text("platform") || input.platform;
    const orderKey = orderKeyOf(platform, row.orderId);
    const lineKey = logLineKey(row.orderId, row.line);
    const createdAt = serialOf(row.cell("createdAt"), input.utcOffsetMinutes);
    const paidAt = serialOf(row.cell("paidAt"), input.utcOffsetMinutes);
    const statusSince = serialOf(row.cell("statusSince"), input.utcOffsetMinutes);
    const dueCell = serialOf(row.cell("due"), input.utcOffsetMinutes);
    const orderTime = createdAt ?? paidAt;
    const visits = lineTimeline(
      workflow,
      { stage: row.stage, statusSince, createdAt, paidAt },
      statusLog.get(lineKey) ?? [],
      allowed,
    );
    const product = row.text("product") || row.text("sku") || row.line;
    const base = {
      week: label,
      platform,
      orderId: row.orderId,
      line: row.line,
      product,
      sku: row.text("sku"),
      customer: row.text("buyer") || row.text("recipient"),
      owner: row.owner,
      row: row.sheetRow + 1,
    };
    const found: ReviewProblem[] = [];
    const seen = new Set<string>();
    const add = (p: Omit<ReviewProblem, keyof typeof base>): void => {
      const id = p.type === LATE_TYPE ? `${p.type}|${p.stage.key}` : p.type;
      if (seen.has(id)) return;
      seen.add(id);
      found.push({ ...base, ...p });
    };

    // The reason at a time: the last logged problem value up to the week's end, else the cell.
    const reasonKey = (): string | undefined => {
      const logged = (problemLog.get(lineKey) ?? [])
        .filter((e) => e.time < end)
        .sort((a, b) => a.time - b.time || a.index - b.index);
      for (let i = logged.length - 1; i >= 0; i--) {
        const reason = reasonOf(logged[i]?.to ?? "");
        if (reason) return reason;
      }
      return reasonOf(row.problem);
    };

    // 1. Status moves into a problem in the week.
    for (const visit of visits) {
      if (!inWeek(visit.enter) || visit.source === "orderTime" || visit.source === "none") continue;
      const time = visit.enter;
      const origin = visit.from ?? visit.stage;
      if (visit.illegal && visit.from)
        add({ stage: visit.from, type: ILLEGAL_MOVE_TYPE, kind: "illegalMove", daysLate: null, time });
      if (visit.stage.problemBranch) {
        const kind: ProblemKind =
          visit.stage.key === "afterSales" || visit.stage.next.includes("refunded") ? "afterSales" : "onHold";
        add({ stage: origin, type: reasonKey() ?? OTHER_TYPE, kind, daysLate: null, time });
      } else if (visit.stage.key === "refunded") {
        add({ stage: origin, type: reasonKey() ?? "refund", kind: "refunded", daysLate: null, time });
      } else if (visit.stage.key === "cancelled") {
        const afterPayment = paidAt !== null || (visit.from !== undefined && visit.from !== firstStage);
        if (afterPayment)
          add({
            stage: origin,
            type: reasonKey() ?? OTHER_TYPE,
            kind: "cancelledAfterPayment",
            daysLate: null,
            time,
          });
      }
    }

    // 2. A problem reason (or an illegal-move note) set in the week without such a move.
    //    When the log says when the reason was set (or when the flagged illegal move was made), only
    //    that time counts; 状态时间 and the order time stand in only for a cell the log knows nothing of.
    if (found.length === 0 && row.problem !== "") {
      const illegal = row.problem.startsWith(PLAN_MESSAGES.illegalMoveNote["zh-CN"]);
      const logged = problemLog.get(lineKey) ?? [];
      const loggedTimes = logged.map((e) => e.time).filter((t) => inWeek(t));
      const known = logged.length > 0 || (illegal && visits.some((v) => v.illegal));
      const time =
        loggedTimes.length > 0
          ? Math.min(...loggedTimes)
          : known
            ? null
            : inWeek(statusSince)
              ? statusSince
              : inWeek(orderTime)
                ? orderTime
                : null;
      const stage = row.stage ?? visits[visits.length - 1]?.stage;
      if (time !== null && stage) {
        add({
          stage,
          type: illegal ? ILLEGAL_MOVE_TYPE : (reasonOf(row.problem) ?? OTHER_TYPE),
          kind: illegal ? "illegalMove" : "reason",
          daysLate: null,
          time,
        });
      }
    }

    // 3. Shipping: deadline, ship time, late shipment.
    const shipVisit = shipped
      ? visits.find((v) => v.stage === shipped && v.enter !== null && v.source !== "orderTime")
      : undefined;
    const shipTime = shipVisit?.enter ?? serialOf(row.cell("shippedAt"), input.utcOffsetMinutes);
    // The platform's deadline; none without a payment or a promise, nor for a line cancelled or
    // refunded before it was due.
    const shipBy = serialOf(row.cell("shipBy"), input.utcOffsetMinutes);
    let deadline = shipDeadline({ platform, paidAt, shipBy }, deadlines, shipHours)?.due ?? null;
    if (
      deadline !== null &&
      visits.some(
        (v) =>
          (v.stage.key === "cancelled" || v.stage.key === "refunded") &&
          v.enter !== null &&
          v.enter <= (deadline ?? 0) &&
          (shipTime === null || shipTime > v.enter),
      )
    )
      deadline = null;
    if (deadline !== null && inWeek(deadline)) {
      shipDue.add(orderKey);
      if (shipTime === null || shipTime > deadline) shipMissed.add(orderKey);
    }
    if (inWeek(shipTime)) {
      shippedIn.add(orderKey);
      if (row.text("tracking") === "") untracked.add(orderKey);
      if (deadline !== null && shipTime > deadline) {
        const previous = shipVisit ? visits[visits.indexOf(shipVisit) - 1] : undefined;
        const before = shipVisit?.from ?? previous?.stage ?? shipped;
        if (before)
          add({
            stage: before,
            type: LATE_TYPE,
            kind: "lateShipment",
            daysLate: round(shipTime - deadline, 2),
            time: shipTime,
          });
      }
    }

    // 4. Overdue at the week's end (or now, for the running week).
    const currentVisit = visits[visits.length - 1];
    for (const visit of visits) {
      if (!visit.stage.open || !openAt(visit, horizon) || visit.enter === null) continue;
      const sla = visit.stage.slaHours;
      const due =
        visit === currentVisit && !visit.ended && dueCell !== null
          ? dueCell
          : sla === null
            ? null
            : visit.enter + sla / 24;
      if (due !== null && due < horizon)
        add({
          stage: visit.stage,
          type: LATE_TYPE,
          kind: "overdue",
          daysLate: round(horizon - due, 2),
          time: due,
        });
    }

    // Activity and cohorts.
    const isNew = inWeek(orderTime);
    if (isNew) orders.add(orderKey);
    const moved = visits.some((v) => inWeek(v.enter) && v.source !== "orderTime" && v.source !== "none");
    const openAtEnd = visits.some((v) => v.stage.open && openAt(v, horizon));
    const isActive = isNew || moved || openAtEnd || found.length > 0;
    if (isActive) active.add(orderKey);
    if (visits.some((v) => v.stage.key === "cancelled" && v.enter !== null && v.enter < end))
      cancelledBy.add(orderKey);

    // Stage durations: stays that ended in the week with both ends known.
    for (const visit of visits) {
      if (!visit.exact || visit.enter === null || visit.leave === null || !inWeek(visit.leave)) continue;
      const list = durations.get(visit.stage.key) ?? [];
      list.push((visit.leave - visit.enter) * 24);
      durations.set(visit.stage.key, list);
    }

    if (isActive) {
      const set = productOrders.get(product) ?? new Set<string>();
      set.add(orderKey);
      productOrders.set(product, set);
    }
    if (found.length > 0) {
      const set = productProblems.get(product) ?? new Set<string>();
      set.add(orderKey);
      productProblems.set(product, set);
    }
    problems.push(...found);
  }

  problems.sort((a, b) => a.time - b.time || a.row - b.row);
  const problemOrders = new Set(problems.map((p) => orderKeyOf(p.platform, p.orderId)));
  // A cancelled new order counts once even if only one of its lines was new.
  for (const key of orders) if (cancelledBy.has(key)) cancelledNew.add(key);
  const counts: ReviewCounts = {
    orders: orders.size,
    activeOrders: active.size,
    problemOrders: problemOrders.size,
    shipDue: shipDue.size,
    shippedOnTime: shipDue.size - shipMissed.size,
    shipMissed: shipMissed.size,
    shipped: shippedIn.size,
    cancelled: cancelledNew.size,
    shippedWithTracking: shippedIn.size - untracked.size,
  };

  const stageTimes: StageTime[] = workflow.stages
    .filter((s) => s.open)
    .map((stage) => {
      const sorted = (durations.get(stage.key) ?? []).slice().sort((a, b) => a - b);
      const median = percentileInc(sorted, 0.5);
      const p85 = percentileInc(sorted, 0.85);
      return {
        stage,
        clock: stageClock(workflow, stage),
        count: sorted.length,
        medianHours: median === null ? null : round(median, 2),
        p85Hours: p85 === null ? null : round(p85, 2),
      };
    });

  const typeCounts = new Map<string, number>();
  for (const p of problems) typeCounts.set(p.type, (typeCounts.get(p.type) ?? 0) + 1);
  const typeOrder = [...reasons.map((r) => r.key), ILLEGAL_MOVE_TYPE];
  const byType = [...typeCounts.entries()]
    .map(([type, count]) => ({ type, label: problemTypeLabel(type, reasons), count }))
    .sort(
      (a, b) =>
        b.count - a.count || rank(typeOrder, a.type) - rank(typeOrder, b.type) || compareText(a.type, b.type),
    );

  const topCount = input.topCount ?? DEFAULT_TOP_COUNT;
  const minOrders = input.minProductOrders ?? DEFAULT_MIN_PRODUCT_ORDERS;
  const topProducts: ProductRank[] = [...productOrders.entries()]
    .map(([product, set]) => {
      const problemCount = productProblems.get(product)?.size ?? 0;
      return { product, orders: set.size, problemOrders: problemCount, rate: problemCount / set.size };
    })
    .filter((p) => p.problemOrders > 0 && p.orders >= minOrders)
    .sort((a, b) => b.rate - a.rate || b.problemOrders - a.problemOrders || compareText(a.product, b.product))
    .slice(0, topCount);

  const customers = new Map<string, { afterSales: Set<string>; problems: number }>();
  for (const p of problems) {
    if (p.customer === "") continue;
    const entry = customers.get(p.customer) ?? { afterSales: new Set<string>(), problems: 0 };
    entry.problems++;
    if (p.kind === "afterSales" || p.kind === "refunded")
      entry.afterSales.add(orderKeyOf(p.platform, p.orderId));
    customers.set(p.customer, entry);
  }
  const topCustomers: CustomerRank[] = [...customers.entries()]
    .map(([customer, e]) => ({ customer, afterSalesOrders: e.afterSales.size, problems: e.problems }))
    .filter((c) => c.afterSalesOrders > 0)
    .sort(
      (a, b) =>
        b.afterSalesOrders - a.afterSalesOrders ||
        b.problems - a.problems ||
        compareText(a.customer, b.customer),
    )
    .slice(0, topCount);

  return {
    week,
    label,
    from,
    to,
    problems,
    counts,
    kpis: kpisOf(counts, stageTimes),
    stageTimes,
    byType,
    topProducts,
    topCustomers,
    minProductOrders: minOrders,
    shipSlaHours: shipHours,
  };
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function figure(
  key: keyof typeof REVIEW_MESSAGES & `kpi.${string}`,
  value: number | null,
  format: KpiFigure["format"],
  target?: KpiFigure["target"],
): KpiFigure {
  const ok =
    target === undefined || value === null
      ? null
      : target.op === "<"
        ? value < target.value
        : value > target.value;
  return {
    key: key.slice(4),
    label: REVIEW_MESSAGES[key],
    value,
    format,
    ...(target ? { target } : {}),
    ok,
  };
}

/**
 * The team stage with the longest median stay (the first of equals); undefined when none was
 * measured. Carrier and buyer time (已发货, 已签收, 待付款) are left out: the team can not speed them up.
 */
export function slowestStage(stageTimes: readonly StageTime[]): StageTime | undefined {
  let slowest: StageTime | undefined;
  for (const s of stageTimes)
    if (
      s.clock === "team" &&
      s.medianHours !== null &&
      (slowest?.medianHours == null || s.medianHours > slowest.medianHours)
    )
      slowest = s;
  return slowest;
}

/** A stage-time figure whose label names the stage; its yardstick is the stage's SLA. */
function stageFigure(
  key: "slowestStage" | "carrierHours",
  stageTime: StageTime | undefined,
  none: Message,
  named: Message,
): KpiFigure {
  const sla = stageTime?.stage.slaHours ?? null;
  const base = figure(
    key === "slowestStage" ? "kpi.slowestStageNone" : "kpi.carrierHoursNone",
    stageTime?.medianHours ?? null,
    "hours",
    sla === null ? undefined : { op: "<", value: sla },
  );
  if (!stageTime) return { ...base, key, label: none };
  const stage = stageTime.stage.label;
  return {
    ...base,
    key,
    label: {
      "zh-CN": fillTemplate(named["zh-CN"], { stage: stage["zh-CN"] }),
      "en-US": fillTemplate(named["en-US"], { stage: stage["en-US"] }),
    },
  };
}

/** The yardstick of the on-time rate: the complement of the late-shipment one, since the two share a base. */
const LATE_SHIPMENT_TARGET = 0.04;

/**
 * The KPI block: counts; rates with yardsticks (on time > 96 % and late < 4 %, which add up to 100 %;
 * cancellation < 2.5 %, tracking > 95 %); the slowest team stage against its SLA; carrier time apart.
 */
export function kpisOf(counts: ReviewCounts, stageTimes: readonly StageTime[]): KpiFigure[] {
  const carrier = stageTimes.find((s) => s.clock === "carrier");
  return [
    figure("kpi.orders", counts.orders, "count"),
    figure("kpi.activeOrders", counts.activeOrders, "count"),
    figure("kpi.problemOrders", counts.problemOrders, "count"),
    figure("kpi.problemRate", ratio(counts.problemOrders, counts.activeOrders), "percent"),
    figure("kpi.onTimeShipRate", ratio(counts.shippedOnTime, counts.shipDue), "percent", {
      op: ">",
      value: round(1 - LATE_SHIPMENT_TARGET, 10),
    }),
    figure("kpi.lateShipmentRate", ratio(counts.shipMissed, counts.shipDue), "percent", {
      op: "<",
      value: LATE_SHIPMENT_TARGET,
    }),
    figure("kpi.cancellationRate", ratio(counts.cancelled, counts.orders), "percent", {
      op: "<",
      value: 0.025,
    }),
    figure("kpi.trackingRate", ratio(counts.shippedWithTracking, counts.shipped), "percent", {
      op: ">",
      value: 0.95,
    }),
    stageFigure(
      "slowestStage",
      slowestStage(stageTimes),
      REVIEW_MESSAGES["kpi.slowestStageNone"],
      REVIEW_MESSAGES["kpi.slowestStage"],
    ),
    stageFigure(
      "carrierHours",
      carrier?.medianHours == null ? undefined : carrier,
      REVIEW_MESSAGES["kpi.carrierHoursNone"],
      REVIEW_MESSAGES["kpi.carrierHours"],
    ),
  ];
}
