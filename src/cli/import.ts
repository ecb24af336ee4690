import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { TeamReadError, TeamWorkbook, UnkeptPart } from "../adapters/file";
import {
  applyImportPlan,
  readAddinSettings,
  readSpreadsheet,
  readTeamSettings,
  readTeamWorkbook,
  writeWorkbookFile,
} from "../adapters/file";
import { FIELD_LABELS } from "../core/fieldLabels";
import type { Grid } from "../core/grid";
import type { HeaderDetection } from "../core/headers";
import { detectHeader } from "../core/headers";
import type { Message, MessageParams } from "../core/i18n/translate";
import { bilingual, pickLocale, translate } from "../core/i18n/translate";
import type { ExportFile, ImportPlan, RefusedRow } from "../core/import";
import { IMPORT_MESSAGES, importBlocker, orderGridOf, planImport } from "../core/import";
import { NOTICE_SHEET } from "../core/notify";
import { ACTIVITY_SHEET, SETTINGS_SHEET } from "../core/plan";
import { KPI_SHEET, PROBLEMS_SHEET, REVIEW_SHEET } from "../core/review";
import { PACKING_SLIPS_SHEET, PICK_LIST_SHEET } from "../core/warehouse";
import type { Field, Locale } from "../core/schema";
import { isField } from "../core/schema";
import { localNow } from "./localNow";
import type { CliIO } from "./main";
import { CLI_MESSAGES } from "./messages";
import { IMPORT_CLI_MESSAGES as M } from "./importMessages";

/** The `--json` shape of `orderflow import`, exactly as issue 12 fixes it (counts are order lines). */
export interface ImportReport {
  readonly files: readonly {
    file: string;
    platform: string;
    rows: number;
    orders: number;
    refused: number;
  }[];
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly conflicts: number;
  readonly refused: readonly { file: string; row: number; kind: string; message: string }[];
}

interface ImportArgs {
  into: string;
  files: string[];
  out?: string;
  dryRun: boolean;
  json: boolean;
  sheet?: string;
  applyMarketMoves: boolean;
  by: string;
  locale: Locale;
}

/** Bad input: the one bilingual line the command prints before exiting with 2. */
class BadInput extends Error {
  constructor(message: Message, params: MessageParams = {}, line = bilingual(message, params)) {
    super(line);
  }
}

/** Sheets OrderFlow generates, by their constants: never the order sheet (the Problems sheet has an order id column). */
const GENERATED_SHEETS = new Set([
  SETTINGS_SHEET,
  ACTIVITY_SHEET,
  REVIEW_SHEET,
  PROBLEMS_SHEET,
  KPI_SHEET,
  PICK_LIST_SHEET,
  PACKING_SLIPS_SHEET,
  NOTICE_SHEET,
]);

/**
 * `orderflow import --into TEAM.xlsx FILE…`: plans the merge with the core and writes a new workbook.
 * Exit 0 on success (also when nothing changed), 2 on bad input with one bilingual line and no file written.
 */
