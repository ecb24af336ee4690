import type { Grid } from "../core/grid";
import { cellText } from "../core/grid";
import type { HeaderDetection } from "../core/headers";
import { detectHeader, HEADER_MESSAGES } from "../core/headers";
import { translate } from "../core/i18n/translate";
import type { DefaultReasonKey, DefaultStatusKey, Workflow } from "../core/lifecycle";
import {
  DEFAULT_WORKFLOW,
  findStatus,
  getStage,
  lifecycleMessages,
  statusVocabulary,
} from "../core/lifecycle";
import type { RowProblem } from "../core/problems";
import type { Result } from "../core/result";
import { err, ok } from "../core/result";
import { checkRows, formatProblem } from "../core/rules";
import type { Field, Locale, PlatformId } from "../core/schema";
import { DEFAULT_TAGS, parseTags, sameTag, suggestTags } from "../core/tags";
import { parseOrderId } from "../core/values";
import type { ReadError, Spreadsheet } from "../adapters/file";
import { readSpreadsheet } from "../adapters/file";
import { CLI_MESSAGES } from "./messages";

/** The `--json` shape of `orderflow inspect` (the issue fixes the first seven keys). */
export interface InspectReport {
  readonly file: string;
  readonly sheet: string;
  readonly platform: PlatformId;
  /** 1-based row of the header in the sheet. */
  readonly headerRow: number;
  /** Order rows: not title, blank or footer rows. */
  readonly dataRows: number;
  /** Canonical field → header text as in the file, trimmed. */
  readonly columns: Readonly<Partial<Record<Field, string>>>;
  readonly problems: readonly { row: number; column: string; kind: RowProblem["kind"]; message: string }[];
  readonly orders: number;
  readonly lineLevel: boolean;
  readonly format: Spreadsheet["format"];
  readonly encoding?: string;
  readonly ambiguities: readonly { field: Field; columns: readonly string[] }[];
  /** Set when the workbook had several sheets and none was named: why this one. */
  readonly sheetChoice?: string;
  /** Rows whose buyer note suggests priority tags they do not have (hints; the file is never changed). */
  readonly tagSuggestions: readonly { row: number; tags: readonly string[]; keywords: readonly string[] }[];
  /**
   * Every distinct trimmed text of the status column (the team's own, else the marketplace status),
   * most frequent first, with the default-lifecycle status and problem reason it is read as (null: can not tell).
   */
  readonly statuses: readonly InspectStatus[];
  /** 1-based rows under the header that look like a second header (not read as orders); only when there are some. */
  readonly extraHeaderRows?: readonly number[];
}

export interface InspectStatus {
  readonly value: string;
  readonly count: number;
  readonly status: DefaultStatusKey | null;
  readonly reason: DefaultReasonKey | null;
}

export type InspectError =
  | ReadError
  | { readonly kind: "sheetMissing"; readonly sheet: string; readonly sheets: readonly string[] }
  | { readonly kind: "noHeaderRow"; readonly rows: number }
  | { readonly kind: "emptySheet"; readonly sheet: string };

export interface InspectOptions {
  readonly sheet?: string;
  readonly locale: Locale;
  /** Now as an Excel serial in local time (for overdue checks) and the local UTC offset. */
  readonly now: number;
  readonly utcOffsetMinutes: number;
  readonly workflow?: Workflow;
}

/** Reads a file, finds its order sheet and header, and checks every row. Never writes to the file. */
export async function inspectFile(
  file: string,
  options: InspectOptions,
): Promise<Result<InspectReport, InspectError>> {
  const read = await readSpreadsheet(file);
  if (!read.ok) return read;
  const book = read.value;

  let chosen: { name: string; grid: Grid; detection: HeaderDetection } | undefined;
  let sheetChoice: string | undefined;
  if (options.sheet !== undefined) {
    const sheet = book.sheets.find((s) => s.name === options.sheet);
    if (!sheet)
      return err({ kind: "sheetMissing", sheet: options.sheet, sheets: book.sheets.map((s) => s.name) });
    const detection = detectHeader(sheet.grid);
    if (!detection.ok) return err(detectError(detection.error, sheet.name));
    chosen = { name: sheet.name, grid: sheet.grid, detection: detection.value };
  } else {
    let firstError: InspectError | undefined;
    let best = -1;
    for (const sheet of book.sheets) {
      const detection = detectHeader(sheet.grid);
      if (!detection.ok) {
        firstError ??= detectError(detection.error, sheet.name);
        continue;
      }
      const score = sheetScore(detection.value);
      if (score > best) {
        best = score;
        chosen = { name: sheet.name, grid: sheet.grid, detection: detection.value };
      }
    }
    if (!chosen) return err(firstError ?? { kind: "emptyFile", file });
    if (book.sheets.length > 1) {
      sheetChoice = translate(CLI_MESSAGES.pickedSheet, options.locale, {
        count: book.sheets.length,
        sheet: chosen.name,
      });
    }
  }

  const { grid, detection } = chosen;
  const workflow = options.workflow ?? DEFAULT_WORKFLOW;
  const problems = checkRows({
    grid,
    headerRow: detection.headerRow,
    mapping: detection.mapping,
    dataRows: detection.dataRows,
    platform: detection.platform,
    workflow,
    now: options.now,
    utcOffsetMinutes: options.utcOffsetMinutes,
  });
  const statuses = statusesOf(grid, detection);
  // A status word with a proposed reading is a hint (the `statuses` table), not a problem.
  const understood = new Set(statuses.filter((s) => s.status !== null).map((s) => s.value));
  const reported = problems.filter((p) => !(p.kind === "invalidStatus" && understood.has(p.value.trim())));
  const columns: Partial<Record<Field, string>> = {};
  for (const match of detection.columns) columns[match.field] = match.header;

  return ok({
    file,
    sheet: chosen.name,
    platform: detection.platform,
    headerRow: detection.headerRow + 1,
    dataRows: detection.dataRows.length,
    columns,
    problems: reported.map((p) => ({
      row: p.row,
      column: detection.headers[p.column] ?? "",
      kind: p.kind,
      message: formatProblem(p, options.locale, workflow),
    })),
    orders: countOrders(grid, detection),
    lineLevel: detection.lineLevel,
    format: book.format,
    ...(book.encoding ? { encoding: book.encoding } : {}),
    ambiguities: detection.ambiguities.map((a) => ({
      field: a.field,
      columns: a.candidates.map((c) => c.header),
    })),
    ...(sheetChoice ? { sheetChoice } : {}),
    tagSuggestions: tagSuggestionsOf(grid, detection),
    statuses,
    ...(detection.extraHeaderRows.length > 0
      ? { extraHeaderRows: detection.extraHeaderRows.map((index) => index + 1) }
      : {}),
  });
}

