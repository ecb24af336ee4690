import type { ProblemReason } from "../lifecycle";
import type { ConfirmedWord, StatusLabelMode, StatusVocabulary } from "../lifecycle";
import type { Role } from "../lifecycle";
import type { BulkAction, Refusal, RoutedTo, SetupReport, TablePlan, TeamMember } from "../plan";
import type { MentionedPerson, MentionsRead, NoticeCapability, NoticeOutcome } from "../notify";
import type { ProblemKind } from "../problems";
import type { Result } from "../result";
import type { Field, Locale, OrderField, PlatformId } from "../schema";
import type { TagDef } from "../tags";
import type {
  ExportFile,
  ImportBlocker,
  ImportChange,
  ImportConflict,
  ImportFileSummary,
  RefusedRow,
} from "../import";
import type { PortError } from "./portError";
import type { WarehousePort } from "./warehousePort";

/** One column of the sheet as onboarding shows it: the header and the field it maps to, if any. */
export interface ColumnInfo {
  /** 0-based column inside the used range (what `mappingOverrides` take). */
  readonly column: number;
  /** Column letters in the sheet (`F`). */
  readonly letter: string;
  readonly header: string;
  readonly field: Field | null;
  /** 0..1; 0 when unmapped. */
  readonly confidence: number;
}

/** What onboarding shows before setup: detection of the active sheet. */
export interface SheetInspection {
  readonly sheetName: string;
  readonly platform: PlatformId;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  readonly columns: readonly ColumnInfo[];
  readonly ambiguities: readonly { readonly field: Field; readonly columns: readonly number[] }[];
  /** The first data rows as text, for a preview (at most 5). */
  readonly preview: readonly (readonly string[])[];
  readonly dataRows: number;
  /** True when the workbook records a setup of this sheet (the workflow columns exist). */
  readonly setUp: boolean;
  /** The status column's distinct words with their proposed status and reason, for the lead to confirm. */
  readonly statuses?: StatusVocabulary;
  /** The label language detected from the sheet (what setup writes unless the lead picks another). */
  readonly labels?: StatusLabelMode;
  /** 1-based sheet rows under the header that look like headers too (not read as orders). */
  readonly extraHeaderRows?: readonly number[];
}

/** The lead's choices in onboarding besides the column mapping. */
export interface SetupChoices {
  /** The team's status words as confirmed: each value with the status key it means (null: leave it unknown). */
  readonly vocabulary?: readonly ConfirmedWord[];
  /** The language of the status labels OrderFlow writes (detected from the sheet when omitted). */
  readonly labels?: StatusLabelMode;
  /** Rewrite the team's status cells to the standard labels (each rewrite logged on the Activity sheet). */
  readonly rewrite?: boolean;
  /** Add a status column when none is mapped (default true). */
  readonly addStatusColumn?: boolean;
}

export interface SetupSummary {
  readonly sheetName: string;
  readonly table: TablePlan;
  readonly report: SetupReport;
  readonly validations: number;
  readonly highlights: number;
  readonly createdSheets: readonly string[];
}

/** What *Apply settings* found and did (counts of what the sheet has afterwards). */
export interface ApplySettingsSummary {
  /** The sheet already followed the settings: nothing was written. */
  readonly upToDate: boolean;
  readonly highlights: number;
  readonly dropdowns: number;
  readonly changedHighlights: boolean;
  readonly changedDropdowns: number;
  readonly changedLists: boolean;
}

/** A stage as the pane needs it. */
export interface StageInfo {
  readonly key: string;
  readonly label: { readonly "zh-CN": string; readonly "en-US": string };
  readonly role: Role | null;
  readonly next: readonly string[];
  readonly open: boolean;
  readonly problemBranch: boolean;
  readonly slaHours: number | null;
  /** Soft work-in-progress limit for the board lane (settings sheet), if set. */
  readonly wipLimit: number | null;
  /** Fields an order must have to enter the stage (carrier and tracking for 已发货); none when absent. */
  readonly needs?: readonly Field[];
}

/** One order line as the queue and the board show it. */
export interface OrderCard {
  /** 1-based sheet row. */
  readonly row: number;
  /** The id as the cell shows it; for an id Excel destroyed, its scientific form (`3.51531E+16`). */
  readonly orderId: string;
  /** The id was destroyed by Excel (scientific notation or more than 15 digits) and must be re-exported. */
  readonly idCorrupted?: boolean;
  readonly line: string;
  readonly product: string;
  readonly buyer: string;
  readonly platform: string;
  /** Stage key, or null when the status cell is empty or not in the workflow. */
  readonly status: string | null;
  readonly statusText: string;
  readonly owner: string;
  readonly tags: readonly string[];
  /** Tags the buyer's note suggests (加急 for "请尽快发货") that the order does not have yet: a hint, never set. */
  readonly suggestedTags?: readonly string[];
  /** Excel serial, local time; null when not set. */
  readonly due: number | null;
  readonly overdue: boolean;
  readonly problem: string;
}

