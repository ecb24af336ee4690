import type { IsoWeek } from "../port";

/** Days since 1899-12-30 of the Monday that starts ISO week 1 of `year`. */
function week1Monday(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - weekdayOf(jan4);
}

/**
 * Days since 1899-12-30 of a proleptic Gregorian date (civil-from-days inverted; era arithmetic so it
 * holds for any year). 1899-12-30 is day 0; 1900-03-01 is Excel's serial 61.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  // 719468 = days from 0000-03-01 to 1970-01-01; 25569 = days from 1899-12-30 to 1970-01-01.
  return era * 146097 + doe - 719468 + 25569;
}

/** The civil date of a day count since 1899-12-30. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Monday … 6 = Sunday, for an Excel serial (day 0, 1899-12-30, was a Saturday). */
export function weekdayOf(serial: number): number {
  return (((Math.floor(serial) + 5) % 7) + 7) % 7;
}

/** The ISO week (Monday–Sunday; week 1 holds the year's first Thursday) of an Excel serial in local time. */
export function isoWeekOf(serial: number): IsoWeek {
  const day = Math.floor(serial);
  const thursday = day - weekdayOf(day) + 3;
  const year = civilFromDays(thursday).year;
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

/** Reads `2026-W47` (also `2026W47`, `2026-w7`); undefined when malformed or past the year's last week. */
export function parseIsoWeek(text: string): IsoWeek | undefined {
  const match = /^\s*(\d{4})-?[Ww](\d{1,2})\s*$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > weeksInYear(year)) return undefined;
  return { year, week };
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
