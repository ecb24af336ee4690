import type { CellValue, Grid } from "../grid";
import type { Message } from "../i18n/translate";
import type { Workflow } from "../lifecycle";
import type { RowProblem } from "../problems";
import type { ActivityEntry } from "./activity";
import type { Field, WorkflowField } from "../schema";

/**
 * What an adapter reads of the order sheet before planning. Coordinates are 0-based sheet indices:
 * `grid[0][0]` is the cell at (`origin.row`, `origin.column`) — the used range's top-left cell.
 */
export interface SheetSnapshot {
  readonly sheetName: string;
  readonly origin: { readonly row: number; readonly column: number };
  readonly grid: Grid;
  /** The Excel tables on the sheet: the one holding the header row is kept, others block a new one. */
  readonly tables: readonly { readonly name: string; readonly area: Area }[];
  /** Merged areas inside the used range (a table can not contain them; a merged title above the header is fine). */
  readonly mergedAreas: readonly Area[];
}

/** A block of cells: 0-based sheet row/column, size in rows and columns. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Values for a rectangle of cells (rows × columns, matching `area`). */
export interface CellWrite {
  readonly area: Area;
  readonly values: readonly (readonly CellValue[])[];
}

export interface NumberFormatWrite {
  readonly area: Area;
  readonly format: string;
}

/** A dropdown with a Stop alert whose list is a named range (`=OrderFlow_Statuses`). */
export interface ValidationRule {
  readonly field: WorkflowField;
  readonly area: Area;
  readonly source: string;
  readonly title: Message;
  readonly message: Message;
}

/**
 * A conditional-format rule (a rule, not a static fill). `formula` is relative to the area's top-left
 * cell, as in Excel's UI. Every OrderFlow formula carries `HIGHLIGHT_MARKER` so a later setup can find
 * and replace its own rules without touching the user's.
 */
export interface HighlightRule {
  readonly id: string;
  readonly area: Area;
  readonly formula: string;
  readonly fill?: string;
  readonly font?: string;
  readonly bold?: boolean;
  readonly stopIfTrue: boolean;
}

/** A small table on the settings sheet. */
export interface SettingsBlock {
  readonly id: "team" | "lifecycle" | "tags" | "reasons" | "lists" | "deadlines" | "dueSoon";
  readonly title: string;
  /** 0-based position of the header row on the settings sheet. */
  readonly row: number;
  readonly column: number;
  /** Header row first. */
  readonly grid: readonly (readonly CellValue[])[];
  readonly tableName: string;
  /**
   * Columns of the grid (0-based) that are OrderFlow's own and hidden on the sheet: the internal keys the
   * lead never types (a row added without one gets a key from its names). The title goes above the first
   * column that is shown.
   */
  readonly hiddenColumns?: readonly number[];
}

export interface NamedList {
  readonly name: string;
  /** An A1 reference with the sheet, e.g. `=OrderFlow!$A$3:$A$12`. */
  readonly reference: string;
}

export type TablePlan =
  | { readonly kind: "existing"; readonly name: string }
  | { readonly kind: "create"; readonly name: string; readonly area: Area }
  | { readonly kind: "range"; readonly reason: "merged" | "overlap"; readonly detail: string };

export interface SetupReport {
  readonly addedColumns: readonly WorkflowField[];
  readonly statusFilled: number;
  readonly fromMarketStatus: number;
  readonly corruptedIds: readonly RowProblem[];
  readonly duplicates: readonly RowProblem[];
}

/** Everything setup does to a workbook, as data. Applying it twice changes nothing the second time. */
export interface SetupPlan {
  readonly sheetName: string;
  readonly headerRow: number;
  /** Sheet rows of the body (first data row to last data row). */
  readonly body: { readonly firstRow: number; readonly rowCount: number };
  readonly table: TablePlan;
  readonly addColumns: readonly {
    readonly field: WorkflowField;
    readonly column: number;
    readonly header: string;
  }[];
  readonly writes: readonly CellWrite[];
  readonly numberFormats: readonly NumberFormatWrite[];
  /** Widths (points) of the columns setup adds, so their headers and dates show whole. */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  readonly validations: readonly ValidationRule[];
  readonly highlights: readonly HighlightRule[];
  readonly settingsSheet: {
    readonly name: string;
    readonly blocks: readonly SettingsBlock[];
    readonly lists: readonly NamedList[];
  };
  readonly activitySheet: { readonly name: string; readonly header: readonly string[] };
  readonly freezeRows: number;
  /** Workbook settings (key → JSON-serialisable value). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Final mapping: field → 0-based sheet column, including the added columns. */
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  readonly report: SetupReport;
  /** The lifecycle as set up: the settings' workflow with the team's confirmed words as spellings. */
  readonly workflow: Workflow;
  /** The team's words changed the lifecycle: an existing settings sheet's lifecycle table must be written again. */
  readonly lifecycleChanged: boolean;
  /**
   * Status cells rewritten to the standard labels (only when the lead asked): they held the team's
   * text, so taking them back means writing that text again (`activity` has it as `from`).
   */
  readonly rewrites: readonly CellWrite[];
  /** One Activity row per rewritten cell (from, to, source "setup"). */
  readonly activity: readonly ActivityEntry[];
}
