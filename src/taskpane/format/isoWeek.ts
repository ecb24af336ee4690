import type { IsoWeek } from "../../core/port";
import { lastCompleteWeek, shiftWeek, weekBounds } from "../../core/review";
import { formatSerial, serialFromParts } from "../../core/values";

export interface WeekChoice {
  readonly week: IsoWeek;
  /** `2026-05-11` */
  readonly from: string;
  readonly to: string;
}

/** `2026-05-11`: the date part of a serial. */
function isoDate(serial: number): string {
  return formatSerial(serial).slice(0, 10);
}

/** The `count` complete weeks before the one `today` is in, most recent first (what the review picks from). */
export function recentWeeks(today: Date, count: number): WeekChoice[] {
  // The calendar day the user sees, as the core's serial; the week arithmetic is the review's own.
  const day = serialFromParts({
    year: today.getFullYear(),
    month: today.getMonth() + 1,
    day: today.getDate(),
  });
  const last = lastCompleteWeek(day);
  return Array.from({ length: count }, (_, i) => {
    const week = shiftWeek(last, -i);
    const { from, to } = weekBounds(week);
    return { week, from: isoDate(from), to: isoDate(to) };
  });
}
