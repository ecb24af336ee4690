/** Days between the Unix epoch (1970-01-01) and Excel's day 0 (1899-12-30). */
const EPOCH_SERIAL = 25_569;

/**
 * A moment (milliseconds since the Unix epoch) as an Excel serial in local wall-clock time, given the
 * local UTC offset in minutes (UTC+8 → 480). The caller reads the clock; the core stays pure.
 */
export function serialFromEpoch(epochMs: number, utcOffsetMinutes: number): number {
  return (epochMs + utcOffsetMinutes * 60_000) / 86_400_000 + EPOCH_SERIAL;
}