/** An order sheet has an order id column and many recognised columns. */
function sheetScore(detection: HeaderDetection): number {
  return (
    detection.columns.length +
    (detection.mapping.orderId !== undefined ? 100 : 0) +
    detection.dataRows.length / 1e7
  );
}

function countOrders(grid: Grid, detection: HeaderDetection): number {
  const column = detection.mapping.orderId;
  if (column === undefined) return 0;
  const ids = new Set<string>();
  for (const index of detection.dataRows) {
    const id = parseOrderId(grid[index]?.[column] ?? null);
    ids.add(id.kind === "ok" ? id.text : `row:${index}:${cellText(grid[index]?.[column])}`);
  }
  return ids.size;
}

function detectError(
  error: { kind: "emptyGrid" } | { kind: "noHeaderRow"; scannedRows: number },
  sheet: string,
): InspectError {
  return error.kind === "emptyGrid"
    ? { kind: "emptySheet", sheet }
    : { kind: "noHeaderRow", rows: error.scannedRows };
}

function tagSuggestionsOf(grid: Grid, detection: HeaderDetection): InspectReport["tagSuggestions"] {
  const noteColumn = detection.mapping.buyerNote;
  if (noteColumn === undefined) return [];
  const tagsColumn = detection.mapping.tags;
  const suggestions: { row: number; tags: string[]; keywords: string[] }[] = [];
  for (const index of detection.dataRows) {
    const row = grid[index] ?? [];
    const present = tagsColumn === undefined ? [] : parseTags(row[tagsColumn] ?? null);
    const found = suggestTags(cellText(row[noteColumn])).filter(
      (s) => !present.some((t) => sameTag(t, s.tag, DEFAULT_TAGS)),
    );
    if (found.length > 0)
      suggestions.push({
        row: index + 1,
        tags: found.map((s) => s.tag),
        keywords: found.map((s) => s.keyword),
      });
  }
  return suggestions;
}

function statusesOf(grid: Grid, detection: HeaderDetection): InspectStatus[] {
  const column = detection.mapping.status ?? detection.mapping.marketStatus;
  if (column === undefined) return [];
  const { words } = statusVocabulary({
    grid,
    dataRows: detection.dataRows,
    column,
    workflow: DEFAULT_WORKFLOW,
    platform: detection.platform,
  });
  return words.map(({ value, count, status, reason }) => ({ value, count, status, reason }));
}

/**
 * The text output's status table: value, rows, the status and reason it is read as, and a hint for
 * each word that is not OrderFlow's own label (`待发货 will be read as 待处理`).
 */
export function statusLines(report: InspectReport, locale: Locale): string[] {
  const t = (message: (typeof CLI_MESSAGES)[keyof typeof CLI_MESSAGES], params = {}): string =>
    translate(message, locale, params);
  const label = (key: string | null): string =>
    key === null ? t(CLI_MESSAGES.statusUnknown) : (getStage(DEFAULT_WORKFLOW, key)?.label[locale] ?? key);
  const reasonLabel = (key: string | null): string =>
    key === null ? "" : translate(lifecycleMessages[`lifecycle.reason.${key as DefaultReasonKey}`], locale);
  const lines = (report.extraHeaderRows ?? []).map((row) =>
    translate(HEADER_MESSAGES["headers.extraHeaderRow"], locale, { row }),
  );
  if (report.statuses.length === 0) return lines;
  lines.push(t(CLI_MESSAGES.summaryStatuses, { count: report.statuses.length }));
  for (const s of report.statuses) {
    const reason = reasonLabel(s.reason);
    lines.push(`  ${s.value} ×${s.count} → ${label(s.status)}${reason === "" ? "" : ` + ${reason}`}`);
  }
  for (const s of report.statuses) {
    if (s.status === null || findStatus(DEFAULT_WORKFLOW, s.value)) continue;
    lines.push(`  ${t(CLI_MESSAGES.statusHint, { value: s.value, status: label(s.status) })}`);
  }
  return lines;
}