/** How the change handler treats the team's edits (workbook settings, shared by everyone in the file). */
export interface WorkflowOptions {
  /** An illegal move typed into the sheet is written back (true) or flagged on the row (false). */
  readonly strict: boolean;
  /** An order entering a stage of another role goes to the least busy active member of that role. */
  readonly autoRoute: boolean;
  /** @mention notifications: the team's language when on, null when off (the default). */
  readonly notify?: Locale | null;
  /** An import applies a marketplace status that contradicts the team's as a logged move (off: flagged). */
  readonly marketMoves?: boolean;
}

export interface OrdersView {
  readonly sheetName: string;
  readonly options: WorkflowOptions;
  /** Now as an Excel serial, local time (what `overdue` was decided against). */
  readonly now: number;
  readonly stages: readonly StageInfo[];
  readonly team: readonly TeamMember[];
  readonly tags: readonly TagDef[];
  readonly reasons: readonly ProblemReason[];
  readonly orders: readonly OrderCard[];
  /** What this Excel can do for notifications (comments, mentions, cloud), detected at run time. */
  readonly noticeCapability?: NoticeCapability;
}

/** Fresh cards of a few rows, to patch the orders the pane holds (a row not in `orders` holds none now). */
export interface OrdersPatch {
  readonly now: number;
  /** The 1-based sheet rows that were read. */
  readonly rows: readonly number[];
  readonly orders: readonly OrderCard[];
}

export interface SelectionInfo {
  readonly sheetName: string;
  readonly address: string;
  /** 1-based sheet rows of order lines inside the selection. */
  readonly rows: readonly number[];
}

export interface ActionResult {
  readonly applied: number;
  readonly refused: readonly Refusal[];
  readonly logged: number;
  /**
   * How Ctrl+Z takes the action back: as one step (ExcelApi 1.20, `mergeUndoGroup`) or one Excel request
   * at a time (older Excel). Absent where the port does not know.
   */
  readonly undo?: "oneStep" | "perRequest";
  /** Orders auto-routing handed to someone, per new owner; none when absent. */
  readonly routed?: readonly RoutedTo[];
  /** The @mention comments the action called for, posted after its writes (never undoing them). */
  readonly notices?: NoticeOutcome;
}

export interface CheckProblem {
  readonly row: number;
  /** `Orders!F12`: where the pane jumps to. */
  readonly address: string;
  readonly column: string;
  readonly kind: ProblemKind;
  readonly field: Field;
  /** The message in both languages, ready to show. */
  readonly message: { readonly "zh-CN": string; readonly "en-US": string };
}

export interface CheckResult {
  readonly sheetName: string;
  readonly checkedRows: number;
  readonly problems: readonly CheckProblem[];
}

/** An ISO week (Monday–Sunday). */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

/** One figure of the weekly review's KPI block. */
export interface KpiFigure {
  readonly key: string;
  readonly label: { readonly "zh-CN": string; readonly "en-US": string };
  /** null when the week has nothing to measure it on. */
  readonly value: number | null;
  readonly format: "count" | "percent" | "hours" | "days";
  /** The yardstick, e.g. late shipment rate under 4 %: `{ op: "<", value: 0.04 }`. */
  readonly target?: { readonly op: "<" | ">"; readonly value: number };
  /** Whether the value meets the yardstick; null without one or without a value. */
  readonly ok: boolean | null;
}

export interface ReviewSummary {
  readonly week: IsoWeek;
  /** First and last day of the week as Excel serials (local midnight). */
  readonly from: number;
  readonly to: number;
  readonly sheetName: string;
  readonly kpis: readonly KpiFigure[];
  /** Real PivotTables, or static summary tables where the PivotTable API is missing (ExcelApi < 1.8). */
  readonly summaries: "pivotTables" | "staticTables";
  readonly problemCount: number;
}

/**
 * What an import of marketplace exports finds (a preview, nothing written) or did. Counts are order lines,
 * as in `orderflow import --json`.
 */
