/**
 * `Excel.RequestContext` and `Excel.run`. A sync: (1) runs test hooks and takes an injected fault, (2) waits
 * or fails in cell-edit mode, (3) measures the request and refuses it past the limit, (4) runs the queued
 * statements in order inside a Transaction, (5) measures the response, (6) on an error keeps what the
 * statements before the failing one did (Excel documents no rollback: OfficeExtension.Error.traceMessages
 * "contains all trace messages that were executed before the error occurred",
 * https://learn.microsoft.com/javascript/api/office/officeextension.error) and rejects; loaded values of a
 * failed sync are never delivered. `strict.rollbackFailedSync` restores the old all-or-nothing behaviour.
 */
import type { BatchContext, LoadArgument, Op } from "./batch";
import { FakeClientObject } from "./batch";
import type { HostCore } from "./core";
import type { SyncFault } from "./core";
import type { FakeErrorCode } from "./errors";
import { fail, FakeOfficeError, INVALID_OBJECT_PATH_MESSAGE } from "./errors";
import { deliver, deliverSelection } from "./events";
import { currentTx } from "./range";
import { Transaction } from "./state";
import { FakeApplication, FakeRuntime, FakeWorkbook } from "./workbook";

/** `OfficeExtension.TrackedObjects`. */
export class FakeTrackedObjects {
  private readonly ctx: FakeRequestContext;
  readonly _set = new Set<object>();
  constructor(ctx: FakeRequestContext) {
    this.ctx = ctx;
  }
  add(objects: FakeClientObject<unknown> | FakeClientObject<unknown>[]): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) {
      if (o._ctx !== this.ctx)
        fail("InvalidRequestContext", "Cannot use the object across different request contexts.");
      this._set.add(o);
    }
  }
  remove(objects: FakeClientObject<unknown> | FakeClientObject<unknown>[]): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) this._set.delete(o);
  }
}

/** `Excel.RequestContext`. */
export class FakeRequestContext implements BatchContext {
  readonly _host: HostCore;
  readonly _id: number;
  _active = false;
  _generation = 1;
  _delayForCellEdit = false;
  _mergeUndo = false;
  _runWrites = 0;
  private queue: Op[] = [];
  readonly trackedObjects: FakeTrackedObjects;
  readonly requestHeaders: Record<string, string> = {};
  private workbookProxy: FakeWorkbook | undefined;
  private applicationProxy: FakeApplication | undefined;
  private runtimeProxy: FakeRuntime | undefined;

  constructor(host: HostCore) {
    this._host = host;
    this._id = host.nextContextId();
    this.trackedObjects = new FakeTrackedObjects(this);
  }

