import type { Stage, Workflow } from "../lifecycle";
import { advanceTarget, findStatus } from "../lifecycle";
import type { LogEntry } from "./readActivityLog";

/** A stay of an order line in one stage. */
export interface Visit {
  readonly stage: Stage;
  /** When it entered; null when nothing tells. */
  readonly enter: number | null;
  /** When it left (or, when not `exact`, a time it had surely left by); null when unknown or still there. */
  readonly leave: number | null;
  /** It is known to be over (the line moved on), even when `leave` is unknown. */
  readonly ended: boolean;
  /**
   * True when `leave` is the logged move out of this very stage; false when the log has a gap (the
   * next logged move starts from another stage) so `leave` is only "gone by then".
   */
  readonly exact: boolean;
  /** The stage it came from, when a logged move says so. */
  readonly from: Stage | undefined;
  /** Where `enter` comes from. */
  readonly source: "log" | "statusSince" | "orderTime" | "none";
  /** The logged move that started it was not allowed by the lifecycle. */
  readonly illegal: boolean;
}

/** What the timeline of a line is built from besides its log entries. */
export interface LineFacts {
  readonly stage: Stage | undefined;
  /** 状态时间 of the current status. */
  readonly statusSince: number | null;
  readonly createdAt: number | null;
  readonly paidAt: number | null;
}

/** Whether the line was in this stay at time `t` (a stay whose end is only bounded counts as over). */
export function openAt(visit: Visit, t: number): boolean {
  if (visit.enter === null || visit.enter >= t) return false;
  if (!visit.ended) return true;
  return visit.exact && visit.leave !== null && visit.leave >= t;
}

/**
 * The stages a line went through, oldest first, from its logged status moves (sorted by time, then by
 * log order), completed by the sheet: the stay before the first logged move starts at the order's
 * creation (first stage) or payment (the stage after it), and is unknown for later stages; when the current status differs from the last
 * logged one (a move the log missed) or nothing was logged, the current stay starts at 状态时间.
 */
export function lineTimeline(
  workflow: Workflow,
  facts: LineFacts,
  statusEntries: readonly LogEntry[],
  canMove: (from: Stage, to: Stage) => boolean,
): Visit[] {
  const first = workflow.stages[0];
  const paidStage = first ? advanceTarget(workflow, first.key) : undefined;
  // Order times mark the entry only into the first stage (created) and the one after it (paid).
  const preStart = (stage: Stage): number | null =>
    stage === first
      ? (facts.createdAt ?? facts.paidAt)
      : stage === paidStage
        ? (facts.paidAt ?? facts.createdAt)
        : null;
  const entries = [...statusEntries].sort((a, b) => a.time - b.time || a.index - b.index);
  const visits: Visit[] = [];
  const close = (leave: number, exact: boolean): void => {
    const last = visits[visits.length - 1];
    if (last && !last.ended) visits[visits.length - 1] = { ...last, leave, exact, ended: true };
  };
  for (const entry of entries) {
    const from = entry.from === "" ? undefined : findStatus(workflow, entry.from);
    const to = findStatus(workflow, entry.to);
    const last = visits[visits.length - 1];
    if (!last && from) {
      const enter = preStart(from);
      visits.push({
        stage: from,
        enter: enter !== null && enter <= entry.time ? enter : null,
        leave: entry.time,
        ended: true,
        exact: true,
        from: undefined,
        source: enter !== null && enter <= entry.time ? "orderTime" : "none",
        illegal: false,
      });
    } else close(entry.time, last?.stage === from && from !== undefined);
    if (!to) continue;
    visits.push({
      stage: to,
      enter: entry.time,
      leave: null,
      ended: false,
      exact: false,
      from,
      source: "log",
      illegal: from !== undefined && from !== to && !canMove(from, to),
    });
  }
  const current = facts.stage;
  if (!current) return visits;
  const last = visits[visits.length - 1];
  if (last && last.stage === current && !last.ended) return visits;
  // The log does not hold the current status: 状态时间 tells when it began.
  const lastTime = last ? (last.leave ?? last.enter) : null;
  const since =
    facts.statusSince !== null && (lastTime === null || facts.statusSince >= lastTime)
      ? facts.statusSince
      : null;
  if (last && !last.ended) visits[visits.length - 1] = { ...last, leave: since, exact: false, ended: true };
  const fallback = last ? null : preStart(current);
  visits.push({
    stage: current,
    enter: since ?? fallback,
    leave: null,
    ended: false,
    exact: false,
    from: undefined,
    source: since !== null ? "statusSince" : fallback !== null ? "orderTime" : "none",
    illegal: false,
  });
  return visits;
}