export async function runImport(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv, io);
    if (args === "help") return 0;
    return await importFiles(args, io);
  } catch (error) {
    if (error instanceof BadInput) {
      io.errOut(`orderflow: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function parseArgs(argv: readonly string[], io: CliIO): ImportArgs | "help" {
  let locale: Locale = pickLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  const args: Partial<ImportArgs> & { files: string[] } = { files: [] };
  const valueOf = (option: string, i: number): string => {
    const value = argv[i + 1];
    if (value === undefined) throw new BadInput(CLI_MESSAGES.optionNeedsValue, { option });
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [option, inline] =
      arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
    const take = (): string => inline ?? valueOf(option ?? arg, i++);
    switch (option) {
      case "--help":
      case "-h":
        io.out(translate(M.usage, locale));
        return "help";
      case "--into":
        args.into = take();
        break;
      case "--out":
        args.out = take();
        break;
      case "--sheet":
        args.sheet = take();
        break;
      case "--by":
        args.by = take();
        break;
      case "--lang":
        locale = pickLocale(take());
        break;
      case "--dry-run":
        args.dryRun = true;
        break;
      case "--json":
        args.json = true;
        break;
      case "--apply-market-moves":
        args.applyMarketMoves = true;
        break;
      default:
        if (arg.startsWith("-") && arg !== "-")
          throw new BadInput(CLI_MESSAGES.unknownOption, { option: arg });
        args.files.push(arg);
    }
  }
  if (args.into === undefined) throw new BadInput(M.missingInto);
  if (args.files.length === 0) throw new BadInput(M.missingExports);
  if (args.out !== undefined && path.extname(args.out).toLowerCase() !== ".xlsx")
    throw new BadInput(M.outNotXlsx, { file: args.out });
  return {
    into: args.into,
    files: args.files,
    out: args.out,
    dryRun: args.dryRun ?? false,
    json: args.json ?? false,
    sheet: args.sheet,
    applyMarketMoves: args.applyMarketMoves ?? false,
    by: args.by ?? "",
    locale,
  };
}

async function importFiles(args: ImportArgs, io: CliIO): Promise<number> {
  const read = await readTeamWorkbook(args.into);
  if (!read.ok) throw teamReadError(read.error);
  const book = read.value;
  const settings = readTeamSettings(book);
  if (!settings.ok) throw new BadInput(M.settingsInvalid, { detail: settings.error.join("; ") });
  // What the pane stored in the workbook: the order sheet, the confirmed mapping, routing, the lead's
  // setting for marketplace moves (the CLI's own options win).
  const stored = await readAddinSettings(book.bytes);
  const storedSheet = stored["OrderFlow.sheet"];
  const team = chooseTeamSheet(
    book,
    args.sheet ??
      (typeof storedSheet === "string" && book.sheets.some((s) => s.name === storedSheet)
        ? storedSheet
        : undefined),
  );
  const mapping = withStoredMapping(team.detection, stored["OrderFlow.mapping"]);

  const exports: ExportFile[] = [];
  for (const file of args.files) {
    const spreadsheet = await readSpreadsheet(file);
    if (!spreadsheet.ok) {
      const error = spreadsheet.error;
      const params = { file: error.file, ...("detail" in error ? { detail: error.detail } : {}) };
      throw new BadInput(CLI_MESSAGES[error.kind], params);
    }
    exports.push({ file, grid: orderGridOf(spreadsheet.value.sheets) });
  }

  const { serial, utcOffsetMinutes } = localNow(io.now);
  const planned = planImport({
    sheet: {
      grid: team.grid,
      origin: { row: 0, column: 0 },
      headerRow: team.detection.headerRow,
      dataRows: team.detection.dataRows,
      mapping,
      platform: team.detection.platform,
    },
    sheetName: team.name,
    workflow: settings.value.workflow,
    team: settings.value.team,
    reasons: settings.value.reasons,
    deadlines: settings.value.deadlines,
    exports,
    now: serial,
    utcOffsetMinutes,
    who: args.by,
    autoRoute: stored["OrderFlow.autoRoute"] !== false,
    applyMarketMoves: args.applyMarketMoves || stored["OrderFlow.importAppliesMarketMoves"] === true,
  });
  if (!planned.ok) {
    const error = planned.error;
    throw error.kind === "teamNoOrderId"
      ? new BadInput(IMPORT_MESSAGES["import.teamNoOrderId"], { sheet: error.sheet })
      : new BadInput(IMPORT_MESSAGES["import.rowsBelowOrders"], {
          sheet: error.sheet,
          row: error.row,
          text: error.text,
        });
  }
  const plan = planned.value;
  refuseBadFiles(plan);

  const out = args.out ?? (await freeName(args.into));
  const sameFile = path.resolve(out) === path.resolve(args.into);
  if (sameFile && book.unkept.length > 0)
    throw new BadInput(M.wouldDrop, {}, withParts(M.wouldDrop, { file: args.into }, book.unkept));

  const report = reportOf(plan);
  const lines = args.json ? [] : summary(plan, args.locale);
  const nothing = plan.added === 0 && plan.updates.length === 0 && plan.log.length === 0;
  if (args.dryRun) lines.push(translate(M.dryRun, args.locale));
  else if (nothing) lines.push(translate(M.nothingChanged, args.locale));
  else {
    const applied = applyImportPlan(book.workbook, team.name, plan);
    await writeWorkbookFile(book.workbook, book.bytes, out);
    lines.push(
      translate(M.written, args.locale, {
        out,
        rows: applied.rowsAppended,
        cells: applied.cellsWritten,
        log: applied.logRows,
      }),
    );
    if (book.unkept.length > 0)
      io.errOut(`orderflow: ${withParts(M.leftOut, { out, file: args.into }, book.unkept)}`);
  }
  if (args.json) io.out(JSON.stringify(report, null, 2));
  else io.out(lines.join("\n"));
  return 0;
}

function teamReadError(error: TeamReadError): BadInput {
  switch (error.kind) {
    case "notXlsx":
    case "legacyXls":
      return new BadInput(M.teamNotXlsx, { file: error.file });
    case "notASpreadsheet":
      return new BadInput(CLI_MESSAGES.notASpreadsheet, { file: error.file, detail: error.detail });
    case "fileMissing":
    case "notAFile":
    case "emptyFile":
      return new BadInput(CLI_MESSAGES[error.kind], { file: error.file });
  }
}

/** The order sheet: the one named, else the sheet with an order id column and the most recognised columns. */
function chooseTeamSheet(
  book: TeamWorkbook,
  named: string | undefined,
): { name: string; grid: Grid; detection: HeaderDetection } {
  if (named !== undefined) {
    const sheet = book.sheets.find((s) => s.name === named);
    if (!sheet)
      throw new BadInput(CLI_MESSAGES.sheetMissing, {
        sheet: named,
        sheets: book.sheets.map((s) => s.name).join(", "),
      });
    const detection = detectHeader(sheet.grid);
    if (!detection.ok || detection.value.mapping.orderId === undefined)
      throw new BadInput(IMPORT_MESSAGES["import.teamNoOrderId"], { sheet: sheet.name });
    return { name: sheet.name, grid: sheet.grid, detection: detection.value };
  }
  let best: { name: string; grid: Grid; detection: HeaderDetection; score: number } | undefined;
  for (const sheet of book.sheets) {
    if (GENERATED_SHEETS.has(sheet.name)) continue;
    const detection = detectHeader(sheet.grid);
    if (!detection.ok || detection.value.mapping.orderId === undefined) continue;
    const score = detection.value.columns.length + (detection.value.mapping.status !== undefined ? 100 : 0);
    if (!best || score > best.score)
      best = { name: sheet.name, grid: sheet.grid, detection: detection.value, score };
  }
  if (!best) {
    const candidates = book.sheets.filter((s) => !GENERATED_SHEETS.has(s.name));
    const [first] = candidates;
    if (first && candidates.length === 1)
      throw new BadInput(IMPORT_MESSAGES["import.teamNoOrderId"], { sheet: first.name });
    throw new BadInput(M.noTeamSheet, { file: book.file });
  }
  return best;
}

/**
 * The detected mapping with the stored field → header choices applied wherever that header is still on
 * the sheet (columns are found by header text, never by position; a column is one field).
 */
function withStoredMapping(detection: HeaderDetection, stored: unknown): Partial<Record<Field, number>> {
  const mapping: Partial<Record<Field, number>> = { ...detection.mapping };
  if (typeof stored !== "object" || stored === null) return mapping;
  for (const [field, header] of Object.entries(stored as Record<string, unknown>)) {
    if (!isField(field) || typeof header !== "string") continue;
    const column = detection.headers.indexOf(header.trim());
    if (column < 0) continue;
    for (const [other, taken] of Object.entries(mapping) as [Field, number][])
      if (taken === column && other !== field) delete mapping[other];
    mapping[field] = column;
  }
  return mapping;
}

/** Bad input stops the import before anything is written (see `importBlocker`). */
function refuseBadFiles(plan: ImportPlan): void {
  const blocker = importBlocker(plan);
  if (blocker) throw new BadInput(IMPORT_MESSAGES[blocker.message], blocker.params);
}

function bilingualOf(row: RefusedRow): string {
  return bilingual(IMPORT_MESSAGES[`import.${row.kind}`], row.params);
}

function reportOf(plan: ImportPlan): ImportReport {
  return {
    files: plan.files.map((f) => ({
      file: f.file,
      platform: f.platform,
      rows: f.rows,
      orders: f.orders,
      refused: f.refused,
    })),
    added: plan.added,
    changed: plan.changed,
    unchanged: plan.unchanged,
    duplicates: plan.duplicates,
    conflicts: plan.conflicts,
    refused: plan.refused.map((r) => ({ file: r.file, row: r.row, kind: r.kind, message: bilingualOf(r) })),
  };
}

function summary(plan: ImportPlan, locale: Locale): string[] {
  const t = (message: Message, params?: MessageParams): string => translate(message, locale, params);
  const lines = plan.files.map((f) => t(M.summaryFile, { ...f }));
  const { added, changed, unchanged, duplicates, conflicts } = plan;
  lines.push(t(M.summaryCounts, { added, changed, unchanged, duplicates, conflicts }));
  const fields = (Object.entries(plan.changedFields) as [Field, number][]).map(
    ([field, count]) => `${FIELD_LABELS[field][locale]} ${count}`,
  );
  if (fields.length > 0) lines.push(t(M.summaryFields, { fields: fields.join(", ") }));
  for (const c of plan.conflictList) {
    lines.push(
      t(M.summaryConflict, {
        row: c.row,
        orderId: c.orderId,
        market: c.market,
        from: c.from,
        action: c.applied ? t(M.conflictApplied, { to: c.to }) : t(M.conflictFlagged),
      }),
    );
  }
  for (const r of plan.refused) {
    lines.push(
      t(M.summaryRefused, {
        file: r.file,
        row: r.row,
        message: translate(IMPORT_MESSAGES[`import.${r.kind}`], locale, r.params),
      }),
    );
  }
  return lines;
}

/** A message naming the unkept parts, each language with its own names for them. */
function withParts(message: Message, params: MessageParams, parts: readonly UnkeptPart[]): string {
  const named = (locale: Locale): string =>
    parts
      .map((p) => translate(M[`feature.${p.feature}`], locale, { count: p.count }))
      .join(locale === "zh-CN" ? "、" : ", ");
  return `${translate(message, "zh-CN", { ...params, parts: named("zh-CN") })} / ${translate(message, "en-US", { ...params, parts: named("en-US") })}`;
}

/** `TEAM.imported.xlsx` beside the team's file, numbered when that name is taken. */
async function freeName(into: string): Promise<string> {
  const base = path.join(path.dirname(into), path.basename(into, path.extname(into)));
  for (let n = 1; ; n++) {
    const candidate = `${base}.imported${n === 1 ? "" : `-${n}`}.xlsx`;
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}
