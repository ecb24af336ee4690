/**
 * A plausible past for the preview's sample sheet, so that the weekly review has something to show:
 * for every order, the moves its lines went through since payment (or creation), logged on the
 * Activity sheet as the pane, the board and typed edits would have logged them, and the sheet's
 * 状态 / 状态时间 / 截止 / 问题 cells set to where the last move left each line.
 *
 * The story follows the marketplace status the sheet already shows (setup mapped it to 待处理, 已发货,
 * 已签收 or 已完成): paid orders are picked and packed, then shipped — some late against the 48 h promise,
 * a few after a hold for stock or a bad address, a few moved straight from 待处理 to 已发货 (an illegal
 * move the change handler flagged) — and some go on to after-sales, refunds or cancellations. Unpaid
 * orders wait or get cancelled. Deterministic: a seeded generator, never Math.random, never the clock.
 */
import type { ActivityEntry, ActivitySource } from "../../src/core/plan";
import { displayReason, displayStatus, illegalMoveNote } from "../../src/core/plan";
import type { DefaultStatusKey } from "../../src/core/lifecycle";
import { canMove, DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW, dueFor } from "../../src/core/lifecycle";
import { seeded } from "./sampleOrders";

/** One order line as setup left it. */
export interface HistoryLine {
  /** 0-based sheet row. */
  readonly row: number;
  /** Platform + order id: the lines of one order move together. */
  readonly orderKey: string;
  /** The id as OrderFlow logs it (parseOrderId's text). */
  readonly orderId: string;
  /** The line as OrderFlow logs it (lineLabel). */
  readonly line: string;
  /** The status key setup gave it (from the marketplace status). */
  readonly status: string;
  readonly createdAt: number | null;
  readonly paidAt: number | null;
}

/** Where the history leaves one line: the cells to write. */
export interface LineOutcome {
  readonly row: number;
  readonly status: string;
  /** The status text as it goes into the cell (`已发货 Shipped`). */
  readonly statusText: string;
  readonly statusSince: number;
  readonly due: number | null;
  /** The 问题 cell: a reason (`缺货 Out of stock`), an illegal-move note, or "". */
  readonly problem: string;
}

export interface SampleHistory {
  /** The Activity log, oldest first. */
  readonly entries: readonly ActivityEntry[];
  readonly outcomes: readonly LineOutcome[];
}

export interface SampleHistoryOptions {
  /** Now as an Excel serial, local time: nothing happens after it. */
  readonly now: number;
  readonly seed?: number;
}

type Key = DefaultStatusKey;
type Reason = (typeof DEFAULT_PROBLEM_REASONS)[number]["key"];

interface Step {
  readonly to: Key;
  /** Hours after the previous step (or after payment / creation for the first). */
  readonly afterHours: number;
  readonly by: string;
  readonly source: ActivitySource;
  /** A problem reason set (in the pane) just before the move. */
  readonly reason?: Reason;
}

const HOUR = 1 / 24;
/** Nothing is logged in the last minutes before now: the preview opens on a quiet sheet. */
const QUIET = 10 / (24 * 60);

// Who does what (tests/preview/sampleOrders.ts SAMPLE_TEAM): operations confirm, the warehouse packs and
// ships, customer service handles buyers; marketplace updates arrive with the next pasted export.
const OPERATIONS = ["李娜", "Tom"];
const WAREHOUSE = ["王芳"];
const SERVICE = ["张伟", "Maria"];

const reasonText = (key: Reason): string =>
  displayReason(DEFAULT_PROBLEM_REASONS.find((r) => r.key === key)!);

/**
 * The history of every order in `lines` (grouped by `orderKey`; a line pasted twice shares its
 * history). Lines without a payment or creation time keep what setup gave them.
 */
