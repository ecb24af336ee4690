import type { CellValue } from "../grid";
import { isEmptyMarker } from "./isEmptyMarker";
import { isValidDateTimeParts, MAX_EXCEL_SERIAL, serialFromParts } from "./serialFromParts";

export type ParsedDateTime =
  | { readonly kind: "ok"; readonly serial: number }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly raw: string };

export interface DateTimeOptions {
  /** The workbook's offset from UTC in minutes (UTC+8 → 480); used only for strings that carry an offset. */
  readonly utcOffsetMinutes: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

interface Found {
  year: number;
  month: number;
  day: number;
  time: string | undefined;
  offset: string | undefined;
}

/** Time of day with optional seconds, fraction and AM/PM, then an optional offset (`Z`, `+08:00`, `-0400`). */
const TIME = String.raw`(?:[T\s]+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?))?`;
const OFFSET = String.raw`\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)?`;

type Shape = (m: RegExpExecArray) => Found | null;

const SHAPES: readonly (readonly [RegExp, Shape])[] = [
  // 2026-05-21, 2026/5/21 10:00, 2025-09-12T03:01:00Z, 2025-05-11 09:55:16 -0400
  [
    new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${OFFSET}$`, "iu"),
    (m) => found(m[1], m[2], m[3], m[4], m[5]),
  ],
  // 2026年5月21日 10:00
  [
    new RegExp(String.raw`^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?${TIME}$`, "u"),
    (m) => found(m[1], m[2], m[3], m[4], undefined),
  ],
  // eBay Sep-18-26, Sep-18-2026
  [
    new RegExp(String.raw`^([A-Za-z]{3,4})-(\d{1,2})-(\d{2}|\d{4})${TIME}$`, "u"),
    (m) => named(m[3], m[1], m[2], m[4]),
  ],
  // eBay 26-May-26, Lazada 01 Aug 2026, 28 Jul 2026 14:02
  [
    new RegExp(String.raw`^(\d{1,2})[-\s]([A-Za-z]{3,4})[-\s](\d{2}|\d{4})${TIME}$`, "u"),
    (m) => named(m[3], m[2], m[1], m[4]),
  ],
  // 20260521 (compact, as some ERPs write it)
  [/^(\d{4})(\d{2})(\d{2})$/u, (m) => found(m[1], m[2], m[3], undefined, undefined)],
];

function found(year?: string, month?: string, day?: string, time?: string, offset?: string): Found | null {
  if (year === undefined || month === undefined || day === undefined) return null;
  return { year: Number(year), month: Number(month), day: Number(day), time, offset };
}

function named(year?: string, monthName?: string, day?: string, time?: string): Found | null {
  const month = monthName === undefined ? undefined : MONTHS[monthName.toLowerCase()];
  if (year === undefined || month === undefined || day === undefined) return null;
  // Two-digit years in exports are this century (eBay `Sep-18-26`).
  const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
  return { year: fullYear, month, day: Number(day), time, offset: undefined };
}

function clock(time: string | undefined): { hour: number; minute: number; second: number } | null {
  if (time === undefined) return { hour: 0, minute: 0, second: 0 };
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*([AaPp][Mm])?$/u.exec(time.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  return { hour, minute: Number(m[2]), second: m[3] === undefined ? 0 : Number(m[3]) };
}

/** Minutes east of UTC written in the string, or null when it is malformed. */
function offsetMinutes(offset: string): number | null {
  if (offset.toUpperCase() === "Z") return 0;
  const m = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/iu.exec(offset);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function plausibleSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 1 && serial <= MAX_EXCEL_SERIAL;
}

/**
 * A date-time cell as an Excel serial in the workbook's wall-clock time. Numbers are taken as serials;
 * strings with an offset are converted to local time with `options.utcOffsetMinutes`; impossible dates are invalid.
 */
export function parseDateTime(value: CellValue | undefined, options: DateTimeOptions): ParsedDateTime {
  if (isEmptyMarker(value)) return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "invalid", raw: String(value) };
  if (typeof value === "number")
    return plausibleSerial(value) ? { kind: "ok", serial: value } : { kind: "invalid", raw: String(value) };
  const raw = (value ?? "").trim();
  const text = raw.normalize("NFKC").replace(/\s+/gu, " ").replace(/^'/u, "").trim();
  if (/^\d+(?:\.\d+)?$/u.test(text) && !/^\d{8}$/u.test(text)) {
    const serial = Number(text);
    return plausibleSerial(serial) ? { kind: "ok", serial } : { kind: "invalid", raw };
  }
  for (const [pattern, shape] of SHAPES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const date = shape(match);
    const time = clock(date?.time);
    if (date === null || time === null) return { kind: "invalid", raw };
    const parts = { year: date.year, month: date.month, day: date.day, ...time };
    if (!isValidDateTimeParts(parts)) return { kind: "invalid", raw };
    let serial = serialFromParts(parts);
    if (date.offset !== undefined) {
      const written = offsetMinutes(date.offset);
      if (written === null) return { kind: "invalid", raw };
      serial += (options.utcOffsetMinutes - written) / 1440;
    }
    return plausibleSerial(serial) ? { kind: "ok", serial } : { kind: "invalid", raw };
  }
  return { kind: "invalid", raw };
}
