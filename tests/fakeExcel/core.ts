/**
 * Host-wide state shared by every request context: the workbook, options (payload limits), requirement
 * sets, sync statistics, cell-edit mode, runtime.enableEvents and pending event deliveries.
 */
import { fail } from "./errors";
import { measureUnit } from "./measure";
import { WorkbookState } from "./state";

export interface FakeExcelOptions {
  /** Max characters a sync may send (default 5 MB = 5 * 1024 * 1024). */
  readonly requestLimit?: number;
  /** Max characters a sync may return (default 5 MB). */
  readonly responseLimit?: number;
  /** Max cells one range read may return (default 5,000,000). */
  readonly maxReadCells?: number;
  /** Highest supported version per requirement set; `false` = not supported. Default ExcelApi 1.17. */
  readonly requirementSets?: Readonly<Record<string, string | false>>;
  /** `Office.context.displayLanguage` (default "en-US"). */
  readonly displayLanguage?: string;
  /** Raise worksheet onChanged (triggerSource "ThisLocalAddin") for the add-in's own value writes. Default true. */
  readonly raiseEventsForAddinWrites?: boolean;
  /**
   * Where Excel is kinder or harsher than documented, a switch; every default is the harsher side.
   * See README "Strictness switches" for the source of each.
   */
  readonly strict?: Partial<StrictSwitches>;
}

/** How harshly the fake behaves where Excel's behaviour is undocumented or buggy (defaults: DEFAULT_STRICT). */
export interface StrictSwitches {
  /** false (default): statements before the failing one stay applied, as in Excel; true: all-or-nothing. */
  readonly rollbackFailedSync: boolean;
  /** "utf8" (default): payloads are measured in UTF-8 bytes (Chinese text is 3 bytes a character). */
  readonly payloadUnit: "utf8" | "utf16";
  /** Code of an oversized request: Excel on the web has answered GeneralException (default) as well. */
  readonly oversizedRequestCode: "GeneralException" | "RequestPayloadSizeLimitExceeded";
  /** "delivery" (default): runtime.enableEvents is checked when an event is delivered, not when the write ran. */
  readonly eventsCheckedAt: "delivery" | "write";
  /** Range.getMergedAreasOrNullObject fails past this many areas (512, documented). */
  readonly mergedAreasLimit: number;
  /** A list validation source naming an undefined name is refused (default true). */
  readonly checkValidationNames: boolean;
  /** Tables do not grow over rows written below them in the reported bug cases (#2097, #3191, #3013). */
  readonly tableGrowthBugs: boolean;
  /** Conditional-format API bugs: #5222 (delete of stacked rules), #6827 / #6835 (reading duplicated rules). */
  readonly cfBugs: boolean;
  /** Code of a sync in cell-edit mode (Excel also answers plain InvalidOperation). */
  readonly cellEditModeCode: "InvalidOperationInCellEditMode" | "InvalidOperation";
  /**
   * true (default): `table.columns.add` inserts cells as Excel does, shifting whatever is right of the
   * table, in the table's rows only, one column to the right; false: it refuses unless those cells are empty.
   */
  readonly tableColumnsShift: boolean;
}

export const DEFAULT_STRICT: StrictSwitches = {
  rollbackFailedSync: false,
  payloadUnit: "utf8",
  oversizedRequestCode: "GeneralException",
  eventsCheckedAt: "delivery",
  mergedAreasLimit: 512,
  checkValidationNames: true,
  tableGrowthBugs: true,
  cfBugs: true,
  cellEditModeCode: "InvalidOperationInCellEditMode",
  tableColumnsShift: true,
};

/** A fault injected into one coming sync (`host.failSync`). */
export interface SyncFault {
  readonly code: string;
  /** "before": nothing of the sync applies; "middle": the middle write statement fails; "last": the last statement fails. */
  readonly at: "before" | "middle" | "last";
}

export interface SyncRecord {
  readonly requestChars: number;
  readonly responseChars: number;
  readonly ops: number;
  readonly writes: number;
  /** Error code when the sync failed. */
  readonly error: string | null;
}

export interface FakeStats {
  /** Every `context.sync()` that reached the host (including the implicit one at the end of `run`). */
  syncs: number;
  failedSyncs: number;
  /** Queued operations (property sets, method calls, loads) over all syncs. */
  ops: number;
  largestRequest: number;
  largestResponse: number;
  readonly history: SyncRecord[];
  reset(): void;
}

