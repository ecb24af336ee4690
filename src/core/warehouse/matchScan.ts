import { stripIdDecorations } from "../values";
import type { WarehouseOrder } from "./warehouseOrders";

/** What a scanned code is, once looked up. */
export type ScanMatch =
  | { readonly kind: "order"; readonly order: WarehouseOrder; readonly via: "orderId" | "tracking" }
  | { readonly kind: "empty" }
  | { readonly kind: "unknown"; readonly code: string }
  /** The code is the id of orders on two platforms (or two sheets' worth of the same id). */
  | { readonly kind: "ambiguous"; readonly code: string; readonly orders: readonly WarehouseOrder[] }
  /** Two orders carry the same tracking number: a label was printed twice or typed wrong. */
  | { readonly kind: "sharedTracking"; readonly code: string; readonly orders: readonly WarehouseOrder[] };

export interface ScanIndex {
  readonly byId: ReadonlyMap<string, readonly WarehouseOrder[]>;
  readonly byTracking: ReadonlyMap<string, readonly WarehouseOrder[]>;
}

/** A code as scanners and exports write it, reduced to compare: wrappers gone, upper case, no inner spaces. */
export function normalizeScan(raw: string): string {
  return stripIdDecorations(raw.normalize("NFKC"))
    .replace(/[\s-]+/gu, "")
    .toUpperCase();
}

/** The forms a code may be looked up under: as is, without leading zeros, without a platform's letter prefix. */
function lookupForms(code: string): string[] {
  const forms = [code];
  const unprefixed = /^[A-Z]{1,4}[:#_]?(\d{6,})$/u.exec(code)?.[1];
  for (const form of unprefixed === undefined ? [code] : [code, unprefixed]) {
    const unpadded = form.replace(/^0+(?=\d)/u, "");
    if (!forms.includes(form)) forms.push(form);
    if (!forms.includes(unpadded)) forms.push(unpadded);
  }
  return forms;
}

function add(map: Map<string, WarehouseOrder[]>, key: string, order: WarehouseOrder): void {
  if (key === "") return;
  const list = map.get(key);
  if (!list) map.set(key, [order]);
  else if (!list.includes(order)) list.push(order);
}

/** Indexes orders by id and tracking number, each also without leading zeros. Built once per session. */
export function buildScanIndex(orders: readonly WarehouseOrder[]): ScanIndex {
  const byId = new Map<string, WarehouseOrder[]>();
  const byTracking = new Map<string, WarehouseOrder[]>();
  for (const order of orders) {
    const id = normalizeScan(order.orderId);
    add(byId, id, order);
    add(byId, id.replace(/^0+(?=\d)/u, ""), order);
    const tracking = normalizeScan(order.tracking);
    add(byTracking, tracking, order);
    add(byTracking, tracking.replace(/^0+(?=\d)/u, ""), order);
  }
  return { byId, byTracking };
}

/** Looks a scanned code up: an order id first, then a tracking number; every form of doubt is its own outcome. */
export function matchScan(index: ScanIndex, raw: string): ScanMatch {
  const code = normalizeScan(raw);
  if (code === "") return { kind: "empty" };
  for (const form of lookupForms(code)) {
    const byId = index.byId.get(form);
    if (byId && byId.length > 1) return { kind: "ambiguous", code, orders: byId };
    if (byId?.[0]) return { kind: "order", order: byId[0], via: "orderId" };
    const byTracking = index.byTracking.get(form);
    if (byTracking && byTracking.length > 1) return { kind: "sharedTracking", code, orders: byTracking };
    if (byTracking?.[0]) return { kind: "order", order: byTracking[0], via: "tracking" };
  }
  return { kind: "unknown", code };
}
