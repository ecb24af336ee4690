import { cellText, isBlankCell, type Grid, type GridRow } from "../grid";
import { err, ok, type Result } from "../result";
import type { Field, Locale } from "../schema";
import { DEFAULT_WORKFLOW } from "./defaultWorkflow";
import { deriveKey } from "./deriveKey";
import { findField } from "./findField";
import { normalizeLookup } from "./normalizeLookup";
import { findRole, type Role } from "./roles";
import { splitList } from "./splitList";
import { WORKFLOW_COLUMNS, workflowColumnOf, type WorkflowColumn } from "./workflowColumns";
import type { Stage, Workflow } from "./workflow";

/** What is wrong with a lifecycle table; `row` is the sheet row (header row = `originRow`). */
export type WorkflowProblem =
  | { readonly kind: "missingColumn"; readonly row: number; readonly column: WorkflowColumn }
  | { readonly kind: "noStatuses"; readonly row: number }
  | { readonly kind: "emptyKey"; readonly row: number }
  | { readonly kind: "duplicateKey"; readonly row: number; readonly key: string; readonly firstRow: number }
  | {
      readonly kind: "duplicateLabel";
      readonly row: number;
      readonly key: string;
      readonly label: string;
      readonly firstRow: number;
    }
  | { readonly kind: "emptyLabel"; readonly row: number; readonly key: string; readonly language: Locale }
  | { readonly kind: "unknownRole"; readonly row: number; readonly key: string; readonly value: string }
  | { readonly kind: "invalidSla"; readonly row: number; readonly key: string; readonly value: string }
  | { readonly kind: "invalidWip"; readonly row: number; readonly key: string; readonly value: string }
  | { readonly kind: "negativeSla"; readonly row: number; readonly key: string; readonly value: number }
  | { readonly kind: "unknownNext"; readonly row: number; readonly key: string; readonly value: string }
  | { readonly kind: "unknownNeed"; readonly row: number; readonly key: string; readonly value: string }
  | {
      readonly kind: "spellingTaken";
      readonly row: number;
      readonly key: string;
      readonly value: string;
      /** The status (key) the word already names. */
      readonly other: string;
    };

// The key column is OrderFlow's (hidden on the settings sheet): a table without it reads with derived keys.
const REQUIRED_COLUMNS: readonly WorkflowColumn[] = ["zh", "en", "next"];

interface RawStage {
  readonly row: number;
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly role: Role | null;
  readonly slaHours: number | null;
  readonly wipLimit: number | null;
  readonly nextText: string;
  readonly needs: readonly Field[];
  readonly spellings: readonly string[];
}

/** The team's words of one status: one per line or separated by `,` `，` `、` `;` `；` (words may hold spaces: `To pack`). */
export function splitSpellings(text: string): string[] {
  const words: string[] = [];
  for (const piece of text.split(/[\n,，、;；]+/u)) {
    const word = piece.trim();
    if (word !== "" && !words.some((w) => normalizeLookup(w) === normalizeLookup(word))) words.push(word);
  }
  return words;
}

/** Reads SLA hours: a number, or text like `24`, `24h`, `24 小时`; blank is no SLA. */
function readSla(cell: GridRow[number] | undefined): { hours: number | null } | { invalid: string } {
  if (isBlankCell(cell)) return { hours: null };
  if (typeof cell === "number") return Number.isFinite(cell) ? { hours: cell } : { invalid: String(cell) };
  const text = cellText(cell).normalize("NFKC");
  const match = /^(-?\d+(?:\.\d+)?)\s*(?:h|hours?|小时)?$/i.exec(text);
  return match?.[1] === undefined ? { invalid: text } : { hours: Number(match[1]) };
}

/**
 * Reads the lifecycle table of the settings sheet: a header row (columns found by their titles, in any
 * order: key | 中文 | English | 角色 Role | 时限(小时) SLA hours | 下一步 Next | 需要 Needs) and one row per status.
 * The key column is optional and a blank key is derived from the row's names (`deriveKey`).
 * Blank rows are skipped. A stage is open when it has a move that is not a problem branch, and a
 * problem branch when it needs a problem reason. Every problem is collected with its row.
 */
