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
  readonly byId: Map<string, WarehouseOrder[]>;
  readonly byTracking: Map<string, WarehouseOrder[]>;
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

function keysOf(order: WarehouseOrder): { id: string[]; tracking: string[] } {
  const id = normalizeScan(order.orderId);
  const tracking = normalizeScan(order.tracking);
  return {
    id: [id, id.replace(/^0+(?=\d)/u, "")],
    tracking: [tracking, tracking.replace(/^0+(?=\d)/u, "")],
  };
}

/** Indexes orders by id and tracking number, each also without leading zeros. Built once per session. */
export function buildScanIndex(orders: readonly WarehouseOrder[]): ScanIndex {
  const index: ScanIndex = { byId: new Map(), byTracking: new Map() };
  for (const order of orders) {
    const keys = keysOf(order);
    for (const key of keys.id) add(index.byId, key, order);
    for (const key of keys.tracking) add(index.byTracking, key, order);
  }
  return index;
}

/**
 * Puts an order's new state (a tracking number written, a stage moved) into an index `buildScanIndex`
 * made, in place: work for one order, not for the session's every order.
 */
export function reindexOrder(index: ScanIndex, previous: WarehouseOrder, next: WarehouseOrder): void {
  const drop = (map: Map<string, WarehouseOrder[]>, keys: readonly string[]): void => {
    for (const key of keys) {
      const list = map.get(key)?.filter((o) => o !== previous);
      if (list && list.length > 0) map.set(key, list);
      else map.delete(key);
    }
  };
  const old = keysOf(previous);
  drop(index.byId, old.id);
  drop(index.byTracking, old.tracking);
  const keys = keysOf(next);
  for (const key of keys.id) add(index.byId, key, next);
  for (const key of keys.tracking) add(index.byTracking, key, next);
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
