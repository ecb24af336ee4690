import type { CellValue, Grid } from "../grid";
import { cellText } from "../grid";
import type { Stage, Workflow } from "../lifecycle";
import { findStatus } from "../lifecycle";
import type { Field, PlatformId } from "../schema";
import { lineLabel, orderLineKey } from "../orderKey";
import { parseOrderId } from "../values";

/** A mapped sheet: cells plus where the header and the order rows are (grid indices) and which column is which field. */
export interface MappedSheet {
  readonly grid: Grid;
  /** 0-based sheet coordinates of `grid[0][0]`. */
  readonly origin: { readonly row: number; readonly column: number };
  readonly headerRow: number;
  readonly dataRows: readonly number[];
  /** Field → 0-based column index in the grid. */
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  readonly platform: PlatformId;
}

/** One order line as the workflow sees it. */
export interface OrderRow {
  /** 0-based grid index. */
  readonly index: number;
  /** 0-based sheet row. */
  readonly sheetRow: number;
  /** Identity across sorts and pastes: platform, order id and line (see `lineKey`); undefined without an order id. */
  readonly key: string | undefined;
  readonly orderId: string;
  /** The order id was destroyed by Excel (scientific notation or too many digits). */
  readonly idCorrupted: boolean;
  readonly line: string;
  readonly statusText: string;
  readonly stage: Stage | undefined;
  readonly owner: string;
  readonly tags: string;
  readonly problem: string;
  readonly cell: (field: Field) => CellValue;
  readonly text: (field: Field) => string;
}

/** Reads the data rows of a mapped sheet as order rows (statuses resolved against the workflow). */
export function readOrderRows(sheet: MappedSheet, workflow: Workflow): OrderRow[] {
  const { grid, mapping } = sheet;
  return sheet.dataRows.map((index) => {
    const row = grid[index] ?? [];
    const cell = (field: Field): CellValue => {
      const column = mapping[field];
      return column === undefined ? null : (row[column] ?? null);
    };
    const text = (field: Field): string => cellText(cell(field));
    const id = parseOrderId(cell("orderId"));
    const orderId = id.kind === "ok" ? id.text : text("orderId");
    const line = lineLabel(text);
    const statusText = text("status");
    return {
      index,
      sheetRow: sheet.origin.row + index,
      key: id.kind === "ok" ? orderLineKey(sheet.platform, id.text, line) : undefined,
      orderId,
      idCorrupted: id.kind === "corrupted",
      line,
      statusText,
      stage: statusText === "" ? undefined : findStatus(workflow, statusText),
      owner: text("owner"),
      tags: text("tags"),
      problem: text("problem"),
      cell,
      text,
    };
  });
}