export function loadWorkflow(grid: Grid, originRow = 1): Result<Workflow, WorkflowProblem[]> {
  const problems: WorkflowProblem[] = [];
  const header = grid[0] ?? [];
  const columnIndex = new Map<WorkflowColumn, number>();
  header.forEach((cell, index) => {
    const column = workflowColumnOf(cellText(cell));
    if (column && !columnIndex.has(column)) columnIndex.set(column, index);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columnIndex.has(column)) problems.push({ kind: "missingColumn", row: originRow, column });
  }
  if (problems.length > 0) return err(problems);

  const read = (row: GridRow, column: WorkflowColumn): GridRow[number] | undefined => {
    const index = columnIndex.get(column);
    return index === undefined ? undefined : row[index];
  };

  const raws: RawStage[] = [];
  const keyRows = new Map<string, number>();
  const labelRows = { "zh-CN": new Map<string, number>(), "en-US": new Map<string, number>() };

  // A row the lead added has no key (the column is hidden): it gets one from its names, never one that
  // another row already has.
  const taken = new Set<string>();
  for (const row of grid.slice(1)) taken.add(normalizeLookup(cellText(read(row, "key"))));
  grid.slice(1).forEach((row, offset) => {
    const sheetRow = originRow + 1 + offset;
    if (WORKFLOW_COLUMNS.every((column) => isBlankCell(read(row, column)))) return;
    let key = cellText(read(row, "key"));
    if (key === "") {
      key = deriveKey(cellText(read(row, "en")), cellText(read(row, "zh")), taken, DEFAULT_WORKFLOW.stages);
      taken.add(normalizeLookup(key));
    }
    if (key === "") {
      problems.push({ kind: "emptyKey", row: sheetRow });
      return;
    }
    const firstKeyRow = keyRows.get(normalizeLookup(key));
    if (firstKeyRow !== undefined) {
      problems.push({ kind: "duplicateKey", row: sheetRow, key, firstRow: firstKeyRow });
    } else {
      keyRows.set(normalizeLookup(key), sheetRow);
    }

    const labels = { "zh-CN": cellText(read(row, "zh")), "en-US": cellText(read(row, "en")) };
    for (const language of ["zh-CN", "en-US"] as const) {
      const label = labels[language];
      if (label === "") {
        problems.push({ kind: "emptyLabel", row: sheetRow, key, language });
        continue;
      }
      const firstLabelRow = labelRows[language].get(normalizeLookup(label));
      if (firstLabelRow !== undefined) {
        problems.push({ kind: "duplicateLabel", row: sheetRow, key, label, firstRow: firstLabelRow });
      } else {
        labelRows[language].set(normalizeLookup(label), sheetRow);
      }
    }

    const roleText = cellText(read(row, "role"));
    const role = roleText === "" ? null : findRole(roleText);
    if (role === undefined) problems.push({ kind: "unknownRole", row: sheetRow, key, value: roleText });

    const sla = readSla(read(row, "sla"));
    let slaHours: number | null = null;
    if ("invalid" in sla) {
      problems.push({ kind: "invalidSla", row: sheetRow, key, value: sla.invalid });
    } else if (sla.hours !== null && sla.hours < 0) {
      problems.push({ kind: "negativeSla", row: sheetRow, key, value: sla.hours });
    } else {
      slaHours = sla.hours;
    }

    // The WIP column is optional (tables from before it existed have none); blank means no limit.
    const wipCell = read(row, "wip");
    const wipText = cellText(wipCell);
    const wipLimit = wipText === "" ? null : Number(wipText.normalize("NFKC"));
    if (wipLimit !== null && (!Number.isInteger(wipLimit) || wipLimit < 0)) {
      problems.push({ kind: "invalidWip", row: sheetRow, key, value: wipText });
    }

    const needs = splitList(cellText(read(row, "needs")), findField);
    for (const value of needs.unknown) problems.push({ kind: "unknownNeed", row: sheetRow, key, value });

    raws.push({
      row: sheetRow,
      key,
      zh: labels["zh-CN"],
      en: labels["en-US"],
      role: role ?? null,
      slaHours,
      wipLimit,
      nextText: cellText(read(row, "next")),
      needs: needs.found,
      spellings: splitSpellings(cellText(read(row, "spellings"))),
    });
  });

  if (raws.length === 0 && problems.length === 0) problems.push({ kind: "noStatuses", row: originRow });

  // `next` may name statuses further down the table, so it is resolved once every row is known.
  const names = new Map<string, string>();
  for (const raw of raws) {
    if (!names.has(normalizeLookup(raw.key))) names.set(normalizeLookup(raw.key), raw.key);
  }
  for (const raw of raws) {
    for (const label of [raw.zh, raw.en, `${raw.zh} ${raw.en}`]) {
      if (!names.has(normalizeLookup(label))) names.set(normalizeLookup(label), raw.key);
    }
  }
  // A status the lead renamed keeps answering to its default names in other rows' next steps (`处理中`
  // written by setup before the lead renamed it to `打包中`), as long as no row uses them otherwise.
  for (const stage of DEFAULT_WORKFLOW.stages) {
    if (!keyRows.has(normalizeLookup(stage.key))) continue;
    for (const label of [stage.label["zh-CN"], stage.label["en-US"]]) {
      if (!names.has(normalizeLookup(label))) names.set(normalizeLookup(label), stage.key);
    }
  }
  // A team word names one status only: one that is another status's name or word would be read two ways.
  for (const raw of raws) {
    for (const word of raw.spellings) {
      const other = names.get(normalizeLookup(word));
      if (other !== undefined && other !== raw.key) {
        problems.push({ kind: "spellingTaken", row: raw.row, key: raw.key, value: word, other });
      } else {
        names.set(normalizeLookup(word), raw.key);
      }
    }
  }
  const nexts = raws.map((raw) => {
    const next = splitList(raw.nextText, (name) => names.get(normalizeLookup(name)));
    for (const value of next.unknown)
      problems.push({ kind: "unknownNext", row: raw.row, key: raw.key, value });
    return next.found;
  });

  if (problems.length > 0) return err(problems);

  const problemBranchKeys = new Set(
    raws.filter((raw) => raw.needs.includes("problem")).map((raw) => raw.key),
  );
  const stages = raws.map((raw, index): Stage => {
    const next = nexts[index] ?? [];
    return {
      key: raw.key,
      label: { "zh-CN": raw.zh, "en-US": raw.en },
      role: raw.role,
      slaHours: raw.slaHours,
      next,
      needs: raw.needs,
      open: next.some((key) => !problemBranchKeys.has(key)),
      problemBranch: problemBranchKeys.has(raw.key),
      ...(raw.spellings.length > 0 ? { spellings: raw.spellings } : {}),
      ...(raw.wipLimit !== null ? { wipLimit: raw.wipLimit } : {}),
    };
  });
  return ok({ stages });
}
