import type { CellValue } from "../../../src/core/grid";
import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW, findStatus } from "../../../src/core/lifecycle";
import type { MappedSheet, OrderRow } from "../../../src/core/plan";
import { displayStatus, readOrderRows } from "../../../src/core/plan";
import type { IsoWeek } from "../../../src/core/port";
import type { LogEntry, ReviewInput } from "../../../src/core/review";
import type { Field } from "../../../src/core/schema";

/** Monday 2026-11-16, the first day of ISO week 2026-W47. */
export const MONDAY = 46342;
export const W47: IsoWeek = { year: 2026, week: 47 };
/** Wednesday 2026-11-25 09:00 (in W48). */
export const NOW = 46351 + 9 / 24;

/** Day `n` of W47 (0 = Monday) at `hour`:00. */
export const day = (n: number, hour = 0): number => MONDAY + n + hour / 24;

const COLUMNS: Field[] = [
  "orderId",
  "buyer",
  "product",
  "sku",
  "createdAt",
  "paidAt",
  "shippedAt",
  "tracking",
  "status",
  "owner",
  "due",
  "problem",
  "statusSince",
];

export interface OrderSpec {
  readonly id: string;
  readonly buyer?: string;
  readonly product?: string;
  readonly sku?: string;
  readonly created?: number;
  readonly paid?: number;
  readonly shipped?: number;
  readonly tracking?: string;
  /** A stage key; written as the sheet shows it (`待处理 To process`). */
  readonly status?: string;
  readonly owner?: string;
  readonly due?: number;
  readonly problem?: string;
  readonly since?: number;
}

/** Order rows as readOrderRows gives them, one per spec, header on sheet row 1. */
export function orderRows(specs: readonly OrderSpec[]): OrderRow[] {
  const header = COLUMNS.map((f) => f as CellValue);
  const grid: CellValue[][] = [
    header,
    ...specs.map((o) => [
      o.id,
      o.buyer ?? "",
      o.product ?? "",
      o.sku ?? "",
      o.created ?? "",
      o.paid ?? "",
      o.shipped ?? "",
      o.tracking ?? "",
      o.status ? displayStatus(DEFAULT_WORKFLOW, o.status) : "",
      o.owner ?? "",
      o.due ?? "",
      o.problem ?? "",
      o.since ?? "",
    ]),
  ];
  const sheet: MappedSheet = {
    grid,
    origin: { row: 0, column: 0 },
    headerRow: 0,
    dataRows: specs.map((_, i) => i + 1),
    mapping: Object.fromEntries(COLUMNS.map((f, i) => [f, i])),
    platform: "taobao",
  };
  return readOrderRows(sheet, DEFAULT_WORKFLOW);
}

let logIndex = 0;

/** The line label the change handler logs for an order of WEEK_ORDERS (its product: no line id, no SKU). */
function lineOf(orderId: string): string {
  const spec = WEEK_ORDERS.find((o) => o.id === orderId);
  return [spec?.sku ?? "", spec?.product ?? ""].filter((p) => p !== "").join(" · ");
}

/** A logged status move, written as the change handler writes it (display labels). */
export function move(
  time: number,
  orderId: string,
  from: string,
  to: string,
  line = lineOf(orderId),
): LogEntry {
  const label = (key: string): string => (key === "" ? "" : displayStatus(DEFAULT_WORKFLOW, key));
  if (to !== "" && !findStatus(DEFAULT_WORKFLOW, to)) throw new Error(`unknown stage ${to}`);
  return { time, orderId, line, field: "status", from: label(from), to: label(to), index: logIndex++ };
}

/** A logged problem-reason change. */
export function reason(time: number, orderId: string, to: string, line = lineOf(orderId)): LogEntry {
  return { time, orderId, line, field: "problem", from: "", to, index: logIndex++ };
}

export function input(
  specs: readonly OrderSpec[],
  log: readonly LogEntry[],
  extra: Partial<ReviewInput> = {},
): ReviewInput {
  return {
    workflow: DEFAULT_WORKFLOW,
    reasons: DEFAULT_PROBLEM_REASONS,
    rows: orderRows(specs),
    platform: "taobao",
    log,
    week: W47,
    now: NOW,
    utcOffsetMinutes: 480,
    ...extra,
  };
}

