/**
 * `worksheet.onChanged` [1.7] and `worksheets.onChanged` [1.9]: registration is queued like any other
 * statement; `EventHandlerResult.remove()` must run in the same context (`Excel.run(result.context, …)`).
 * Delivery builds `Excel.WorksheetChangedEventArgs`: `details` only when exactly one cell changed [1.9],
 * `triggerSource` only when ExcelApi 1.14 is supported. Handlers fire only while `runtime.enableEvents`.
 */
import type { Rect } from "./address";
import { cellCount, formatLocal } from "./address";
import type { BatchContext } from "./batch";
import { valueTypeOf } from "./cells";
import type { HostCore } from "./core";
import { fail, INVALID_OBJECT_PATH_MESSAGE } from "./errors";
import type { ChangeHandler, HandlerEntry, SheetState, StoredValue, Transaction } from "./state";

type Registry = (tx: Transaction) => {
  owner: object;
  key: "handlers" | "workbookHandlers" | "selectionHandlers";
  list: readonly HandlerEntry[];
};

/** `OfficeExtension.EventHandlers<WorksheetChangedEventArgs>`. */
export class FakeEventHandlers {
  private readonly ctx: BatchContext;
  private readonly registry: Registry;
  private readonly use: () => void;

  constructor(ctx: BatchContext, registry: Registry, use: () => void) {
    this.ctx = ctx;
    this.registry = registry;
    this.use = use;
  }

  add(handler: ChangeHandler): FakeEventHandlerResult {
    this.use();
    if (typeof handler !== "function") fail("InvalidArgument", "An event handler must be a function.");
    this.ctx._enqueue({
      statement: "EventHandlers.add",
      size: 40,
      write: false,
      run: (tx) => {
        const r = this.registry(tx);
        tx.set(r.owner as Record<string, unknown>, r.key, [...r.list, { contextId: this.ctx._id, handler }]);
      },
    });
    return new FakeEventHandlerResult(this.ctx, () => this.remove(handler));
  }

  remove(handler: ChangeHandler): void {
    this.use();
    this.ctx._enqueue({
      statement: "EventHandlers.remove",
      size: 40,
      write: false,
      run: (tx) => {
        let r;
        try {
          r = this.registry(tx);
        } catch {
          return; // the sheet is gone: nothing left to remove
        }
        tx.set(
          r.owner as Record<string, unknown>,
          r.key,
          r.list.filter((h) => !(h.handler === handler && h.contextId === this.ctx._id)),
        );
      },
    });
  }
}

/** `OfficeExtension.EventHandlerResult`: `context` and `remove()` (queued on that context). */
export class FakeEventHandlerResult {
  readonly context: BatchContext;
  private readonly doRemove: () => void;
  constructor(ctx: BatchContext, doRemove: () => void) {
    this.context = ctx;
    this.doRemove = doRemove;
  }
  remove(): void {
    if (!this.context._active)
      fail(
        "InvalidObjectPath",
        INVALID_OBJECT_PATH_MESSAGE.replace("{0}", "EventHandlerResult"),
        "EventHandlerResult.remove",
      );
    this.doRemove();
  }
}

export interface ChangeEventInput {
  readonly sheet: SheetState;
  readonly rect: Rect;
  readonly source: "Local" | "Remote";
  readonly changeType: string;
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
  readonly before: StoredValue | undefined;
  readonly after: StoredValue | undefined;
  /** Comma-separated address of several areas (the rect is then the first one). */
  readonly address?: string;
}

interface RangeFactory {
  workbook: {
    worksheets: { getItem(key: string): { getRange(address: string): unknown; getRangeByIndexes?: unknown } };
  };
}

/** Builds the event args Excel would pass. */
export function eventArgs(host: HostCore, e: ChangeEventInput): Record<string, unknown> {
  const address = e.address ?? formatLocal(e.rect);
  const args: Record<string, unknown> = {
    type: "WorksheetChanged",
    address,
    source: e.source,
    changeType: e.changeType,
    worksheetId: e.sheet.id,
    getRange: (ctx: RangeFactory) => {
      if (!host.supports("ExcelApi", "1.8"))
        fail("ApiNotFound", "WorksheetChangedEventArgs.getRange needs ExcelApi 1.8.");
      return ctx.workbook.worksheets.getItem(e.sheet.id).getRange(address);
    },
    getRangeOrNullObject: (ctx: RangeFactory) =>
      ctx.workbook.worksheets.getItem(e.sheet.id).getRange(address),
  };
  if (host.supports("ExcelApi", "1.9") && e.address === undefined && cellCount(e.rect) === 1) {
    args.details = {
      valueBefore: e.before ?? "",
      valueAfter: e.after ?? "",
      valueTypeBefore: valueTypeOf(e.before),
      valueTypeAfter: valueTypeOf(e.after),
    };
  }
  if (host.supports("ExcelApi", "1.14")) args.triggerSource = e.triggerSource;
  return args;
}

/**
 * Calls every sheet and workbook handler (when runtime.enableEvents) and waits for them. `enableEvents`
 * "toggle[s] JavaScript events in the current task pane or content add-in" — the whole runtime, so a user's
 * edit while it is off is never delivered (https://learn.microsoft.com/javascript/api/excel/excel.runtime).
 */
export async function deliver(host: HostCore, e: ChangeEventInput, checkEnabled = true): Promise<void> {
  if (checkEnabled && !host.enableEvents) return;
  const handlers = [...e.sheet.handlers, ...host.state.workbookHandlers];
  if (handlers.length === 0) return;
  const args = eventArgs(host, e);
  for (const h of handlers) {
    try {
      await h.handler(args);
    } catch (err) {
      host.eventErrors.push(err);
    }
  }
}

/**
 * Calls the sheet's `onSelectionChanged` handlers with `Excel.WorksheetSelectionChangedEventArgs`
 * (address without the sheet, type, worksheetId). Fired for user selections (`host.select`) and for the
 * add-in's own `Range.select()`, as Excel does.
 */
export async function deliverSelection(
  host: HostCore,
  sheet: SheetState,
  rect: Rect,
  address = formatLocal(rect),
): Promise<void> {
  if (!host.enableEvents || sheet.selectionHandlers.length === 0) return;
  const args = { type: "WorksheetSelectionChanged", address, worksheetId: sheet.id };
  for (const h of sheet.selectionHandlers) {
    try {
      await h.handler(args);
    } catch (err) {
      host.eventErrors.push(err);
    }
  }
}
