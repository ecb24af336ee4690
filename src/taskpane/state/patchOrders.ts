import type { OrderCard, OrdersPatch, OrdersView } from "../../core/port";

/**
 * The view with the cards of the patched rows replaced: rows read again take their new card, rows
 * read again that hold no order line now are dropped, every other card stays as it was. Cards stay in
 * sheet-row order.
 */
export function patchOrders(view: OrdersView, patch: OrdersPatch): OrdersView {
  const read = new Set(patch.rows);
  const kept = view.orders.filter((card) => !read.has(card.row));
  const orders: OrderCard[] = [...kept, ...patch.orders].sort((a, b) => a.row - b.row);
  return { ...view, now: patch.now, orders };
}