export function makeSampleHistory(
  lines: readonly HistoryLine[],
  options: SampleHistoryOptions,
): SampleHistory {
  const next = seeded((options.seed ?? 20261125) ^ 0x5eed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** Hours between `min` and `max`, most of them near `min` (queues are usually short). */
  const hours = (min: number, max: number, skew = 1.6): number => min + (max - min) * next() ** skew;
  const now = options.now;

  const orders = new Map<string, HistoryLine[]>();
  for (const line of lines) {
    const list = orders.get(line.orderKey);
    if (list) list.push(line);
    else orders.set(line.orderKey, [line]);
  }

  const entries: ActivityEntry[] = [];
  const outcomes: LineOutcome[] = [];
  for (const orderLines of orders.values()) {
    const first = orderLines[0]!;
    const start = first.paidAt ?? first.createdAt;
    if (start === null) continue;
    const paid = first.paidAt !== null;
    const { required, optional } = paid ? paidStory(first.status, start) : unpaidStory();

    // The steps that take the order to the status the marketplace shows must fit before now: squeeze
    // them when the order is younger than the story; the optional ones happen only if there is time.
    const requiredHours = required.reduce((sum, s) => sum + s.afterHours, 0);
    const room = (now - QUIET - start) / HOUR;
    const squeeze = requiredHours > room ? Math.max(0, room) / requiredHours : 1;
    let time = start;
    let stage: Key = paid ? "toProcess" : "awaitingPayment";
    let since = start;
    let problem = "";
    const lineIds = [...new Map(orderLines.map((l) => [l.line, l])).values()];
    const log = (
      field: "status" | "problem",
      from: string,
      to: string,
      by: string,
      source: ActivitySource,
    ) => {
      for (const l of lineIds)
        entries.push({ time, orderId: l.orderId, line: l.line, field, from, to, by, source });
    };
    const steps = [...required.map((s) => ({ ...s, afterHours: s.afterHours * squeeze })), ...optional];
    for (const [i, step] of steps.entries()) {
      const at = time + step.afterHours * HOUR;
      if (i >= required.length && at > now - QUIET) break;
      time = Math.round(at * 24 * 60) / (24 * 60);
      if (step.reason) {
        const text = reasonText(step.reason);
        log("problem", problem, text, step.by, "pane");
        problem = text;
      }
      const legal = canMove(DEFAULT_WORKFLOW, stage, step.to).ok;
      // The change handler logs an illegal typed move and flags the row (mode "flag" of src/core/plan/planChanges.ts).
      if (!legal) problem = illegalMoveNote(DEFAULT_WORKFLOW, stage, step.to);
      log(
        "status",
        displayStatus(DEFAULT_WORKFLOW, stage),
        displayStatus(DEFAULT_WORKFLOW, step.to),
        step.by,
        step.source,
      );
      stage = step.to;
      since = time;
    }
    for (const l of orderLines)
      outcomes.push({
        row: l.row,
        status: stage,
        statusText: displayStatus(DEFAULT_WORKFLOW, stage),
        statusSince: since,
        due: dueFor(DEFAULT_WORKFLOW, stage, since),
        problem,
      });
  }
  entries.sort((a, b) => a.time - b.time);
  return { entries, outcomes };

  /** An unpaid order: most old ones are given up on after a day. */
  function unpaidStory(): { required: Step[]; optional: Step[] } {
    if (next() < 0.6)
      return {
        required: [],
        optional: [{ to: "cancelled", afterHours: hours(22, 34, 1), by: pick(SERVICE), source: "pane" }],
      };
    return { required: [], optional: [] };
  }

  /** The path of a paid order to the status setup found (and sometimes beyond). */
  function paidStory(target: string, start: number): { required: Step[]; optional: Step[] } {
    const confirm = (): Step => ({
      to: "processing",
      afterHours: hours(0.3, 30, 2.4),
      by: pick(OPERATIONS),
      source: next() < 0.5 ? "board" : "pane",
    });
    const ship = (afterHours = hours(1, 32, 2.4)): Step => ({
      to: "shipped",
      afterHours,
      by: pick(WAREHOUSE),
      source: "pane",
    });
    const hold = (reason: Reason): Step[] => [
      { to: "onHold", afterHours: hours(1, 12), by: pick(OPERATIONS), source: "pane", reason },
      { to: "processing", afterHours: hours(6, 48, 1), by: pick(OPERATIONS), source: "board" },
    ];
    const toShipped = (): Step[] => {
      const roll = next();
      // Packed and shipped in one go, typed straight into the cell: 待处理 → 已发货 skips a stage.
      if (roll < 0.06)
        return [{ to: "shipped", afterHours: hours(4, 40), by: pick(WAREHOUSE), source: "edit" }];
      if (roll < 0.16) return [confirm(), ...hold(pick(["outOfStock", "badAddress"] as const)), ship()];
      return [confirm(), ship()];
    };
    const deliver = (): Step => ({ to: "delivered", afterHours: hours(20, 110, 1), by: "", source: "paste" });
    const complete = (): Step => ({ to: "completed", afterHours: hours(12, 72, 1), by: "", source: "paste" });
    const afterSales = (reasons: readonly Reason[]): Step[] => {
      const steps: Step[] = [
        {
          to: "afterSales",
          afterHours: hours(6, 60, 1),
          by: pick(SERVICE),
          source: "pane",
          reason: pick(reasons),
        },
      ];
      const end = next();
      if (end < 0.4)
        steps.push({ to: "refunded", afterHours: hours(12, 60, 1), by: pick(SERVICE), source: "pane" });
      else if (end < 0.7)
        steps.push({ to: "completed", afterHours: hours(12, 60, 1), by: pick(SERVICE), source: "pane" });
      return steps;
    };

    switch (target) {
      case "shipped": {
        const required = toShipped();
        const illegal = required[0]?.source === "edit";
        const optional = !illegal && next() < 0.05 ? afterSales(["late", "complaint"]).slice(0, 1) : [];
        return { required, optional };
      }
      case "delivered": {
        const required = [...toShipped(), deliver()];
        const illegal = required[0]?.source === "edit";
        return {
          required,
          optional: !illegal && next() < 0.15 ? afterSales(["damaged", "wrongItem", "missingItem"]) : [],
        };
      }
      case "completed": {
        const required = [...toShipped(), deliver(), complete()];
        const illegal = required[0]?.source === "edit";
        return { required, optional: !illegal && next() < 0.06 ? afterSales(["return", "exchange"]) : [] };
      }
      default: {
        // Paid, not shipped yet on the marketplace: waiting, being packed, stuck or cancelled. The older
        // the order, the likelier it is stuck (on hold for stock or an address) or given up on.
        const old = now - start > 3;
        const roll = next();
        const cancel = (): Step =>
          next() < 0.5
            ? {
                to: "cancelled",
                afterHours: hours(2, 30),
                by: pick(SERVICE),
                source: "pane",
                reason: "outOfStock",
              }
            : { to: "cancelled", afterHours: hours(2, 30), by: pick(SERVICE), source: "pane" };
        const stuck = (): Step[] => [
          confirm(),
          {
            ...hold(pick(["outOfStock", "outOfStock", "badAddress", "other"] as const))[0]!,
            afterHours: hours(2, 20),
          },
        ];
        if (roll < (old ? 0.1 : 0.04)) return { required: [], optional: [cancel()] };
        if (roll < (old ? 0.4 : 0.14)) return { required: [], optional: stuck() };
        // Not confirmed yet: the backlog the Home tab and the board start from.
        if (roll < (old ? 0.65 : 0.6)) return { required: [], optional: [] };
        return { required: [], optional: [confirm()] };
      }
    }
  }
}
