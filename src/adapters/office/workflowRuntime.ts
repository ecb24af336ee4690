import type { NoticeOutcome } from "../../core/notify";
import type { ActivitySource, CellWrite, IllegalChange, LineState } from "../../core/plan";
import { cacheOf, openOrdersFromCache, planChanges, readOrderRows } from "../../core/plan";
import type { PortError } from "../../core/port";
import type { Result } from "../../core/result";
import { ok } from "../../core/result";
import { addressToArea } from "./a1";
import { AdapterFailure } from "./adapterError";
import { appendActivity } from "./activityLog";
import { localNow } from "./clock";
import { readOrderSheet } from "./orderSheet";
import { postActionNotices, postOverdueNoticesSoon } from "./postNotifications";
import { runExcel } from "./runExcel";
import type { SheetLayout } from "./sheetLayout";
import { readLayout, readRowsAt, sheetColumns } from "./sheetLayout";
import { getWho } from "./who";
import { ChunkedWriter } from "./writeCells";

/** Changes spanning more rows than this are diffed against a full read of the sheet (sorts, big pastes). */
const PARTIAL_READ_ROWS = 5_000;

export interface ChangeOutcome {
  readonly logged: number;
  readonly illegal: readonly IllegalChange[];
}

/**
 * The workflow's life in the shared runtime: a cache of each order line's status and owner (change
 * events carry before-values only for single-cell edits), the sheet's change handler, and listeners
 * the pane subscribes to. Events are handled one at a time, in order.
 */
export class WorkflowRuntime {
  private cache = new Map<string, LineState>();
  private sheetName: string | null = null;
  private handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The outcome of the last handled change (for the pane and tests). */
  lastOutcome: ChangeOutcome | null = null;
  /** The notices of the last handled change (for tests). */
  lastNotices: Promise<NoticeOutcome> | null = null;

  /** Reads the set-up sheet, fills the cache and registers the change handler; false when not set up yet. */
  async start(): Promise<Result<boolean, PortError>> {
    const result = await runExcel(async (context) => {
      let read;
      try {
        read = await readOrderSheet(context);
      } catch (error) {
        if (error instanceof AdapterFailure && error.error.kind === "notSetUp") return false;
        throw error;
      }
      this.cache = cacheOf(readOrderRows(read.mapped, read.settings.workflow));
      if (this.sheetName !== read.sheetName) {
        this.handler = read.sheet.onChanged.add((event) => this.enqueue(event));
        this.sheetName = read.sheetName;
      }
      await context.sync();
      return true;
    });
    return result;
  }

  get started(): boolean {
    return this.sheetName !== null;
  }

  get cachedLines(): ReadonlyMap<string, LineState> {
    return this.cache;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // A listener's failure is the listener's; the others still hear of the change.
      }
    }
  }

  /** Takes rows the add-in itself just wrote into the cache (their events are off), without logging. */
  absorb(states: ReadonlyMap<string, LineState>): void {
    for (const [key, state] of states) this.cache.set(key, state);
  }

  /** Waits for the changes handed to the runtime so far. */
  async idle(): Promise<void> {
    await this.queue;
  }

  private enqueue(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    const next = this.queue.then(() => this.handleChange(event)).catch(() => undefined);
    this.queue = next;
    return next.then(() => undefined);
  }

  /** One change event: typed, pasted, filled, sorted — or a co-author's (cached, not logged). */
  async handleChange(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    // Our own writes run with events off; on ExcelApi 1.14+ Excel also says so.
    if (event.triggerSource === "ThisLocalAddin") return;
    const area = addressToArea(event.address);
    const result = await runExcel(
      async (context) => {
        const { layout, sheet } = await readLayout(context);
        const columns = sheetColumns(layout);
        const watched = (["status", "owner", "orderId", "lineId", "sku", "product", "variant"] as const)
          .map((field) => columns[field])
          .filter((c): c is number => c !== undefined);
        const touches = watched.some((c) => c >= area.column && c < area.column + area.columnCount);
        if (!touches && area.row > layout.headerRow) return null;

        const full = area.rowCount > PARTIAL_READ_ROWS || area.row <= layout.headerRow;
        // A sort or a big paste is diffed against every row; the layout just read already says where they are.
        const changedRows = full
          ? rowsOf(layout.headerRow + 1, layout.lastRow - layout.headerRow, layout)
          : rowsOf(area.row, area.rowCount, layout);
        const mapped = await readRowsAt(context, sheet, layout, changedRows);
        const rows = readOrderRows(mapped, layout.settings.workflow);
        if (event.source === "Remote") {
          // A co-author's edit is logged by their own OrderFlow; here it only updates what we know.
          this.absorb(cacheOf(rows));
          return null;
        }
        const source: ActivitySource = area.rowCount * area.columnCount === 1 ? "edit" : "paste";
        const plan = planChanges(this.cache, rows, {
          workflow: layout.settings.workflow,
          team: layout.settings.team,
          now: localNow().serial,
          who: getWho(),
          source,
          mode: layout.strict ? "strict" : "flag",
          autoRoute: layout.autoRoute,
          columns,
          openCounts: openOrdersFromCache(this.cache, layout.settings.workflow),
          deadlines: layout.settings.deadlines,
          platform: layout.platform,
        });
        await applyWrites(context, sheet, plan.writes);
        const logged = await appendActivity(context, plan.log);
        if (full) this.cache = plan.cache;
        else this.absorb(plan.cache);
        return { logged, illegal: plan.illegal, log: plan.log, rows: changedRows };
      },
      { delayForCellEdit: true },
    );
    if (result.ok && result.value) {
      const { log, rows, ...outcome } = result.value;
      this.lastOutcome = outcome;
      // A typed or pasted owner or problem tells the person, after the writes (never undoing them).
      this.lastNotices = postActionNotices(log, rows);
    }
    this.notify();
  }
}

function rowsOf(first: number, count: number, layout: SheetLayout): number[] {
  const last = Math.min(first + count - 1, Math.max(layout.lastRow, first));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Writes plan cells with this runtime's events off, so our writes are not taken for the user's. */
export async function applyWrites(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  writes: readonly CellWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  context.runtime.enableEvents = false;
  try {
    const writer = new ChunkedWriter(context, sheet);
    for (const write of writes) await writer.writeValues(write);
    // Events come back on in the same request as the last chunk.
    context.runtime.enableEvents = true;
    await context.sync();
  } catch (error) {
    context.runtime.enableEvents = true;
    await context.sync().catch(() => undefined);
    throw error;
  }
}

export const workflowRuntime = new WorkflowRuntime();

/** Starts the workflow runtime once per shared runtime (pane entry or ribbon function file). */
export async function startWorkflowRuntime(): Promise<Result<boolean, PortError>> {
  if (workflowRuntime.started) return ok(true);
  const started = await workflowRuntime.start();
  // The workbook opened (or the pane did): tell owners of what went overdue since the last round.
  if (started.ok && started.value) postOverdueNoticesSoon();
  return started;
}
