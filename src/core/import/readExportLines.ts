import type { CellValue, Grid } from "../grid";
import { cellText } from "../grid";
import { detectHeader } from "../headers";
import type { Field, OrderField, PlatformId } from "../schema";
import { FIELD_INFO, ORDER_FIELDS } from "../schema";
import { parseOrderId } from "../values";
import { platformKeyOf } from "./findPlatform";
import { importValue } from "./importValue";
import type { RefusedRow } from "./types";

/** One parsed export: its name (for reports) and its cells. */
export interface ExportFile {
  readonly file: string;
  readonly grid: Grid;
}

/** One order line of an export, its cells already in the form they are written in. */
export interface ExportLine {
  readonly file: string;
  /** Position of the file in the import (later files win over earlier ones). */
  readonly fileIndex: number;
  /** 1-based row in the file. */
  readonly row: number;
  /** The marketplace (or, for a generic file with a platform column, the row's platform text). */
  readonly platform: string;
  readonly orderId: string;
  readonly values: Readonly<Partial<Record<OrderField, CellValue>>>;
}

export interface ExportRead {
  readonly file: string;
  readonly platform: PlatformId;
  /** Order rows found (data and continuation rows). */
  readonly rows: number;
  readonly orders: number;
  readonly lines: readonly ExportLine[];
  readonly refused: readonly RefusedRow[];
  /** Set when the whole file is refused (not an order export, or no order rows). */
  readonly unusable: boolean;
}

/**
 * Reads the order lines of one export with the header detection `orderflow inspect` uses. Rows of a
 * line-level export that only carry an item (Taobao's continuation rows) take the order's id and its
 * order-level cells from the order's first row. Rows with an id Excel destroyed or without an id are
 * refused with their row; a file without an order id column is refused as a whole.
 */
export function readExportLines(
  exportFile: ExportFile,
  fileIndex: number,
  utcOffsetMinutes: number,
): ExportRead {
  const { file, grid } = exportFile;
  const detection = detectHeader(grid, { fileName: file });
  if (!detection.ok) {
    const kind = detection.error.kind === "emptyGrid" ? "emptyExport" : "notOrderExport";
    return unusable(file, "generic", [{ file, row: 0, kind, params: { detail: "" } }]);
  }
  const { mapping, dataRows, rowRoles, platform, headerRow, headers } = detection.value;
  const idColumn = mapping.orderId;
  if (idColumn === undefined) {
    const named = headers
      .filter((h) => h !== "")
      .slice(0, 4)
      .join(", ");
    return unusable(file, platform, [
      {
        file,
        row: headerRow + 1,
        kind: "notOrderExport",
        params: { detail: named === "" ? "" : `: ${named}` },
      },
    ]);
  }
  if (dataRows.length === 0) {
    return unusable(file, platform, [{ file, row: headerRow + 1, kind: "emptyExport", params: {} }]);
  }
  const fields = (Object.entries(mapping) as [Field, number][]).filter(
    (entry): entry is [OrderField, number] => (ORDER_FIELDS as readonly string[]).includes(entry[0]),
  );
  const lines: ExportLine[] = [];
  const refused: RefusedRow[] = [];
  const orders = new Set<string>();
  let current: { orderId: string; values: Partial<Record<OrderField, CellValue>> } | undefined;
  for (const index of dataRows) {
    const row = grid[index] ?? [];
    const values: Partial<Record<OrderField, CellValue>> = {};
    for (const [field, column] of fields) {
      const value = importValue(field, row[column] ?? null, utcOffsetMinutes);
      if (value !== undefined) values[field] = value;
    }
    const id = parseOrderId(row[idColumn] ?? null);
    if (id.kind === "corrupted") {
      refused.push({ file, row: index + 1, kind: "idCorrupted", params: { value: id.raw } });
      current = undefined;
      continue;
    }
    let orderId: string;
    if (id.kind === "ok") {
      orderId = id.text;
      if (rowRoles[index] === "continuation" && current?.orderId === orderId) inherit(values, current.values);
      else current = { orderId, values };
    } else if (rowRoles[index] === "continuation" && current) {
      orderId = current.orderId;
      inherit(values, current.values);
    } else {
      refused.push({ file, row: index + 1, kind: "noOrderId", params: {} });
      continue;
    }
    values.orderId = orderId;
    const platformText = platform === "generic" ? cellText(values.platform ?? null) : "";
    const linePlatform = platformText === "" ? platform : platformKeyOf(platformText);
    orders.add(`${linePlatform}\u241e${orderId}`);
    lines.push({ file, fileIndex, row: index + 1, platform: linePlatform, orderId, values });
  }
  return {
    file,
    platform,
    rows: dataRows.length,
    orders: orders.size,
    lines,
    refused,
    // Every row refused (ids Excel destroyed, no ids): nothing of the file can be merged.
    unusable: lines.length === 0,
  };
}

/** Order-level cells a continuation row leaves empty come from the order's first row. */
function inherit(
  values: Partial<Record<OrderField, CellValue>>,
  order: Partial<Record<OrderField, CellValue>>,
): void {
  for (const [field, value] of Object.entries(order) as [OrderField, CellValue][]) {
    if (FIELD_INFO[field].level === "order" && values[field] === undefined) values[field] = value;
  }
}

function unusable(file: string, platform: PlatformId, refused: RefusedRow[]): ExportRead {
  return { file, platform, rows: 0, orders: 0, lines: [], refused, unusable: true };
}
