import type { Grid } from "../grid";
import { cellText } from "../grid";
import { readActivityField } from "../plan";
import type { Field } from "../schema";

/** One row of the Activity log as the review reads it (status and problem changes matter). */
export interface LogEntry {
  /** Excel serial, local time. */
  readonly time: number;
  readonly orderId: string;
  readonly line: string;
  /** The field changed, from the key an old log holds or the label a new one holds; null if neither. */
  readonly field: Field | null;
  readonly from: string;
  readonly to: string;
  /** 0-based index of the entry in the log (its order of writing; breaks ties of equal times). */
  readonly index: number;
}

/**
 * Reads the Activity table's body (ACTIVITY_HEADER order: time, order, line, field, from, to, by,
 * source). Rows without a numeric time or an order id are skipped: they can not be placed in a week.
 */
export function readActivityLog(body: Grid): LogEntry[] {
  const entries: LogEntry[] = [];
  body.forEach((row, index) => {
    const time = row[0];
    const orderId = cellText(row[1]);
    if (typeof time !== "number" || !Number.isFinite(time) || orderId === "") return;
    entries.push({
      time,
      orderId,
      line: cellText(row[2]),
      field: readActivityField(row[3] ?? null),
      from: cellText(row[4]),
      to: cellText(row[5]),
      index,
    });
  });
  return entries;
}

/** The key the log and the sheet share for one order line (the log carries no platform). */
export function logLineKey(orderId: string, line: string): string {
  return `${orderId}\u241e${line}`;
}