export interface ImportResult {
  readonly sheetName: string;
  readonly files: readonly ImportFileSummary[];
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly conflicts: number;
  /** Lines changed per field (the preview's "changed in which fields"). */
  readonly changedFields: Readonly<Partial<Record<Field, number>>>;
  readonly changes: readonly ImportChange[];
  readonly conflictList: readonly ImportConflict[];
  readonly refused: readonly RefusedRow[];
  /** Fields the exports fill that the sheet has no column for (left out unless the lead adds columns). */
  readonly leftOut: readonly OrderField[];
  /** Columns the import added at the lead's request. */
  readonly addedColumns?: readonly OrderField[];
  /** Bad input: nothing is (or would be) written, and this says why and what to do. */
  readonly blocker?: ImportBlocker;
  /** False for a preview, for bad input, and when there was nothing to change. */
  readonly written: boolean;
  /** Activity rows written. */
  readonly logged: number;
  readonly undo?: "oneStep" | "perRequest";
  readonly notices?: NoticeOutcome;
  /** New rows were added but the dropdowns and highlights could not be extended to them (Apply settings). */
  readonly settingsNotApplied?: boolean;
}

/** Which rows an action applies to. */
export type ActionTarget =
  | { readonly kind: "selection" }
  | {
      readonly kind: "rows";
      readonly rows: readonly number[];
      /** Where the action came from, for the log: the board, or (default) the pane's lists. */
      readonly from?: "board" | "pane";
    };

/**
 * Everything the pane asks of a workbook. The Office adapter implements it against Excel; tests and
 * the browser preview implement it against an in-memory workbook. Every method resolves (never
 * rejects) with a typed error the pane can show.
 */
export interface WorkbookPort {
  inspectSheet(): Promise<Result<SheetInspection, PortError>>;
  setupSheet(
    mappingOverrides?: Readonly<Partial<Record<Field, number | null>>>,
    choices?: SetupChoices,
  ): Promise<Result<SetupSummary, PortError>>;
  readOrders(): Promise<Result<OrdersView, PortError>>;
  getSelection(): Promise<Result<SelectionInfo, PortError>>;
  /** Calls back when the user selects other cells; returns the unsubscribe function. */
  onSelectionChanged(listener: (selection: SelectionInfo) => void): Promise<() => void>;
  /**
   * Calls back after the order sheet changed (an edit, a paste, an action), with the 1-based rows that
   * changed when only those did (none for a sort, a big paste or new settings); returns the unsubscribe function.
   */
  onOrdersChanged(listener: (rows?: readonly number[]) => void): Promise<() => void>;
  /** The cards of these 1-based rows only (work proportional to the change); optional for ports without it. */
  readOrdersAt?(rows: readonly number[]): Promise<Result<OrdersPatch, PortError>>;
  applyAction(
    action: BulkAction,
    target: ActionTarget,
    who: string,
  ): Promise<Result<ActionResult, PortError>>;
  checkSheet(): Promise<Result<CheckResult, PortError>>;
  /** Selects a cell or row in Excel (`Orders!F12`) so the user sees it. */
  select(address: string): Promise<Result<true, PortError>>;
  saveTeam(team: readonly TeamMember[]): Promise<Result<true, PortError>>;
  setOptions(options: Partial<WorkflowOptions>): Promise<Result<true, PortError>>;
  /** Derives dropdowns and highlight rules again from the settings tables; idempotent, touches nothing else. */
  applySettings(): Promise<Result<ApplySettingsSummary, PortError>>;
  /** Calls back after someone edited the settings sheet (not the add-in itself); returns the unsubscribe function. */
  onSettingsChanged(listener: () => void): Promise<() => void>;
  /** Builds (or rebuilds) the weekly review sheet; the last complete week when `week` is omitted. */
  refreshReview(week?: IsoWeek): Promise<Result<ReviewSummary, PortError>>;
  /**
   * Merges parsed marketplace exports into the order sheet (issue 12): with `dryRun` only the preview's
   * counts; otherwise new lines appended, marketplace-owned cells of existing lines updated, all logged.
   * Absent where a host does not offer it.
   */
  readonly importOrders?: (
    files: readonly ExportFile[],
    options: {
      readonly who: string;
      readonly dryRun: boolean;
      /** Columns to add first for fields the exports fill and the sheet lacks (the lead asked). */
      readonly addColumns?: readonly OrderField[];
    },
  ) => Promise<Result<ImportResult, PortError>>;
  /** Pick lists, packing slips and scan mode (issue 13); absent where a host does not offer them. */
  readonly warehouse?: WarehousePort;
  /** The unresolved comment threads that @mention the person (My day); absent where a host has no comments. */
  readMentions?(person: MentionedPerson): Promise<Result<MentionsRead, PortError>>;
}
