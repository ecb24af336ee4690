/** The machine's clock as an Excel serial in local wall-clock time, with the local UTC offset. */
export function localNow(now: Date): { serial: number; utcOffsetMinutes: number } {
  const utcOffsetMinutes = -now.getTimezoneOffset();
  return { serial: (now.getTime() + utcOffsetMinutes * 60_000) / 86_400_000 + 25_569, utcOffsetMinutes };
}
