import { serialFromEpoch } from "../core/values";

/** The machine's clock as an Excel serial in local wall-clock time, with the local UTC offset. */
export function localNow(now: Date): { serial: number; utcOffsetMinutes: number } {
  const utcOffsetMinutes = -now.getTimezoneOffset();
  return { serial: serialFromEpoch(now.getTime(), utcOffsetMinutes), utcOffsetMinutes };
}
