import type { NoticeOutcome } from "../../core/notify";
import type { ActivityEntry, ActivitySource, IllegalChange, LineState } from "../../core/plan";
import { cacheOf, openOrdersFromCache, planChanges, readOrderRows } from "../../core/plan";
import type { PortError } from "../../core/port";
import type { Result } from "../../core/result";
import { ok } from "../../core/result";
import type { Area } from "../../core/plan";
import { addressToArea } from "./a1";
import { AdapterFailure } from "./adapterError";
import { applyChange } from "./applyChange";
import { localNow } from "./clock";
import { readOrderSheet } from "./orderSheet";
import { postActionNotices, postOverdueNoticesSoon } from "./postNotifications";
import { runExcel } from "./runExcel";
import type { SheetLayout } from "./sheetLayout";
import { readLayout, readRowsAt, sheetColumns } from "./sheetLayout";
import { getWho } from "./who";

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
  private sheetId: string | null = null;
  private handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  private readonly listeners = new Set<(rows?: readonly number[]) => void>();
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
      // Keyed by the worksheet's id: a renamed sheet keeps its one handler (and keeps being logged).
      if (this.sheetId !== read.sheetId) {
        this.handler = read.sheet.onChanged.add((event) => this.enqueue(event));
        this.sheetId = read.sheetId;
      }
      await context.sync();
      return true;
    });
    return result;
  }

  get started(): boolean {
    return this.sheetId !== null;
  }

  get cachedLines(): ReadonlyMap<string, LineState> {
    return this.cache;
  }

  subscribe(listener: (rows?: readonly number[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells listeners the sheet changed: at these 1-based rows only, or anywhere (no rows). */
  notify(rows?: readonly number[]): void {
    for (const listener of this.listeners) {
      try {
        listener(rows);
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

  /**
   * After one of the add-in's own runs: diff every order line against the cache, so an edit the user made
   * while this runtime's events were off (enableEvents is runtime-wide) is still logged.
   */
  recheck(): Promise<void> {
    if (!this.started) return Promise.resolve();
    return this.enqueue({
      type: "WorksheetChanged",
      address: WHOLE_SHEET,
      source: "Local",
      changeType: "RangeEdited",
      worksheetId: "",
    } as unknown as Excel.WorksheetChangedEventArgs);
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
    // Several areas (Ctrl-click, then Ctrl+Enter or Delete) arrive as one comma-separated address.
    let areas: Area[];
    try {
      areas = event.address.split(",").map((part) => addressToArea(part.trim()));
    } catch {
      areas = [addressToArea(WHOLE_SHEET)];
    }
    // A failure half-way put our cells back, but the user's edit stays: handle it once more, so the
    // edit gets its status time and log row (a passing failure — a glitch, a click into a cell — is gone).
    let result = await this.handleOnce(event, areas);
    if (!result.ok) result = await this.handleOnce(event, areas);
    this.lastError = result.ok ? null : result.error;
    // A recheck that found nothing new tells nobody: the pane already shows what the action wrote.
    if (event.address === WHOLE_SHEET && result.ok && result.value === null) return;
    if (result.ok && result.value) {
      const { rows, log, acted, ...outcome } = result.value;
      this.lastOutcome = outcome;
      // A typed or pasted owner or problem tells the person, after the writes (never undoing them).
      this.lastNotices = postActionNotices(log, acted);
      this.notify(rows);
    } else this.notify();
  }

  private handleOnce(
    event: Excel.WorksheetChangedEventArgs,
    areas: readonly Area[],
  ): Promise<
    Result<
      | (ChangeOutcome & {
          readonly rows?: readonly number[];
          readonly log: readonly ActivityEntry[];
          readonly acted: readonly number[];
        })
      | null,
      PortError
    >
  > {
    return runExcel(
      async (context, journal) => {
        const { layout, sheet } = await readLayout(context);
        const columns = sheetColumns(layout);
        const watched = (["status", "owner", "orderId", "lineId", "sku", "product", "variant"] as const)
          .map((field) => columns[field])
          .filter((c): c is number => c !== undefined);
        const touches = areas.some(
          (area) =>
            area.row <= layout.headerRow ||
            watched.some((c) => c >= area.column && c < area.column + area.columnCount),
        );
        if (!touches) return null;

        const rowCount = areas.reduce((n, area) => n + area.rowCount, 0);
        const full = rowCount > PARTIAL_READ_ROWS || areas.some((area) => area.row <= layout.headerRow);
        // A sort or a big paste is diffed against every row; the layout just read already says where they are.
        const changedRows = full
          ? rowsOf(layout.headerRow + 1, layout.lastRow - layout.headerRow, layout)
          : areas.flatMap((area) => rowsOf(area.row, area.rowCount, layout));
        const mapped = await readRowsAt(context, sheet, layout, changedRows);
        const rows = readOrderRows(mapped, layout.settings.workflow);
        if (event.source === "Remote") {
          // A co-author's edit is logged by their own OrderFlow; here it only updates what we know.
          this.absorb(cacheOf(rows));
          return null;
        }
        const single = areas.length === 1 && areas[0]!.rowCount * areas[0]!.columnCount === 1;
        const source: ActivitySource = single || event.address === WHOLE_SHEET ? "edit" : "paste";
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
        if (event.address === WHOLE_SHEET && plan.writes.length === 0 && plan.log.length === 0) {
          this.cache = plan.cache;
          return null;
        }
        const logged = await applyChange(context, journal, sheet, plan.writes, plan.log);
        if (full) this.cache = plan.cache;
        else this.absorb(plan.cache);
        // Inserted or deleted cells shift the rows below: then the pane reads everything again.
        const inPlace = event.changeType === undefined || event.changeType === "RangeEdited";
        return {
          logged,
          illegal: plan.illegal,
          rows: full || !inPlace ? undefined : changedRows.map((r) => r + 1),
          log: plan.log,
          acted: changedRows,
        };
      },
      { delayForCellEdit: true },
    );
  }

  /** The last change that could not be handled (the pane can say so). */
  lastError: PortError | null = null;

  /** Forgets the sheet and the cache (a new workbook, or a test's new fake). */
  stop(): void {
    this.cache = new Map();
    this.sheetId = null;
    this.handler = null;
    this.lastOutcome = null;
    this.lastError = null;
  }
}

/** Every row of the sheet: a change event's stand-in when the whole sheet is diffed again. */
const WHOLE_SHEET = "A:XFD";

function rowsOf(first: number, count: number, layout: SheetLayout): number[] {
  const last = Math.min(first + count - 1, Math.max(layout.lastRow, first));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
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
