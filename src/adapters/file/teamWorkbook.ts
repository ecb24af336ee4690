import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import type { DeadlineSettings } from "../../core/deadlines";
import type { ProblemReason, Workflow } from "../../core/lifecycle";
import type { TeamMember } from "../../core/plan";
import { loadSettings, TABLE_NAMES, teamGridWithBeside } from "../../core/plan";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import { loadXlsx } from "../exportFiles/readSpreadsheetBytes";
import type { UnkeptPart } from "./findUnkeptParts";
import { findUnkeptParts } from "./findUnkeptParts";
import type { ReadError, SheetGrid } from "./readSpreadsheet";
import { sheetGrid } from "./readSpreadsheet";

/** A team workbook loaded for an import: the library's model (to write back) and plain grids (to plan). */
export interface TeamWorkbook {
  readonly file: string;
  readonly workbook: ExcelJS.Workbook;
  readonly sheets: readonly SheetGrid[];
  /** The file as read (the add-in parts are copied from it when the workbook is written). */
  readonly bytes: Uint8Array;
  /** What rewriting this workbook with the file library would leave out. */
  readonly unkept: readonly UnkeptPart[];
}

export type TeamReadError = ReadError | { readonly kind: "notXlsx"; readonly file: string };

export interface TeamSettings {
  readonly workflow: Workflow;
  readonly team: readonly TeamMember[];
  readonly reasons: readonly ProblemReason[];
  readonly deadlines: DeadlineSettings;
}

/** An ExcelJS table's model as the library keeps it for a loaded file (its typings do not declare it). */
export interface LoadedTable {
  readonly table: {
    name: string;
    tableRef?: string;
    autoFilterRef?: string;
    ref?: string;
    totalsRow?: boolean;
  };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads the team's .xlsx (never a CSV: formats and validation live only in a workbook). Never writes. */
export async function readTeamWorkbook(file: string): Promise<Result<TeamWorkbook, TeamReadError>> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return err({ kind: "notAFile", file });
    bytes = await fs.readFile(file);
  } catch {
    return err({ kind: "fileMissing", file });
  }
  if (bytes.length === 0) return err({ kind: "emptyFile", file });
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) return err({ kind: "notXlsx", file });
  const loaded = await loadXlsx(file, bytes);
  if (!loaded.ok) return loaded;
  const workbook = loaded.value;
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, grid: sheetGrid(sheet) }));
  return ok({ file, workbook, sheets, bytes, unkept: await findUnkeptParts(bytes) });
}

/** The table of that name on any sheet, with its sheet. */
export function findTable(
  workbook: ExcelJS.Workbook,
  name: string,
): { sheet: ExcelJS.Worksheet; table: LoadedTable } | undefined {
  for (const sheet of workbook.worksheets) {
    const tables = (sheet as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {};
    const table = tables[name];
    if (table) return { sheet, table };
  }
  return undefined;
}

/**
 * The team's lifecycle, roster and problem reasons from the settings sheet's tables (read by the core's
 * `loadSettings`, as the pane's adapter reads them through Office.js); defaults where a table is missing.
 * A broken table is an error listing its problems, never silently replaced by defaults.
 */
export function readTeamSettings(book: TeamWorkbook): Result<TeamSettings, string[]> {
  /** A table's cells; `after` reads the column just right of it instead (an old team table's e-mails). */
  const gridOf = (name: string, after = false): Grid | null => {
    const found = findTable(book.workbook, name);
    const ref = found?.table.table.tableRef ?? found?.table.table.ref;
    if (!found || !ref) return null;
    const [from, to = from] = ref.split(":");
    const start = decodeCell(from ?? "A1");
    const end = decodeCell(to ?? "A1");
    const grid = book.sheets.find((s) => s.name === found.sheet.name)?.grid ?? [];
    const [left, right] = after ? [end.column + 1, end.column + 2] : [start.column, end.column + 1];
    return grid.slice(start.row, end.row + 1).map((row) => row.slice(left, right));
  };
  // Only the tables an import uses: a broken tags table does not stop it.
  const teamGrid = gridOf(TABLE_NAMES.team);
  const loaded = loadSettings({
    lifecycle: gridOf(TABLE_NAMES.lifecycle),
    team: teamGrid ? teamGridWithBeside(teamGrid, gridOf(TABLE_NAMES.team, true)) : null,
    reasons: gridOf(TABLE_NAMES.reasons),
    deadlines: gridOf(TABLE_NAMES.deadlines),
    dueSoon: gridOf(TABLE_NAMES.dueSoon),
  });
  if (!loaded.ok) return err(loaded.error);
  const { workflow, team, reasons, deadlines } = loaded.value;
  return ok({ workflow, team, reasons, deadlines });
}

/** `AB12` → 0-based row and column. */
export function decodeCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) return { row: 0, column: 0 };
  let column = 0;
  for (const ch of (match[1] ?? "A").toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
