import type { CellValue } from "../grid";
import type { Message } from "../i18n/translate";
import { translate } from "../i18n/translate";
import type { Workflow } from "../lifecycle";
import { getStage } from "../lifecycle";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { Locale } from "../schema";
import { formatSerial } from "../values";
import { WAREHOUSE_MESSAGES as M } from "./messages";
import type { WarehouseOrder, WarehouseScope } from "./warehouseOrders";

/** The pick list's sheet: one fixed bilingual name, so regenerating finds and replaces it. */
export const PICK_LIST_SHEET = "拣货单 Pick list";

export interface PickListInput {
  /** The orders of the scope (see `selectOrders`). */
  readonly orders: readonly WarehouseOrder[];
  readonly scope: WarehouseScope;
  readonly workflow: Workflow;
  readonly locale: Locale;
  /** Now as an Excel serial, local time. */
  readonly now: number;
  /** Whether the order sheet has a location column (库位): the list gets one and is sorted by it. */
  readonly hasLocation: boolean;
}

export interface PickRow {
  readonly location: string;
  readonly sku: string;
  readonly product: string;
  readonly variant: string;
  readonly quantity: number;
  readonly orderIds: readonly string[];
}

/** The pick list as cells: a header block, then the table. Rows and columns are 0-based on the new sheet. */
export interface PickListPlan {
  readonly sheetName: string;
  readonly grid: readonly (readonly CellValue[])[];
  readonly rows: readonly PickRow[];
  /** Row of the table's header (repeated on every printed page). */
  readonly tableHeaderRow: number;
  /** Columns holding ids: written as text so long ids keep every digit. */
  readonly textColumns: readonly number[];
  readonly tickColumn: number;
  readonly totals: { readonly orders: number; readonly lines: number; readonly units: number };
}

export type PickListProblem = { readonly kind: "emptyScope"; readonly message: Message };

/**
 * Plans the pick list of some orders: one row per SKU (else product + variant) with the total quantity,
 * the number of orders and their ids, sorted by location then SKU; a header with the time, the scope and
 * the totals; a column to tick. Refuses an empty scope.
 */
export function planPickList(input: PickListInput): Result<PickListPlan, PickListProblem> {
  const { orders, locale } = input;
  if (orders.length === 0) return err({ kind: "emptyScope", message: M.emptyScope });
  const t = (message: Message, params?: Record<string, string | number>): string =>
    translate(message, locale, params);

  const byItem = new Map<string, { row: Omit<PickRow, "orderIds">; orderIds: string[] }>();
  for (const order of orders) {
    for (const line of order.lines) {
      const key = line.sku !== "" ? `sku\u241e${line.sku}` : `name\u241e${line.product}\u241e${line.variant}`;
      const entry = byItem.get(key);
      if (entry) {
        entry.row = { ...entry.row, quantity: entry.row.quantity + line.quantity };
        if (entry.row.location === "" && line.location !== "")
          entry.row = { ...entry.row, location: line.location };
        if (!entry.orderIds.includes(order.orderId)) entry.orderIds.push(order.orderId);
      } else {
        byItem.set(key, {
          row: {
            location: line.location,
            sku: line.sku,
            product: line.product,
            variant: line.variant,
            quantity: line.quantity,
          },
          orderIds: [order.orderId],
        });
      }
    }
  }
  const compare = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });
  const rows: PickRow[] = [...byItem.values()]
    .map(({ row, orderIds }) => ({ ...row, orderIds }))
    .sort(
      (a, b) =>
        // Lines without a location go last: the picker walks the shelves first.
        Number(a.location === "") - Number(b.location === "") ||
        compare(a.location, b.location) ||
        compare(a.sku, b.sku) ||
        compare(a.product, b.product) ||
        compare(a.variant, b.variant),
    );

  const totals = {
    orders: orders.length,
    lines: rows.length,
    units: rows.reduce((sum, row) => sum + row.quantity, 0),
  };
  const header: string[] = [
    ...(input.hasLocation ? [t(M.colLocation)] : []),
    t(M.colSku),
    t(M.colProduct),
    t(M.colVariant),
    t(M.colQuantity),
    t(M.colOrders),
    t(M.colOrderIds),
    t(M.colPicked),
  ];
  const grid: CellValue[][] = [
    [t(M.pickTitle)],
    [t(M.generatedAt, { time: formatSerial(input.now) })],
    [describeScope(input.scope, input.workflow, locale, orders.length)],
    [t(M.totals, totals)],
    [],
    header,
    ...rows.map((row) => [
      ...(input.hasLocation ? [row.location] : []),
      row.sku,
      row.product,
      row.variant,
      row.quantity,
      row.orderIds.length,
      row.orderIds.join(", "),
      "",
    ]),
  ];
  const offset = input.hasLocation ? 1 : 0;
  return ok({
    sheetName: PICK_LIST_SHEET,
    grid,
    rows,
    tableHeaderRow: 5,
    textColumns: [offset, offset + 5],
    tickColumn: offset + 6,
    totals,
  });
}

/** The scope in words: the selection's size, or the stages with the owner and platform filters. */
export function describeScope(
  scope: WarehouseScope,
  workflow: Workflow,
  locale: Locale,
  orders: number,
): string {
  if (scope.kind === "rows") return translate(M.scopeSelection, locale, { orders });
  const stages = scope.stages
    .map((key) => {
      const stage = getStage(workflow, key);
      return stage ? translate(stage.label, locale) : key;
    })
    .join(" + ");
  const filter =
    (scope.owner ? translate(M.scopeOwner, locale, { owner: scope.owner }) : "") +
    (scope.platform ? translate(M.scopePlatform, locale, { platform: scope.platform }) : "");
  return translate(M.scopeStages, locale, { stages, filter });
}
