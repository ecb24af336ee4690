import type { CellValue } from "../grid";
import { cellText } from "../grid";
import { normalizeHeader } from "../headers";
import type { Workflow } from "../lifecycle";
import { orderKey } from "../orderKey";
import type { MappedSheet, OrderRow } from "../plan";
import { readOrderRows } from "../plan";
import { parseTags } from "../tags";
import { parseInteger } from "../values";

/**
 * Headers of the two columns the warehouse reads that are not order-export fields: the shelf location
 * (库位) and the gift-card text (贺卡). Compared after normalizeHeader, like FIELD_SYNONYMS.
 */
export const WAREHOUSE_COLUMNS = {
  location: [
    "库位",
    "货位",
    "仓位",
    "储位",
    "库位号",
    "Location",
    "Bin",
    "Bin location",
    "Shelf",
    "库位 Location",
  ],
  giftCard: [
    "贺卡",
    "贺卡内容",
    "贺卡留言",
    "礼品卡",
    "Gift message",
    "Gift card",
    "Gift note",
    "贺卡 Gift card",
  ],
} as const;

export type WarehouseColumn = keyof typeof WAREHOUSE_COLUMNS;

/** One line of an order as the warehouse handles it. */
export interface WarehouseLine {
  /** 1-based sheet row. */
  readonly row: number;
  readonly sku: string;
  readonly productId: string;
  readonly product: string;
  readonly variant: string;
  /** Units to pick; 1 when the sheet has no quantity or an unreadable one. */
  readonly quantity: number;
  readonly location: string;
}

/** An order (all its lines) as the warehouse handles it. Texts are as the sheet gives them. */
export interface WarehouseOrder {
  /** platform + order id (`orderKey`). */
  readonly key: string;
  readonly orderId: string;
  readonly platform: string;
  readonly stage: string | null;
  readonly statusText: string;
  readonly owner: string;
  readonly recipient: string;
  readonly phone: string;
  readonly address: string;
  readonly buyerNote: string;
  readonly giftCard: string;
  readonly tags: readonly string[];
  readonly tracking: string;
  readonly carrier: string;
  readonly lines: readonly WarehouseLine[];
}

/** Grid columns of the warehouse-only columns, found by header text; absent when the sheet has none. */
export function findWarehouseColumns(
  headers: readonly CellValue[],
): Partial<Record<WarehouseColumn, number>> {
  const found: Partial<Record<WarehouseColumn, number>> = {};
  for (const column of Object.keys(WAREHOUSE_COLUMNS) as WarehouseColumn[]) {
    const wanted = new Set(WAREHOUSE_COLUMNS[column].map((h) => normalizeHeader(h)));
    const index = headers.findIndex((h) => wanted.has(normalizeHeader(cellText(h))));
    if (index >= 0) found[column] = index;
  }
  return found;
}

/** Groups the sheet's order lines into orders (first appearance order); lines without an order id are left out. */
export function readWarehouseOrders(sheet: MappedSheet, workflow: Workflow): WarehouseOrder[] {
  const rows = readOrderRows(sheet, workflow);
  const extra = findWarehouseColumns(sheet.grid[sheet.headerRow] ?? []);
  const extraText = (row: OrderRow, column: WarehouseColumn): string => {
    const index = extra[column];
    return index === undefined ? "" : cellText(sheet.grid[row.index]?.[index]);
  };
  const orders = new Map<string, { first: OrderRow; rows: OrderRow[] }>();
  for (const row of rows) {
    if (row.orderId === "" || row.idCorrupted) continue;
    const platform = row.text("platform") || sheet.platform;
    const key = orderKey(platform, row.orderId);
    const entry = orders.get(key);
    if (entry) entry.rows.push(row);
    else orders.set(key, { first: row, rows: [row] });
  }
  return [...orders.entries()].map(([key, { first, rows: lines }]) => {
    // Order-level texts may be filled on the first line only (Taobao exports): take the first non-empty.
    const orderText = (read: (row: OrderRow) => string): string =>
      lines.map(read).find((text) => text !== "") ?? "";
    return {
      key,
      orderId: first.orderId,
      platform: first.text("platform") || sheet.platform,
      stage: first.stage?.key ?? null,
      statusText: first.statusText,
      owner: first.owner,
      recipient: orderText((r) => r.text("recipient") || r.text("buyer")),
      phone: orderText((r) => r.text("phone")),
      address: orderText(
        (r) => r.text("address") || [r.text("province"), r.text("city"), r.text("district")].join(""),
      ),
      buyerNote: orderText((r) => r.text("buyerNote")),
      giftCard: orderText((r) => extraText(r, "giftCard")),
      tags: [...new Set(lines.flatMap((r) => parseTags(r.tags)))],
      tracking: orderText((r) => r.text("tracking")),
      carrier: orderText((r) => r.text("carrier")),
      lines: lines.map((r) => {
        const quantity = parseInteger(r.cell("quantity"));
        return {
          row: r.sheetRow + 1,
          sku: r.text("sku"),
          productId: r.text("productId"),
          product: r.text("product"),
          variant: r.text("variant"),
          quantity: quantity.kind === "ok" && quantity.value > 0 ? quantity.value : 1,
          location: extraText(r, "location"),
        };
      }),
    };
  });
}

/** Which orders a pick list, the slips or a scan session cover. */
export type WarehouseScope =
  | { readonly kind: "rows"; readonly rows: readonly number[] }
  | {
      readonly kind: "stages";
      readonly stages: readonly string[];
      readonly owner?: string;
      readonly platform?: string;
    };

/** The default scope: everything still to pick. */
export const DEFAULT_STAGES = ["toProcess", "processing"] as const;

/** The orders in a scope: for rows, every order with a line among them; for stages, orders in one of them. */
export function selectOrders(orders: readonly WarehouseOrder[], scope: WarehouseScope): WarehouseOrder[] {
  if (scope.kind === "rows") {
    const rows = new Set(scope.rows);
    return orders.filter((order) => order.lines.some((line) => rows.has(line.row)));
  }
  const stages = new Set(scope.stages);
  return orders.filter(
    (order) =>
      order.stage !== null &&
      stages.has(order.stage) &&
      (scope.owner === undefined || scope.owner === "" || order.owner === scope.owner) &&
      (scope.platform === undefined || scope.platform === "" || order.platform === scope.platform),
  );
}
