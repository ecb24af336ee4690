import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { formatSerial, parseDateTime, partsFromSerial, serialFromParts } from "../../../src/core/values";

const beijing = { utcOffsetMinutes: 480 };
const serialOf = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  serialFromParts({ year: y, month: mo, day: d, hour: h, minute: mi, second: s });

describe("serialFromParts", () => {
  it.each([
    [1899, 12, 30, 0],
    [1900, 3, 1, 61],
    [1970, 1, 1, 25569],
    [2026, 5, 21, 46163],
    [9999, 12, 31, 2958465],
  ])("puts %i-%i-%i on serial %i", (y, m, d, serial) => {
    expect(serialFromParts({ year: y, month: m, day: d })).toBe(serial);
  });

  it("adds the time of day as a fraction", () => {
    expect(serialOf(2026, 5, 21, 18)).toBe(46163.75);
  });
});

describe("formatSerial", () => {
  it.each([
    [46163.75, "2026-05-21 18:00"],
    [45798.41, "2025-05-21 09:50"],
    [46163 + 59.9 / 1440, "2026-05-21 00:59"],
  ])("writes %p as %s", (serial, text) => {
    expect(formatSerial(serial)).toBe(text);
  });
});

describe("parseDateTime", () => {
  it.each<[string, CellValue, number]>([
    ["a serial number", 45798.41, 45798.41],
    ["a serial in text", "45798.41", 45798.41],
    ["an ISO date", "2026-05-21", serialOf(2026, 5, 21)],
    ["slashes without padding", "2026/5/21 10:00", serialOf(2026, 5, 21, 10)],
    ["seconds", "2026-05-21 10:00:05", serialOf(2026, 5, 21, 10, 0, 5)],
    ["ISO Z in Beijing", "2025-09-12T03:01:00Z", serialOf(2025, 9, 12, 11, 1)],
    ["ISO with -08:00", "2009-01-01T10:50:49-08:00", serialOf(2009, 1, 2, 2, 50, 49)],
    ["Shopify -0400", "2025-05-11 09:55:16 -0400", serialOf(2025, 5, 11, 21, 55, 16)],
    ["Chinese", "2026年5月21日 10:00", serialOf(2026, 5, 21, 10)],
    ["Chinese with full-width colon", "2026年5月21日 10：00", serialOf(2026, 5, 21, 10)],
    ["eBay Mon-DD-YY", "Sep-18-26", serialOf(2026, 9, 18)],
    ["eBay DD-Mon-YY", "26-May-26", serialOf(2026, 5, 26)],
    ["Lazada date", "01 Aug 2026", serialOf(2026, 8, 1)],
    ["Lazada date and time", "28 Jul 2026 14:02", serialOf(2026, 7, 28, 14, 2)],
    ["a 12-hour clock", "2026-05-21 2:30 PM", serialOf(2026, 5, 21, 14, 30)],
    ["a leap day", "2024-02-29", serialOf(2024, 2, 29)],
    ["a compact date", "20260521", serialOf(2026, 5, 21)],
  ])("reads %s", (_label, value, serial) => {
    const parsed = parseDateTime(value, beijing);
    expect(parsed.kind).toBe("ok");
    expect(parsed.kind === "ok" ? parsed.serial : NaN).toBeCloseTo(serial, 8);
  });

  it("converts an offset to the workbook's own clock, not Beijing's", () => {
    const parsed = parseDateTime("2025-09-12T03:01:00Z", { utcOffsetMinutes: -240 });
    expect(parsed.kind === "ok" ? formatSerial(parsed.serial) : "").toBe("2025-09-11 23:01");
  });

  it("leaves a string without offset on its wall clock", () => {
    const parsed = parseDateTime("2026-05-21 10:00", { utcOffsetMinutes: -240 });
    expect(parsed).toEqual({ kind: "ok", serial: serialOf(2026, 5, 21, 10) });
  });

  it.each<CellValue>([
    "2026-02-30",
    "2025-02-29",
    "2026-13-01",
    "2026-05-21 24:00",
    "2026-05-21 10:60",
    "Foo-18-26",
    "yesterday",
    "5/21/2026",
    0,
    -3,
    3_000_000,
    true,
  ])("refuses %p", (value) => {
    expect(parseDateTime(value, beijing).kind).toBe("invalid");
  });

  it.each<CellValue>([null, "", "-", "无"])("reads %p as empty", (value) => {
    expect(parseDateTime(value, beijing)).toEqual({ kind: "empty" });
  });

  const validParts = fc
    .record({
      year: fc.integer({ min: 1901, max: 9998 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map((p) => ({ ...p, day: Math.min(p.day, new Date(Date.UTC(p.year, p.month, 0)).getUTCDate()) }));

  it("round-trips any valid date-time through serialFromParts and partsFromSerial", () => {
    fc.assert(
      fc.property(validParts, fc.integer({ min: 0, max: 59 }), (parts, second) => {
        expect(partsFromSerial(serialFromParts({ ...parts, second }))).toEqual({ ...parts, second });
      }),
    );
  });

  it("agrees with Date.UTC on the day number", () => {
    fc.assert(
      fc.property(validParts, (p) => {
        const viaDate = Date.UTC(p.year, p.month - 1, p.day) / 86_400_000 + 25569;
        expect(serialFromParts({ year: p.year, month: p.month, day: p.day })).toBe(viaDate);
      }),
    );
  });

  it("round-trips any valid date-time through formatSerial and parseDateTime", () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const serial = serialFromParts(parts);
        const parsed = parseDateTime(formatSerial(serial), beijing);
        expect(parsed.kind === "ok" ? partsFromSerial(parsed.serial) : parsed).toEqual({
          ...parts,
          second: 0,
        });
      }),
    );
  });
});
