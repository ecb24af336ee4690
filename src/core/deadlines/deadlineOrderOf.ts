import type { CellValue } from "../grid";
import type { Field } from "../schema";
import { parseDateTime } from "../values";
import type { DeadlineOrder } from "./shipDeadline";

/** What deadlineOrderOf reads of a row: an OrderRow, or a grid row read through the sheet's mapping. */
export interface DeadlineRowSource {
  readonly cell: (field: Field) => CellValue;
  readonly text: (field: Field) => string;
}

/**
 * The deadline inputs of a row: its platform cell (else the sheet's platform), payment time and the
 * export's own ship-by promise, as Excel serials (text with an offset converted with `utcOffsetMinutes`).
 */
export function deadlineOrderOf(
  row: DeadlineRowSource,
  sheetPlatform: string,
  utcOffsetMinutes = 0,
): DeadlineOrder {
  const serial = (field: Field): number | null => {
    const parsed = parseDateTime(row.cell(field), { utcOffsetMinutes });
    return parsed.kind === "ok" ? parsed.serial : null;
  };
  return {
    platform: row.text("platform") || sheetPlatform,
    paidAt: serial("paidAt"),
    shipBy: serial("shipBy"),
  };
}
