import type { OrderCard } from "../../core/port";
import type { TagDef } from "../../core/tags";
import { sameTag } from "../../core/tags";

export interface BoardFilter {
  /** "" = everyone; UNASSIGNED = cards without an owner. */
  readonly owner: string;
  readonly tag: string;
  readonly platform: string;
  readonly text: string;
}

export const UNASSIGNED = "\u0000unassigned";

export const NO_FILTER: BoardFilter = { owner: "", tag: "", platform: "", text: "" };

/** The cards a filter keeps; the text matches order id, product and buyer, case-insensitively. */
export function filterCards(
  cards: readonly OrderCard[],
  filter: BoardFilter,
  palette: readonly TagDef[],
): OrderCard[] {
  const text = filter.text.trim().toLowerCase();
  return cards.filter(
    (card) =>
      (filter.owner === "" ||
        (filter.owner === UNASSIGNED ? card.owner === "" : card.owner === filter.owner)) &&
      (filter.tag === "" || card.tags.some((tag) => sameTag(tag, filter.tag, palette))) &&
      (filter.platform === "" || card.platform === filter.platform) &&
      (text === "" ||
        card.orderId.toLowerCase().includes(text) ||
        card.product.toLowerCase().includes(text) ||
        card.buyer.toLowerCase().includes(text)),
  );
}
