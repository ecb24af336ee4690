import type { Field, PlatformId } from "./schema";

/** The line inside an order: its line id, else SKU, product and variant ("" when none is known). */
export function lineLabel(text: (field: Field) => string): string {
  return lineLabelOf(text("lineId"), text("sku"), text("product"), text("variant"));
}

/** `lineLabel` from the four texts themselves (the row checks call it once per row of a million). */
export function lineLabelOf(lineId: string, sku: string, product: string, variant: string): string {
  if (lineId !== "") return lineId;
  let label = "";
  for (const part of [sku, product, variant])
    if (part !== "") label = label === "" ? part : `${label} · ${part}`;
  return label;
}

/**
 * The identity of an order line across sorts, pastes and re-imports: platform + order id + line
 * (docs/DESIGN.md: duplicates are the same platform, order id and line).
 */
export function orderLineKey(platform: PlatformId, orderId: string, line: string): string {
  return `${platform}\u241e${orderId}\u241e${line}`;
}

/** The identity of a whole order (all its lines): platform + order id. Rates in reviews count these. */
export function orderKey(platform: string, orderId: string): string {
  return `${platform}\u241e${orderId}`;
}