/**
 * The hand-built week (ISO 2026-W47, Mon 16 – Sun 22 Nov 2026). Expected figures are counted by hand
 * in reviewWeek.test.ts next to each assertion.
 */
export const WEEK_ORDERS: OrderSpec[] = [
  // A1: paid Mon 09:00, processing Mon 15:00, shipped Tue 10:00 (deadline Wed 09:00): on time, tracked.
  {
    id: "A1",
    buyer: "张三",
    product: "锅",
    created: day(0, 9),
    paid: day(0, 9),
    tracking: "SF1",
    status: "shipped",
    owner: "阿强",
    since: day(1, 10),
  },
  // A2: paid Mon 10:00, processing Tue 10:00, shipped Thu 10:00 (deadline Wed 10:00): one day late, no tracking.
  {
    id: "A2",
    buyer: "李四",
    product: "锅",
    created: day(0, 10),
    paid: day(0, 10),
    status: "shipped",
    owner: "阿强",
    since: day(3, 10),
  },
  // A3: paid Tue 08:00, on hold Tue 12:00 for out of stock, still on hold (due Wed 12:00).
  {
    id: "A3",
    buyer: "张三",
    product: "定制杯",
    created: day(1, 8),
    paid: day(1, 8),
    status: "onHold",
    owner: "小李",
    due: day(2, 12),
    problem: "缺货 Out of stock",
    since: day(1, 12),
  },
  // A4: last week's order, after-sales since Fri 09:00 for damage; nothing logged (状态时间 only).
  {
    id: "A4",
    buyer: "张三",
    product: "毛巾",
    created: day(-3, 10),
    paid: day(-3, 10),
    shipped: day(-2, 10),
    tracking: "SF4",
    status: "afterSales",
    owner: "小王",
    problem: "破损 Damaged",
    since: day(4, 9),
  },
  // A5: created Wed 10:00, never paid, cancelled Thu 10:00.
  { id: "A5", buyer: "赵六", product: "锅", created: day(2, 10), status: "cancelled", since: day(3, 10) },
  // A6: ordered and paid Sunday 23:00: this week's order, due in the next one.
  {
    id: "A6",
    buyer: "孙七",
    product: "锅",
    created: day(6, 23),
    paid: day(6, 23),
    status: "toProcess",
    owner: "小李",
    due: day(7, 23),
    since: day(6, 23),
  },
  // A7: an old order moved from shipped back to 待处理 on Sat 10:00 (illegal), overdue since Sun 10:00.
  {
    id: "A7",
    buyer: "王五",
    product: "毛巾",
    created: day(-10),
    paid: day(-10),
    tracking: "SF7",
    status: "toProcess",
    owner: "小李",
    due: day(6, 10),
    problem: "非法流转 已发货→待处理 / Illegal move Shipped→To process",
    since: day(5, 10),
  },
  // A8: an old after-sales case refunded Wed 15:00.
  {
    id: "A8",
    buyer: "王五",
    product: "毛巾",
    created: day(-20),
    paid: day(-20),
    status: "refunded",
    owner: "小王",
    since: day(2, 15),
  },
  // A10: the log misses processing → shipped; the export says shipped Tue 12:00; delivered Fri 12:00.
  {
    id: "A10",
    buyer: "赵六",
    product: "锅",
    created: day(0, 8),
    paid: day(0, 8),
    shipped: day(1, 12),
    tracking: "YT1",
    status: "delivered",
    owner: "小王",
    since: day(4, 12),
  },
];

export function weekLog(): LogEntry[] {
  return [
    move(day(0, 15), "A1", "toProcess", "processing"),
    move(day(1, 10), "A1", "processing", "shipped"),
    move(day(1, 10), "A2", "toProcess", "processing"),
    move(day(3, 10), "A2", "processing", "shipped"),
    move(day(1, 12), "A3", "toProcess", "onHold"),
    reason(day(1, 12), "A3", "缺货 Out of stock"),
    move(day(3, 10), "A5", "awaitingPayment", "cancelled"),
    move(day(5, 10), "A7", "shipped", "toProcess"),
    move(day(2, 15), "A8", "afterSales", "refunded"),
    move(day(0, 12), "A10", "toProcess", "processing"),
    move(day(4, 12), "A10", "shipped", "delivered"),
  ];
}