export const DEFAULT_LIMIT = 5 * 1024 * 1024;

export class HostCore {
  readonly state = new WorkbookState();
  readonly requestLimit: number;
  readonly responseLimit: number;
  readonly maxReadCells: number;
  readonly displayLanguage: string;
  readonly raiseEventsForAddinWrites: boolean;
  readonly sets = new Map<string, string | false>();
  readonly stats: FakeStats;
  cellEditMode = false;
  private editWaiters: (() => void)[] = [];
  enableEvents = true;
  /** Calls of application.suspend…UntilNextSync that were synced. */
  readonly suspensions = { calculation: 0, screenUpdating: 0 };
  readonly pendingEvents = new Set<Promise<void>>();
  readonly eventErrors: unknown[] = [];
  private contextCounter = 0;
  strict: StrictSwitches;
  /** Non-empty syncs so far (1-based numbering for injected faults and hooks). */
  syncNumber = 0;
  readonly faults = new Map<number, SyncFault>();
  readonly beforeSyncHooks = new Map<number, (() => void)[]>();
  /** Undo records Excel would keep: one per committed sync with writes, one per Excel.run with mergeUndoGroup. */
  undoRecords = 0;

  constructor(options: FakeExcelOptions) {
    this.requestLimit = options.requestLimit ?? DEFAULT_LIMIT;
    this.responseLimit = options.responseLimit ?? DEFAULT_LIMIT;
    this.maxReadCells = options.maxReadCells ?? 5_000_000;
    this.displayLanguage = options.displayLanguage ?? "en-US";
    this.raiseEventsForAddinWrites = options.raiseEventsForAddinWrites ?? true;
    this.strict = { ...DEFAULT_STRICT, ...options.strict };
    measureUnit.utf8 = this.strict.payloadUnit === "utf8";
    this.sets.set("ExcelApi", "1.17");
    this.sets.set("SharedRuntime", "1.1");
    for (const [k, v] of Object.entries(options.requirementSets ?? {})) this.sets.set(k, v);
    const stats: FakeStats = {
      syncs: 0,
      failedSyncs: 0,
      ops: 0,
      largestRequest: 0,
      largestResponse: 0,
      history: [],
      reset() {
        stats.syncs = 0;
        stats.failedSyncs = 0;
        stats.ops = 0;
        stats.largestRequest = 0;
        stats.largestResponse = 0;
        stats.history.length = 0;
      },
    };
    this.stats = stats;
  }

  nextContextId(): number {
    return ++this.contextCounter;
  }

  /** `isSetSupported` semantics: version compared numerically part by part; missing version = "1.1". */
  supports(name: string, version = "1.1"): boolean {
    const max = this.sets.get(name);
    if (max === undefined || max === false) return false;
    return compareVersions(version, max) <= 0;
  }

  /** Throws ApiNotFound when ExcelApi `version` is above the supported set (used inside sync ops). */
  requireExcelApi(version: string, member: string): void {
    if (!this.supports("ExcelApi", version)) {
      fail(
        "ApiNotFound",
        `The API you are trying to use could not be found. ${member} needs ExcelApi ${version}.`,
        member,
      );
    }
  }

  /** Takes the fault and runs the hooks registered for the sync about to run (numbered from 1). */
  startSync(): SyncFault | undefined {
    const n = ++this.syncNumber;
    const hooks = this.beforeSyncHooks.get(n) ?? [];
    this.beforeSyncHooks.delete(n);
    for (const hook of hooks) hook();
    const fault = this.faults.get(n);
    this.faults.delete(n);
    return fault;
  }

  /** The code syncs fail with in cell-edit mode (undefined: `strict.cellEditModeCode`). */
  editModeCode: string | undefined = undefined;

  setCellEditMode(on: boolean, code?: string): void {
    this.cellEditMode = on;
    this.editModeCode = code;
    if (!on) {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      for (const w of waiters) w();
    }
  }

  waitForEditModeEnd(): Promise<void> {
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  track(p: Promise<void>): void {
    this.pendingEvents.add(p);
    void p.finally(() => this.pendingEvents.delete(p));
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
