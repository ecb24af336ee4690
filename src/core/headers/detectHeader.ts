import type { Grid } from "../grid";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { Field, PlatformId } from "../schema";
import type { RowRole } from "./classifyRows";
import { classifyRows, headerTexts } from "./classifyRows";
import { detectPlatform } from "./detectPlatform";
import type { Ambiguity, ColumnMatch } from "./mapColumns";
import { mapColumns } from "./mapColumns";
import { matchHeader } from "./matchHeader";
import { normalizeHeader } from "./normalizeHeader";

export interface HeaderDetection {
  /** 0-based grid index of the header row. */
  readonly headerRow: number;
  /** Trimmed header text per column. */
  readonly headers: readonly string[];
  /** The chosen mapping, one entry per mapped field, in column order. */
  readonly columns: readonly ColumnMatch[];
  /** Field → 0-based column index. */
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  /** Fields with two equally good columns: reported here and left unmapped. */
  readonly ambiguities: readonly Ambiguity[];
  readonly platform: PlatformId;
  readonly platformConfidence: number;
  /** Several rows per order (line ids, repeated ids or continuation rows). */
  readonly lineLevel: boolean;
  /** One role per grid row. */
  readonly rowRoles: readonly RowRole[];
  /** Indices of "data" and "continuation" rows, in order. */
  readonly dataRows: readonly number[];
  /**
   * Rows right under the header that are headers too (`订单号` over `Order No.`): not read as orders,
   * reported so the person sees why. Their role is "header".
   */
  readonly extraHeaderRows: readonly number[];
}

export type DetectError =
  | { readonly kind: "emptyGrid" }
  | {
      readonly kind: "noHeaderRow";
      readonly scannedRows: number;
      readonly bestRow: number | null;
      readonly bestHits: number;
    };

export interface DetectOptions {
  /** How many rows from the top may hold the header (default 30). */
  readonly maxScanRows?: number;
  /** The export's file name: a platform tiebreak only. */
  readonly fileName?: string;
}

export const DEFAULT_MAX_SCAN_ROWS = 30;

interface RowScore {
  readonly fields: number;
  readonly hasOrderId: boolean;
}

/** Distinct fields a row's cells name (each cell its best reading) and whether one of them is an order id. */
function scoreRow(row: readonly unknown[]): RowScore {
  const fields = new Set<Field>();
  for (const cell of row) {
    if (typeof cell !== "string") continue;
    const best = matchHeader(cell)[0];
    if (best) fields.add(best.field);
  }
  return { fields: fields.size, hasOrderId: fields.has("orderId") || fields.has("lineId") };
}

function qualifies(score: RowScore): boolean {
  return (score.fields >= 2 && score.hasOrderId) || score.fields >= 3;
}

/**
 * Finds the header row within the first rows (past titles, blank rows, merged titles), maps its columns
 * to fields, fingerprints the platform and gives every row a role. Fails on an empty grid or when no row
 * names at least two fields with an order id, or three fields.
 */
export function detectHeader(grid: Grid, options: DetectOptions = {}): Result<HeaderDetection, DetectError> {
  if (
    grid.every((row) =>
      row.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === "")),
    )
  ) {
    return err({ kind: "emptyGrid" });
  }
  const scannedRows = Math.min(grid.length, options.maxScanRows ?? DEFAULT_MAX_SCAN_ROWS);
  let best: { row: number; score: RowScore } | null = null;
  for (let row = 0; row < scannedRows; row += 1) {
    const score = scoreRow(grid[row] ?? []);
    const better =
      best === null ||
      Number(qualifies(score)) - Number(qualifies(best.score)) > 0 ||
      (qualifies(score) === qualifies(best.score) && score.fields > best.score.fields);
    if (score.fields > 0 && better) best = { row, score };
  }
  if (best === null || !qualifies(best.score)) {
    return err({
      kind: "noHeaderRow",
      scannedRows,
      bestRow: best?.row ?? null,
      bestHits: best?.score.fields ?? 0,
    });
  }
  const headerRow = best.row;
  const headers = headerTexts(grid[headerRow]);
  const guess = detectPlatform(headers.map(normalizeHeader), options.fileName);
  const { columns, mapping, ambiguities } = mapColumns(headers, guess.platform);
  const classified = classifyRows(grid, headerRow, mapping);
  const extraHeaderRows = headerLikeRowsBelow(grid, headerRow, best.score.fields);
  const rowRoles = classified.rowRoles.map((role, index) =>
    extraHeaderRows.includes(index) ? "header" : role,
  );
  const dataRows = classified.dataRows.filter((index) => !extraHeaderRows.includes(index));
  const lineLevel = classified.lineLevel;
  return ok({
    headerRow,
    headers,
    columns,
    mapping,
    ambiguities,
    platform: guess.platform,
    platformConfidence: guess.confidence,
    lineLevel,
    rowRoles,
    dataRows,
    extraHeaderRows,
  });
}

/** The rows right under the header (blank rows skipped) that name at least half as many fields as the header itself. */
function headerLikeRowsBelow(grid: Grid, headerRow: number, headerFields: number): number[] {
  const found: number[] = [];
  for (let index = headerRow + 1; index < grid.length; index += 1) {
    const row = grid[index] ?? [];
    if (row.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""))) continue;
    const score = scoreRow(row);
    if (!qualifies(score) || score.fields * 2 < headerFields) break;
    found.push(index);
  }
  return found;
}
