import { formatSerial } from "../../core/values";

/** A due time (Excel serial) as `05-21 10:00`, with the year only when it is not the current one. */
export function formatDue(due: number, now: number): string {
  const text = formatSerial(due);
  return text.slice(0, 4) === formatSerial(now).slice(0, 4) ? text.slice(5) : text;
}
