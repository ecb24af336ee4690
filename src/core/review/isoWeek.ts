import type { IsoWeek } from "../port";
import { partsFromSerial, serialFromParts } from "../values";

/** Days since 1899-12-30 of the Monday that starts ISO week 1 of `year`. */
function week1Monday(year: number): number {
  const jan4 = serialFromParts({ year, month: 1, day: 4 });
  return jan4 - weekdayOf(jan4);
}

/** 0 = Monday … 6 = Sunday, for an Excel serial (day 0, 1899-12-30, was a Saturday). */
export function weekdayOf(serial: number): number {
  return (((Math.floor(serial) + 5) % 7) + 7) % 7;
}

/** The ISO week (Monday–Sunday; week 1 holds the year's first Thursday) of an Excel serial in local time. */
export function isoWeekOf(serial: number): IsoWeek {
  const day = Math.floor(serial);
  const thursday = day - weekdayOf(day) + 3;
  const year = partsFromSerial(thursday).year;
  return { year, week: Math.floor((thursday - week1Monday(year)) / 7) + 1 };
}

/** Serial of the Monday (local midnight) that starts the week. */
export function weekStart(week: IsoWeek): number {
  return week1Monday(week.year) + (week.week - 1) * 7;
}

/** First and last day (local midnights) and the exclusive end (next Monday) of a week. */
export function weekBounds(week: IsoWeek): { from: number; to: number; end: number } {
  const from = weekStart(week);
  return { from, to: from + 6, end: from + 7 };
}

/** 52 or 53. */
export function weeksInYear(year: number): number {
  return isoWeekOf(week1Monday(year + 1) - 1).week;
}

/** The week `n` weeks after (negative: before) `week`. */
export function shiftWeek(week: IsoWeek, n: number): IsoWeek {
  return isoWeekOf(weekStart(week) + 7 * n);
}

/** The last week that has fully ended before `now` (the week before the one holding `now`). */
export function lastCompleteWeek(now: number): IsoWeek {
  return isoWeekOf(Math.floor(now) - weekdayOf(now) - 7);
}

/** `2026-W47`: ISO 8601's week notation; sorts as text. */
export function formatIsoWeek(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, "0")}`;
}

/** Whether `week` is a real ISO week. */
export function isValidIsoWeek(week: IsoWeek): boolean {
  return (
    Number.isInteger(week.year) &&
    Number.isInteger(week.week) &&
    week.year >= 1900 &&
    week.year <= 9999 &&
    week.week >= 1 &&
    week.week <= weeksInYear(week.year)
  );
}
