import type { WarehouseError, WarehouseRequest, WarehouseSheetWritten } from "../../core/port";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { Locale } from "../../core/schema";
import { BARCODE_ROWS, planPackingSlips, readWarehouseOrders, selectOrders } from "../../core/warehouse";
import { readOrderSheet } from "./orderSheet";
import { runExcel } from "./runExcel";
import { replaceWarehouseSheet } from "./writeWarehouseSheet";

/** Column widths of a slip (points): label, value, label, value. */
export const SLIP_COLUMNS = [70, 200, 70, 120] as const;

/** Width of one barcode module (points): a 17-digit id is about 110 modules, 150 points. */
export const MODULE_WIDTH = 1.4;
/** First column of the barcode band (after the slip's four columns and a spacer). */
export const BARCODE_COLUMN = SLIP_COLUMNS.length + 1;

/**
 * Writes (or rewrites) the `发货单 Packing slips` sheet: one block per order, a page break between pages,
 * and beside each block's id a Code 128 barcode of it drawn as black cells in a band of narrow columns
 * (fills print on every host; images would need ExcelApi 1.9 shapes and a PNG encoder).
 */
export async function writePackingSlips(
  request: WarehouseRequest,
  options: { readonly locale: Locale },
): Promise<Result<WarehouseSheetWritten, WarehouseError>> {
  // bwip-js is large: its chunk loads when slips are first made, not with the pane.
  const { barcodeBars } = await import("./barcodeBars");
  const written = await runExcel(async (context) => {
    const read = await readOrderSheet(context);
    const orders = selectOrders(readWarehouseOrders(read.mapped, read.settings.workflow), request.scope);
    const plan = planPackingSlips({ orders, locale: options.locale, perPage: request.perPage ?? 1 });
    if (!plan.ok) return null;
    const p = plan.value;
    const { sheet, print } = await replaceWarehouseSheet(context, {
      name: p.sheetName,
      grid: p.grid,
      columnWidths: SLIP_COLUMNS,
      bold: p.bold,
      pageBreaks: p.pageBreaks,
      header: p.sheetName,
    });
    const codes = p.blocks.map((block) => ({ block, code: barcodeBars(block.orderId) }));
    const modules = Math.max(0, ...codes.map((c) => c.code.modules));
    if (modules > 0) {
      sheet.getRangeByIndexes(0, BARCODE_COLUMN, 1, modules).format.columnWidth = MODULE_WIDTH;
      for (const { block, code } of codes)
        for (const bar of code.bars)
          sheet.getRangeByIndexes(
            block.barcodeRow,
            BARCODE_COLUMN + bar.start,
            BARCODE_ROWS,
            bar.width,
          ).format.fill.color = "#000000";
    }
    await context.sync();
    return {
      sheetName: p.sheetName,
      orders: orders.length,
      rows: p.blocks.length,
      print,
      barcodes: "cells" as const,
    };
  });
  if (!written.ok) return written;
  if (written.value === null) return err({ kind: "emptyScope" });
  return ok(written.value);
}
