import { serialFromEpoch } from "../../core/values";

export interface LocalNow {
  /** Now as an Excel serial in the machine's local wall-clock time. */
  readonly serial: number;
  readonly utcOffsetMinutes: number;
}

/** The adapter's clock: the core never reads one, so every plan gets `now` from here. */
export function localNow(now: Date = new Date()): LocalNow {
  const utcOffsetMinutes = -now.getTimezoneOffset();
  return { serial: serialFromEpoch(now.getTime(), utcOffsetMinutes), utcOffsetMinutes };
}
