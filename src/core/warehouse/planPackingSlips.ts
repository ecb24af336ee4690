import type { CellValue } from "../grid";
import type { Message } from "../i18n/translate";
import { translate } from "../i18n/translate";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { Locale } from "../schema";
import { WAREHOUSE_MESSAGES as M } from "./messages";
import type { PickListProblem } from "./planPickList";
import type { WarehouseOrder } from "./warehouseOrders";

export const PACKING_SLIPS_SHEET = "发货单 Packing slips";

/** Rows a slip keeps empty under the id for its barcode (two default rows: about 10 mm, enough for scanners). */
export const BARCODE_ROWS = 2;

export interface PackingSlipsInput {
  readonly orders: readonly WarehouseOrder[];
  readonly locale: Locale;
  /** Slips per printed page (default 1). */
  readonly perPage?: number;
}

export interface SlipBlock {
  readonly orderId: string;
  /** First row of the block (0-based on the slips sheet). */
  readonly firstRow: number;
  readonly rowCount: number;
  /** The first of the `BARCODE_ROWS` rows kept empty for the order id's barcode. */
  readonly barcodeRow: number;
}

export interface PackingSlipsPlan {
  readonly sheetName: string;
  readonly grid: readonly (readonly CellValue[])[];
  readonly blocks: readonly SlipBlock[];
  /** Cells to print in bold: gift-card text and tags (the packer must not miss them), and each order id. */
  readonly bold: readonly { readonly row: number; readonly column: number }[];
  /** Rows that start a new printed page (a horizontal page break above each). */
  readonly pageBreaks: readonly number[];
}

/**
 * Plans one block per order: id (and a row for its barcode), platform, recipient as the export gives it
 * (masked values stay masked), the items with quantities, the buyer note, gift-card text and tags in bold;
 * a page break every `perPage` blocks.
 */
export function planPackingSlips(input: PackingSlipsInput): Result<PackingSlipsPlan, PickListProblem> {
  const { orders, locale } = input;
  if (orders.length === 0) return err({ kind: "emptyScope", message: M.emptyScope });
  const perPage = Math.max(1, Math.floor(input.perPage ?? 1));
  const t = (message: Message): string => translate(message, locale);
  const grid: CellValue[][] = [];
  const blocks: SlipBlock[] = [];
  const bold: { row: number; column: number }[] = [];
  const pageBreaks: number[] = [];

  orders.forEach((order, index) => {
    if (index > 0 && index % perPage === 0) pageBreaks.push(grid.length);
    const firstRow = grid.length;
    grid.push([t(M.slipOrder), order.orderId, t(M.slipPlatform), order.platform]);
    bold.push({ row: firstRow, column: 1 });
    const barcodeRow = grid.length;
    for (let r = 0; r < BARCODE_ROWS; r++) grid.push([]);
    grid.push([t(M.slipRecipient), order.recipient, t(M.slipPhone), order.phone]);
    grid.push([t(M.slipAddress), order.address]);
    grid.push([t(M.colSku), t(M.colProduct), t(M.colVariant), t(M.colQuantity)]);
    for (const line of order.lines) grid.push([line.sku, line.product, line.variant, line.quantity]);
    if (order.buyerNote !== "") grid.push([t(M.slipNote), order.buyerNote]);
    if (order.giftCard !== "") {
      bold.push({ row: grid.length, column: 1 });
      grid.push([t(M.slipGiftCard), order.giftCard]);
    }
    if (order.tags.length > 0) {
      bold.push({ row: grid.length, column: 1 });
      grid.push([t(M.slipTags), order.tags.join(" ")]);
    }
    blocks.push({ orderId: order.orderId, firstRow, rowCount: grid.length - firstRow, barcodeRow });
    // A blank row between blocks that share a page.
    grid.push([]);
  });
  return ok({ sheetName: PACKING_SLIPS_SHEET, grid, blocks, bold, pageBreaks });
}
