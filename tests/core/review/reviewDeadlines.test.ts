import type { CellValue } from "../../../src/core/grid";
import {
  DEFAULT_DEADLINE_SETTINGS,
  deadlinesToGrid,
  loadDeadlineSettings,
} from "../../../src/core/deadlines";
import { DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { MappedSheet } from "../../../src/core/plan";
import { displayStatus, readOrderRows } from "../../../src/core/plan";
import { reviewWeek } from "../../../src/core/review";
import type { Field } from "../../../src/core/schema";
import { day, input, move } from "./builders";

/**
 * A week of orders from several platforms, each judged by its platform's rule (docs/DEADLINES.md):
 * 拼多多 and 京东 48 h from payment, Amazon its own promise column (else the 48 h ship SLA), Shopify
 * no rule (the SLA). `deadline` and `shipped` are worked out by hand from the rule next to each.
 */
const ORDERS: {
  id: string;
  platform: string;
  paid: number;
  shipBy?: number;
  shipped?: number;
  status: string;
  deadline: number;
}[] = [
  // 拼多多 paid Mon 09:00, shipped Tue 08:00: deadline Wed 09:00 (48 h), on time.
  {
    id: "P1",
    platform: "拼多多",
    paid: day(0, 9),
    shipped: day(1, 8),
    status: "shipped",
    deadline: day(2, 9),
  },
  // 拼多多 paid Mon 10:00, shipped Tue 12:00 (26 h): deadline Wed 10:00, on time.
  {
    id: "P2",
    platform: "拼多多",
    paid: day(0, 10),
    shipped: day(1, 12),
    status: "shipped",
    deadline: day(2, 10),
  },
  // Amazon promised shipping by Mon 23:00; shipped Tue 10:00: late, though within 48 h of payment.
  {
    id: "A1",
    platform: "Amazon",
    paid: day(0, 9),
    shipBy: day(0, 23),
    shipped: day(1, 10),
    status: "shipped",
    deadline: day(0, 23),
  },
  // Amazon without a promise: payment + the 48 h ship SLA, Thu 09:00; shipped Wed 09:00, on time.
  {
    id: "A2",
    platform: "Amazon",
    paid: day(1, 9),
    shipped: day(2, 9),
    status: "shipped",
    deadline: day(3, 9),
  },
  // 京东 paid Wed 10:00, still being packed: deadline Fri 10:00 missed.
  { id: "J1", platform: "京东", paid: day(2, 10), status: "processing", deadline: day(4, 10) },
  // Shopify (no rule): SLA 48 h, Sat 08:00; shipped Fri 07:00, on time.
  {
    id: "S1",
    platform: "Shopify",
    paid: day(3, 8),
    shipped: day(4, 7),
    status: "shipped",
    deadline: day(5, 8),
  },
];

const FIELDS: Field[] = [
  "orderId",
  "platform",
  "product",
  "createdAt",
  "paidAt",
  "shipBy",
  "tracking",
  "status",
  "statusSince",
];

function rows() {
  const grid: CellValue[][] = [
    FIELDS,
    ...ORDERS.map((o) => [
      o.id,
      o.platform,
      "伞",
      o.paid,
      o.paid,
      o.shipBy ?? "",
      o.shipped === undefined ? "" : `T${o.id}`,
      displayStatus(DEFAULT_WORKFLOW, o.status),
      o.shipped ?? o.paid + 1 / 24,
    ]),
  ];
  const sheet: MappedSheet = {
    grid,
    origin: { row: 0, column: 0 },
    headerRow: 0,
    dataRows: ORDERS.map((_, i) => i + 1),
    mapping: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    platform: "generic",
  };
  return readOrderRows(sheet, DEFAULT_WORKFLOW);
}

function log() {
  return ORDERS.flatMap((o) => [
    move(o.paid + 1 / 24, o.id, "toProcess", "processing", "伞"),
    ...(o.shipped === undefined ? [] : [move(o.shipped, o.id, "processing", "shipped", "伞")]),
  ]);
}

/** The hand count: of the orders whose deadline falls in the week, those not shipped by it. */
function handCount(deadlineOf: (o: (typeof ORDERS)[number]) => number) {
  const due = ORDERS.filter((o) => deadlineOf(o) >= day(0) && deadlineOf(o) < day(7));
  const missed = due.filter((o) => o.shipped === undefined || o.shipped > deadlineOf(o));
  return { due: due.length, missed: missed.length };
}

describe("the weekly review's shipping figures under the platforms' rules", () => {
  it("counts late shipments against each platform's deadline, matching a hand count", () => {
    const review = reviewWeek({ ...input([], []), rows: rows(), log: log(), platform: "generic" });
    const hand = handCount((o) => o.deadline);
    expect(hand).toEqual({ due: 6, missed: 2 }); // A1 (its promise) and J1 (never shipped)
    expect(review.counts).toMatchObject({ shipDue: hand.due, shipMissed: hand.missed, shippedOnTime: 4 });
    const rate = (key: string) => review.kpis.find((k) => k.key === key)?.value;
    expect(rate("lateShipmentRate")).toBeCloseTo(2 / 6, 10);
    expect(rate("onTimeShipRate")).toBeCloseTo(4 / 6, 10);
    // The late Amazon order is a problem of the week, with its lateness measured from its promise.
    expect(
      review.problems.filter((p) => p.kind === "lateShipment").map((p) => [p.orderId, p.daysLate]),
    ).toEqual([
      ["A1", 0.46], // Tue 10:00 − Mon 23:00 = 11 h
    ]);
  });

  it("uses the lead's edited rule: a Pinduoduo store that promised 24 hours makes P2 late", () => {
    const grids = deadlinesToGrid(DEFAULT_DEADLINE_SETTINGS);
    const edited = loadDeadlineSettings(
      grids.rules.map((r) => (r[0] === "pinduoduo" ? [...r.slice(0, 3), 24] : r)),
      grids.dueSoon,
    );
    if (!edited.ok) throw new Error(JSON.stringify(edited.error));
    const review = reviewWeek({
      ...input([], []),
      rows: rows(),
      log: log(),
      platform: "generic",
      deadlines: edited.value,
    });
    const hand = handCount((o) => (o.platform === "拼多多" ? o.paid + 1 : o.deadline));
    expect(hand).toEqual({ due: 6, missed: 3 }); // P2 shipped 26 h after payment
    expect(review.counts).toMatchObject({ shipDue: hand.due, shipMissed: hand.missed });
    expect(review.kpis.find((k) => k.key === "lateShipmentRate")?.value).toBeCloseTo(3 / 6, 10);
  });
});
