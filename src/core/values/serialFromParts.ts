/**
 * Excel serial dates by pure arithmetic: day 0 is 1899-12-30, the fraction is the time of day.
 * (Excel's fictitious 1900-02-29 only shifts serials below 61; order exports never reach back that far.)
 */

export interface DateTimeParts {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
}

/** Serial of 1970-01-01, the day 0 of the civil-day arithmetic below. */
const UNIX_EPOCH_SERIAL = 25569;
const SECONDS_PER_DAY = 86_400;

/** Largest serial Excel accepts (9999-12-31). */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** Days since 1970-01-01 of a proleptic-Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Number of days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the parts name a real calendar date and a time within 00:00:00..23:59:59. */
export function isValidDateTimeParts(parts: DateTimeParts): boolean {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = parts;
  const whole = [year, month, day, hour, minute].every(Number.isInteger);
  return (
    whole &&
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second < 60
  );
}

/** Excel serial of valid calendar parts (wall-clock time, no offset applied). Callers validate with isValidDateTimeParts. */
export function serialFromParts(parts: DateTimeParts): number {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = parts;
  return (
    daysFromCivil(year, month, day) +
    UNIX_EPOCH_SERIAL +
    (hour * 3600 + minute * 60 + second) / SECONDS_PER_DAY
  );
}

/** Calendar parts of a serial, rounded to the nearest whole second (serials carry float noise). */
export function partsFromSerial(serial: number): Required<DateTimeParts> {
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  let rest = totalSeconds - days * SECONDS_PER_DAY;
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  const second = rest - minute * 60;
  return { ...civilFromDays(days - UNIX_EPOCH_SERIAL), hour, minute, second };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** `YYYY-MM-DD HH:mm`; seconds are dropped, not rounded, as Excel's `hh:mm` format does. */
export function formatSerial(serial: number): string {
  const p = partsFromSerial(serial);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)} ${pad(p.hour, 2)}:${pad(p.minute, 2)}`;
}
