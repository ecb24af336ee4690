import type { Message, MessageParams } from "../core/i18n/translate";
import { bilingual, pickLocale, translate } from "../core/i18n/translate";
import type { Locale } from "../core/schema";
import { FIELD_LABELS } from "../core/fieldLabels";
import type { InspectError, InspectReport } from "./inspect";
import { inspectFile, statusLines } from "./inspect";
import { IMPORT_CLI_MESSAGES } from "./importMessages";
import { CLI_MESSAGES } from "./messages";
import { localNow } from "./localNow";

export interface CliIO {
  readonly out: (text: string) => void;
  readonly errOut: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: Date;
}

/** Exit codes: 0 inspected (with or without problems), 1 internal failure, 2 unusable input or usage. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const fail = (message: Message, params?: MessageParams): number => {
    io.errOut(`orderflow: ${bilingual(message, params)}`);
    return 2;
  };
  const [command, ...rest] = argv;
  let locale: Locale = pickLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(translate(CLI_MESSAGES.usage, locale));
    io.out(translate(IMPORT_CLI_MESSAGES.usage, locale));
    return command === undefined ? 2 : 0;
  }
  if (command === "import") {
    // Loaded on demand: the import writes workbooks with ExcelJS, which --help and CSV inspection skip.
    const { runImport } = await import("./import");
    return runImport(rest, io);
  }
  if (command !== "inspect") return fail(CLI_MESSAGES.unknownCommand, { command });

  let file: string | undefined;
  let sheet: string | undefined;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") {
      io.out(translate(CLI_MESSAGES.usage, locale));
      return 0;
    } else if (arg === "--sheet" || arg === "--lang") {
      const value = rest[i + 1];
      if (value === undefined) return fail(CLI_MESSAGES.optionNeedsValue, { option: arg });
      i++;
      if (arg === "--sheet") sheet = value;
      else locale = pickLocale(value);
    } else if (arg.startsWith("--sheet=")) sheet = arg.slice("--sheet=".length);
    else if (arg.startsWith("--lang=")) locale = pickLocale(arg.slice("--lang=".length));
    else if (arg.startsWith("-") && arg !== "-") return fail(CLI_MESSAGES.unknownOption, { option: arg });
    else if (file === undefined) file = arg;
    else return fail(CLI_MESSAGES.unknownOption, { option: arg });
  }
  if (file === undefined) return fail(CLI_MESSAGES.missingFile);

  const { serial, utcOffsetMinutes } = localNow(io.now);
  const result = await inspectFile(file, { sheet, locale, now: serial, utcOffsetMinutes });
  if (!result.ok) {
    const [message, params] = errorMessage(result.error);
    return fail(message, params);
  }
  if (json) io.out(JSON.stringify(result.value, null, 2));
  else io.out(summary(result.value, locale));
  return 0;
}

function errorMessage(error: InspectError): [Message, MessageParams] {
  switch (error.kind) {
    case "fileMissing":
    case "notAFile":
    case "emptyFile":
    case "legacyXls":
      return [CLI_MESSAGES[error.kind], { file: error.file }];
    case "notASpreadsheet":
      return [CLI_MESSAGES.notASpreadsheet, { file: error.file, detail: error.detail }];
    case "sheetMissing":
      return [CLI_MESSAGES.sheetMissing, { sheet: error.sheet, sheets: error.sheets.join(", ") }];
    case "noHeaderRow":
      return [CLI_MESSAGES.noHeaderRow, { rows: error.rows }];
    case "emptySheet":
      return [CLI_MESSAGES.emptySheet, { sheet: error.sheet }];
  }
}

const SHOWN_PROBLEMS = 20;

function summary(report: InspectReport, locale: Locale): string {
  const t = (message: Message, params?: MessageParams): string => translate(message, locale, params);
  const lines: string[] = [];
  if (report.sheetChoice) lines.push(report.sheetChoice);
  lines.push(
    t(CLI_MESSAGES.summaryFile, {
      file: report.file,
      format: report.format,
      encoding: report.encoding ? `, ${report.encoding}` : "",
    }),
  );
  lines.push(t(CLI_MESSAGES.summarySheet, { sheet: report.sheet }));
  lines.push(t(CLI_MESSAGES.summaryPlatform, { platform: report.platform }));
  lines.push(t(CLI_MESSAGES.summaryHeader, { row: report.headerRow }));
  lines.push(
    t(CLI_MESSAGES.summaryRows, {
      rows: report.dataRows,
      orders: report.orders,
      lineLevel: report.lineLevel ? t(CLI_MESSAGES.lineLevelNote) : "",
    }),
  );
  const entries = Object.entries(report.columns) as [keyof typeof FIELD_LABELS, string][];
  lines.push(t(CLI_MESSAGES.summaryColumns, { count: entries.length }));
  const width = Math.max(...entries.map(([field]) => displayWidth(FIELD_LABELS[field][locale])), 0);
  for (const [field, header] of entries) {
    const label = FIELD_LABELS[field][locale];
    lines.push(`  ${label}${" ".repeat(width - displayWidth(label))}  ← ${header}`);
  }
  for (const a of report.ambiguities) {
    lines.push(
      t(CLI_MESSAGES.summaryAmbiguous, {
        field: FIELD_LABELS[a.field][locale],
        columns: a.columns.join(" | "),
      }),
    );
  }
  if (report.tagSuggestions.length > 0) {
    lines.push(t(CLI_MESSAGES.summarySuggestions, { count: report.tagSuggestions.length }));
    for (const s of report.tagSuggestions.slice(0, SHOWN_PROBLEMS)) {
      lines.push(`  ${s.row}: ${s.tags.join(", ")} ← ${s.keywords.join(", ")}`);
    }
  }
  lines.push(...statusLines(report, locale));
  if (report.problems.length === 0) lines.push(t(CLI_MESSAGES.summaryNoProblems));
  else {
    lines.push(t(CLI_MESSAGES.summaryProblems, { count: report.problems.length }));
    for (const p of report.problems.slice(0, SHOWN_PROBLEMS))
      lines.push(`  ${p.row} ${p.column}: ${p.message}`);
    if (report.problems.length > SHOWN_PROBLEMS) {
      lines.push(t(CLI_MESSAGES.summaryMoreProblems, { count: report.problems.length - SHOWN_PROBLEMS }));
    }
  }
  return lines.join("\n");
}

/** Terminal columns a text takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6)
        ? 2
        : 1;
  }
  return width;
}
