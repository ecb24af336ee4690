/** Where an order stands against its due time: past it, within the due-soon window, or neither. */
export type DueState = "overdue" | "dueSoon" | "onTrack";

/** About a tenth of a millisecond, in days. */
const SERIAL_EPSILON = 1e-9;

/**
 * The state of a due time at `now` (both Excel serials): overdue once `now` is past it, due soon
 * when at most `dueSoonHours` remain (a Pinduoduo order paid 47 hours ago, 48-hour rule, 4-hour
 * window), on track otherwise or without a due time.
 */
export function dueState(due: number | null, now: number, dueSoonHours: number): DueState {
  if (due === null) return "onTrack";
  if (due < now) return "overdue";
  // Serials are days in floating point: a window edge hit exactly must not miss by a rounding error.
  return due - now <= dueSoonHours / 24 + SERIAL_EPSILON ? "dueSoon" : "onTrack";
}
