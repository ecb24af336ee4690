import type { Workflow } from "../lifecycle";
import { orderKey } from "../orderKey";
import type { MappedSheet, OrderRow } from "../plan";
import { readOrderRows } from "../plan";
import { parseTags } from "../tags";
import { parseInteger } from "../values";

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

/** Groups the sheet's order lines into orders (first appearance order); lines without an order id are left out. */
export function readWarehouseOrders(sheet: MappedSheet, workflow: Workflow): WarehouseOrder[] {
  const rows = readOrderRows(sheet, workflow);
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
      giftCard: orderText((r) => r.text("giftMessage")),
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
          location: r.text("location"),
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
