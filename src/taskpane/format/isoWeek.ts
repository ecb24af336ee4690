import type { IsoWeek } from "../../core/port";

/** The ISO week (Monday–Sunday) a calendar date falls in, and that week's Monday. */
export function isoWeekOf(date: Date): { readonly week: IsoWeek; readonly monday: Date } {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const weekday = (day.getDay() + 6) % 7; // Monday = 0
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - weekday);
  // The ISO year is the year of the week's Thursday; week 1 holds January 4th.
  const thursday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 3);
  const year = thursday.getFullYear();
  const jan4 = new Date(year, 0, 4);
  const firstMonday = new Date(year, 0, 4 - ((jan4.getDay() + 6) % 7));
  const week = 1 + Math.round((monday.getTime() - firstMonday.getTime()) / (7 * 86_400_000));
  return { week: { year, week }, monday };
}

export interface WeekChoice {
  readonly week: IsoWeek;
  /** `2026-05-11` */
  readonly from: string;
  readonly to: string;
}

function isoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The `count` complete weeks before the one `today` is in, most recent first (what the review picks from). */
export function recentWeeks(today: Date, count: number): WeekChoice[] {
  const { monday } = isoWeekOf(today);
  const weeks: WeekChoice[] = [];
  for (let i = 1; i <= count; i++) {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * i);
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 6);
    weeks.push({ week: isoWeekOf(start).week, from: isoDate(start), to: isoDate(end) });
  }
  return weeks;
}

export function weekKey(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, "0")}`;
}
