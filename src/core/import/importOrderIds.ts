import type { ExportFile, ExportRead } from "./readExportLines";
import { readExportLines } from "./readExportLines";

/** Every export read into its order lines (later files win over earlier ones in `planImport`). */
export function readExports(exports: readonly ExportFile[], utcOffsetMinutes: number): ExportRead[] {
  return exports.map((file, index) => readExportLines(file, index, utcOffsetMinutes));
}

/**
 * The order ids the exports hold: the team's rows with one of them are the only rows an import can
 * change, so an adapter reads those rows whole and only the key columns of the rest.
 */
export function importOrderIds(reads: readonly ExportRead[]): Set<string> {
  const ids = new Set<string>();
  for (const read of reads) for (const line of read.lines) ids.add(line.orderId);
  return ids;
}