  get workbook(): FakeWorkbook {
    this.assertActive();
    return (this.workbookProxy ??= new FakeWorkbook(this));
  }
  get application(): FakeApplication {
    this.assertActive();
    return (this.applicationProxy ??= new FakeApplication(this));
  }
  /** [ExcelApi 1.8] */
  get runtime(): FakeRuntime {
    this.assertActive();
    return (this.runtimeProxy ??= new FakeRuntime(this));
  }
  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((o) => o.statement) };
  }

  private assertActive(): void {
    if (!this._active)
      fail(
        "InvalidObjectPath",
        INVALID_OBJECT_PATH_MESSAGE.replace("{0}", "RequestContext"),
        "RequestContext",
      );
  }

  _enqueue(op: Op): void {
    this.assertActive();
    this.queue.push(op);
  }

  /** Drops statements of a batch that threw before syncing them. */
  _discard(): void {
    this.queue = [];
  }

  _isTracked(obj: object): boolean {
    return this.trackedObjects._set.has(obj);
  }

  load(object: FakeClientObject<unknown>, option?: LoadArgument): void {
    if (object._ctx !== this)
      fail("InvalidRequestContext", "Cannot use the object across different request contexts.");
    object.load(option);
  }

  trace(message: string): void {
    this._enqueue({
      statement: `trace(${message})`,
      size: message.length + 10,
      write: false,
      run: () => undefined,
    });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.assertActive();
    const host = this._host;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (ops.length === 0) return passThroughValue as T; // nothing to send: no round trip
    const writes = ops.filter((o) => o.write).length;
    const fault = host.startSync();
    while (host.cellEditMode) {
      if (!this._delayForCellEdit) {
        const code = host.editModeCode ?? host.strict.cellEditModeCode;
        this.record(0, 0, ops.length, writes, code);
        fail(
          code as FakeErrorCode,
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      await host.waitForEditModeEnd();
    }
    if (fault?.at === "before") {
      this.record(0, 0, ops.length, writes, fault.code);
      fail(fault.code as FakeErrorCode, `Injected fault: ${fault.code}.`);
    }
    let requestChars = 100;
    for (const op of ops) requestChars += op.size;
    if (requestChars > host.requestLimit) {
      // Excel on the web has answered oversized requests with GeneralException ("An internal error has
      // occurred", office-js #1314, office-js-docs-reference #354) as well as the documented code.
      const code = host.strict.oversizedRequestCode;
      this.record(requestChars, 0, ops.length, writes, code);
      fail(
        code,
        code === "GeneralException"
          ? "There was an internal error while processing the request."
          : `The request payload size (${requestChars}) has exceeded the limit (${host.requestLimit}).`,
      );
    }
    const failAt = fault ? faultIndex(ops, fault.at) : -1;
    const tx = new Transaction();
    tx.recordChanges = host.raiseEventsForAddinWrites;
    const selectionBefore = host.state.selection;
    currentTx.tx = tx;
    let index = 0;
    try {
      for (; index < ops.length; index++) {
        if (index === failAt) fail(fault!.code as FakeErrorCode, `Injected fault: ${fault!.code}.`);
        ops[index]!.run(tx);
      }
      if (tx.responseChars > host.responseLimit) {
        fail(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${tx.responseChars}) has exceeded the limit (${host.responseLimit}).`,
        );
      }
    } catch (e) {
      if (host.strict.rollbackFailedSync) tx.rollback();
      else {
        // The applied statements stay; nothing loaded in this sync is delivered.
        this.countUndo(writes);
        this.deliverChanges(tx, selectionBefore);
      }
      const code = e instanceof FakeOfficeError ? e.code : "GeneralException";
      this.record(requestChars, tx.responseChars, ops.length, writes, code);
      if (e instanceof FakeOfficeError) {
        const at = Math.min(index, ops.length - 1);
        e.debugInfo = {
          ...e.debugInfo,
          statement: ops[at]?.statement ?? "",
          surroundingStatements: ops.slice(Math.max(0, at - 2), at + 3).map((o) => o.statement),
        };
      }
      throw e;
    } finally {
      currentTx.tx = null;
    }
    tx.commit();
    this.countUndo(writes);
    this.record(requestChars, tx.responseChars, ops.length, writes, null);
    this.deliverChanges(tx, selectionBefore);
    return passThroughValue as T;
  }

  /** Each sync with writes is one undo record, unless the run merges them into one group. */
  private countUndo(writes: number): void {
    if (writes === 0) return;
    if (this._mergeUndo) this._runWrites++;
    else this._host.undoRecords++;
  }

  /** Schedules change events for the add-in's own writes (checked against enableEvents as the switch says). */
  private deliverChanges(tx: Transaction, selectionBefore: unknown): void {
    const host = this._host;
    const atDelivery = host.strict.eventsCheckedAt === "delivery";
    for (const change of tx.changes) {
      const sheet = host.state.sheetById(change.sheetId);
      if (!sheet) continue;
      host.track(
        Promise.resolve().then(() =>
          deliver(
            host,
            {
              sheet,
              rect: change.rect,
              source: "Local",
              changeType: "RangeEdited",
              triggerSource: "ThisLocalAddin",
              before: change.before,
              after: change.after,
            },
            atDelivery,
          ),
        ),
      );
    }
    const selected = host.state.selection;
    if (selected && selected !== selectionBefore) {
      const sheet = host.state.sheetById(selected.sheetId);
      if (sheet) host.track(Promise.resolve().then(() => deliverSelection(host, sheet, selected.rect)));
    }
  }

  private record(
    requestChars: number,
    responseChars: number,
    ops: number,
    writes: number,
    error: string | null,
  ): void {
    const s = this._host.stats;
    s.syncs++;
    s.ops += ops;
    if (error !== null) s.failedSyncs++;
    s.largestRequest = Math.max(s.largestRequest, requestChars);
    s.largestResponse = Math.max(s.largestResponse, responseChars);
    s.history.push({ requestChars, responseChars, ops, writes, error });
  }
}

/** The statement an injected fault stops at: the middle write (partial application) or the last statement. */
function faultIndex(ops: readonly Op[], at: SyncFault["at"]): number {
  if (at === "before") return -1;
  if (at === "last") return ops.length - 1;
  const writes = ops.map((o, i) => (o.write ? i : -1)).filter((i) => i >= 0);
  if (writes.length === 0) return Math.floor((ops.length - 1) / 2);
  return writes[Math.floor((writes.length - 1) / 2)]!;
}

type Batch = (context: FakeRequestContext) => Promise<unknown>;

/** `Excel.run` with all overloads: (batch), (options, batch), (object | objects, batch), (context, batch). */
export function makeRun(host: HostCore): (...args: unknown[]) => Promise<unknown> {
  return async (...args: unknown[]): Promise<unknown> => {
    const batch = (args.length === 1 ? args[0] : args[1]) as Batch;
    const first = args.length > 1 ? args[0] : undefined;
    let ctx: FakeRequestContext | undefined;
    let delay = false;
    let mergeUndo = false;
    const contextOf = (x: unknown): FakeRequestContext | undefined => {
      if (x instanceof FakeRequestContext) return x;
      if (x instanceof FakeClientObject) return x._ctx as FakeRequestContext;
      if (Array.isArray(x)) return contextOf(x[0]);
      return undefined;
    };
    if (first !== undefined) {
      ctx = contextOf(first);
      if (!ctx && typeof first === "object" && first !== null) {
        const options = first as {
          delayForCellEdit?: boolean;
          mergeUndoGroup?: boolean;
          previousObjects?: unknown;
        };
        delay = options.delayForCellEdit === true;
        mergeUndo = options.mergeUndoGroup === true;
        // RunOptions.mergeUndoGroup is ExcelApi 1.20 (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
        if (mergeUndo && !host.supports("ExcelApi", "1.20"))
          fail("ApiNotFound", "RunOptions.mergeUndoGroup needs ExcelApi 1.20.", "Excel.run");
        ctx = contextOf(options.previousObjects);
      }
    }
    if (typeof batch !== "function") fail("InvalidArgument", "Excel.run needs a batch function.");
    if (ctx && ctx._host !== host) fail("InvalidRequestContext", "The context belongs to another host.");
    const context = ctx ?? new FakeRequestContext(host);
    const wasActive = context._active;
    const wasDelay = context._delayForCellEdit;
    const wasMerge = context._mergeUndo;
    context._active = true;
    context._delayForCellEdit = delay || wasDelay;
    context._mergeUndo = mergeUndo || wasMerge;
    const runWritesBefore = context._runWrites;
    try {
      const promise = batch(context) as unknown;
      if (!promise || typeof (promise as Promise<unknown>).then !== "function") {
        fail(
          "RunMustReturnPromise",
          'The batch function passed to the ".run" method didn\'t return a promise.',
        );
      }
      const result = await (promise as Promise<unknown>);
      await context.sync();
      return result;
    } catch (e) {
      context._discard();
      throw e;
    } finally {
      context._active = wasActive;
      context._delayForCellEdit = wasDelay;
      context._mergeUndo = wasMerge;
      if (mergeUndo && !wasMerge) {
        // One undo group for the whole run, when it wrote anything.
        if (context._runWrites > runWritesBefore) host.undoRecords++;
        context._runWrites = runWritesBefore;
      }
    }
  };
}
