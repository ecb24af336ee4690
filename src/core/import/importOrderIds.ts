import type { ExportFile } from "./readExportLines";
import { readExportLines } from "./readExportLines";

/**
 * The order ids the exports hold: the team's rows with one of them are the only rows an import can
 * change, so an adapter reads those rows whole and only the key columns of the rest.
 */
export function importOrderIds(exports: readonly ExportFile[], utcOffsetMinutes: number): Set<string> {
  const ids = new Set<string>();
  exports.forEach((file, index) => {
    for (const line of readExportLines(file, index, utcOffsetMinutes).lines) ids.add(line.orderId);
  });
  return ids;
}
