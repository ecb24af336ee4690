import type {
  ActionResult,
  ActionTarget,
  WarehouseError,
  WarehouseRequest,
  WarehouseSheetWritten,
} from "../../core/port";
import type { BulkAction } from "../../core/plan";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { Locale } from "../../core/schema";
import type { PortError } from "../../core/port";
import { planPickList, readWarehouseOrders, selectOrders } from "../../core/warehouse";
import { localNow } from "./clock";
import { readOrderSheet } from "./orderSheet";
import { runExcel } from "./runExcel";
import { replaceWarehouseSheet } from "./writeWarehouseSheet";

export type ApplyAction = (
  action: BulkAction,
  target: ActionTarget,
  who: string,
) => Promise<Result<ActionResult, PortError>>;

/**
 * Writes (or rewrites) the `拣货单 Pick list` sheet for a scope, in one `Excel.run`: the order sheet is
 * read, never written. With `moveToProcessing`, the scope's 待处理 orders then move to 处理中 through the
 * pane's own action (checked, routed and logged like any move).
 */
export async function writePickList(
  request: WarehouseRequest,
  options: { readonly who: string; readonly locale: Locale; readonly applyAction: ApplyAction },
): Promise<Result<WarehouseSheetWritten, WarehouseError>> {
  const written = await runExcel(async (context) => {
    const read = await readOrderSheet(context);
    const workflow = read.settings.workflow;
    const orders = selectOrders(readWarehouseOrders(read.mapped, workflow), request.scope);
    const hasLocation = read.mapped.mapping.location !== undefined;
    const plan = planPickList({
      orders,
      scope: request.scope,
      workflow,
      locale: options.locale,
      now: localNow().serial,
      hasLocation,
    });
    if (!plan.ok) return null;
    const p = plan.value;
    const widths = [...(hasLocation ? [60] : []), 90, 160, 80, 40, 45, 170, 50];
    const { print } = await replaceWarehouseSheet(context, {
      name: p.sheetName,
      grid: p.grid,
      columnWidths: widths,
      bold: p.grid[p.tableHeaderRow]?.map((_, column) => ({ row: p.tableHeaderRow, column })) ?? [],
      titleRow: p.tableHeaderRow,
      header: String(p.grid[0]?.[0] ?? ""),
    });
    await context.sync();
    const toMove = orders.filter((o) => o.stage === "toProcess").flatMap((o) => o.lines.map((l) => l.row));
    return {
      sheetName: p.sheetName,
      orders: orders.length,
      rows: p.rows.length,
      print,
      toMove,
    };
  });
  if (!written.ok) return written;
  if (written.value === null) return err({ kind: "emptyScope" });
  const { toMove, ...summary } = written.value;
  if (!request.moveToProcessing || toMove.length === 0) return ok(summary);
  const moved = await options.applyAction(
    { kind: "setStatus", status: "processing" },
    { kind: "rows", rows: toMove, from: "pane" },
    options.who,
  );
  if (!moved.ok) return moved;
  return ok({ ...summary, moved: moved.value });
}
