import {
  formatIsoWeek,
  isoWeekOf,
  lastCompleteWeek,
  shiftWeek,
  weekBounds,
  weekdayOf,
  weeksInYear,
} from "../../../src/core/review";
import { serialFromParts } from "../../../src/core/values";

const serial = (year: number, month: number, day: number, hour = 0): number =>
  serialFromParts({ year, month, day, hour, minute: 0, second: 0 });

describe("ISO weeks on Excel serials", () => {
  it.each([
    // date, ISO year-week (ISO 8601 examples and year boundaries)
    [[2026, 11, 16], "2026-W47"],
    [[2026, 11, 22], "2026-W47"],
    [[2026, 11, 23], "2026-W48"],
    [[2025, 12, 29], "2026-W01"], // 2026 starts on a Thursday: its week 1 begins in December
    [[2021, 1, 3], "2020-W53"], // 2020 has 53 weeks
    [[2024, 12, 30], "2025-W01"],
    [[2027, 1, 1], "2026-W53"],
    [[1900, 3, 1], "1900-W09"],
  ] as const)("puts %j in %s", ([y, m, d], expected) => {
    expect(formatIsoWeek(isoWeekOf(serial(y, m, d, 13)))).toBe(expected);
  });

  it("knows 1899-12-30 (serial 0) was a Saturday and serial 46342 a Monday", () => {
    expect(weekdayOf(0)).toBe(5);
    expect(weekdayOf(46342)).toBe(0);
    expect(weekdayOf(46348.99)).toBe(6);
  });

  it("bounds a week from Monday midnight to Sunday, ending at the next Monday", () => {
    expect(weekBounds({ year: 2026, week: 47 })).toEqual({ from: 46342, to: 46348, end: 46349 });
  });

  it("takes the week before the one holding now as the last complete week", () => {
    expect(lastCompleteWeek(serial(2026, 11, 25, 9))).toEqual({ year: 2026, week: 47 });
    expect(lastCompleteWeek(serial(2026, 11, 23, 0))).toEqual({ year: 2026, week: 47 });
    expect(lastCompleteWeek(serial(2026, 1, 4, 23))).toEqual({ year: 2025, week: 52 });
  });

  it("round-trips every week of several years and shifts across year ends", () => {
    for (let year = 2019; year <= 2028; year++)
      for (let week = 1; week <= weeksInYear(year); week++)
        expect(isoWeekOf(weekBounds({ year, week }).from)).toEqual({ year, week });
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(shiftWeek({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
    expect(shiftWeek({ year: 2026, week: 1 }, -1)).toEqual({ year: 2025, week: 52 });
  });
});
