import type { CellValue } from "../grid";
import { cellText } from "../grid";
import type { Field, WorkflowField } from "../schema";
import { planHighlights } from "./highlights";
import { SETUP_MESSAGES } from "./messages";
import type { SettingsContent } from "./settingsSheet";
import { LIST_NAMES, planSettingsSheet } from "./settingsSheet";
import type { Area, HighlightRule, NamedList, ValidationRule } from "./types";

/** The dropdowns of an order body: status, owner and problem reason, each a list through its name. */
export function planValidations(columnArea: (field: WorkflowField) => Area | undefined): ValidationRule[] {
  const specs = [
    ["status", LIST_NAMES.statuses, SETUP_MESSAGES.statusTitle, SETUP_MESSAGES.statusMessage],
    ["owner", LIST_NAMES.team, SETUP_MESSAGES.ownerTitle, SETUP_MESSAGES.ownerMessage],
    ["problem", LIST_NAMES.reasons, SETUP_MESSAGES.problemTitle, SETUP_MESSAGES.problemMessage],
  ] as const;
  const rules: ValidationRule[] = [];
  for (const [field, name, title, message] of specs) {
    const area = columnArea(field);
    if (area) rules.push({ field, area, source: `=${name}`, title, message });
  }
  return rules;
}

/** A highlight rule as read back from the sheet (only OrderFlow's, highest priority first). */
export interface SheetHighlight {
  readonly formula: string;
  readonly area: Area;
  readonly fill: string | null;
  readonly font: string | null;
  readonly bold: boolean;
}

/** What the sheet holds now of what *Apply settings* derives. */
export interface AppliedState {
  readonly highlights: readonly SheetHighlight[];
  /**
   * The list source of each dropdown column over the whole body as it is now; null when absent or when
   * the body is not under one rule (rows added since setup have none: Excel then reports no rule).
   */
  readonly validationSources: Readonly<Partial<Record<WorkflowField, string | null>>>;
  /** The generated Lists table (header first), null when it does not exist. */
  readonly listsGrid: readonly (readonly CellValue[])[] | null;
  /** Each list name's formula, null when the name does not exist. */
  readonly names: Readonly<Record<string, string | null>>;
}

export interface ApplySettingsInput {
  /** The order body: first data row to the last used row, all used columns (0-based sheet indices). */
  readonly body: {
    readonly firstRow: number;
    readonly rowCount: number;
    readonly firstColumn: number;
    readonly columnCount: number;
  };
  /** Field → 0-based sheet column. */
  readonly columns: Readonly<Partial<Record<Field, number>>>;
  readonly settings: SettingsContent;
  readonly current: AppliedState;
}

export interface ApplySettingsPlan {
  /** Every OrderFlow rule, to replace the sheet's own when `highlightsChanged`. */
  readonly highlights: readonly HighlightRule[];
  readonly highlightsChanged: boolean;
  /** Dropdowns to (re)apply: only those whose area or list differs. */
  readonly validations: readonly ValidationRule[];
  /** The Lists table to write (header first), or null when it already says this. */
  readonly listsGrid: readonly (readonly CellValue[])[] | null;
  /** Names to add or point elsewhere. */
  readonly names: readonly NamedList[];
  /** Every list name (set again when the Lists table had to be made anew: names die with a table). */
  readonly allNames: readonly NamedList[];
  /** What the sheet has after applying (for the pane's message). */
  readonly totals: { readonly highlights: number; readonly dropdowns: number };
}

/**
 * *Apply settings*: the dropdowns, the generated lists and the highlight rules derived again from the
 * settings tables, over the order body as it is now (rows added since setup included), compared with
 * what the sheet holds. Only what differs is planned, so a second run plans nothing. Cells, the lead's
 * tables and the user's own rules are never part of it.
 */
export function planApplySettings(input: ApplySettingsInput): ApplySettingsPlan {
  const { body, columns, settings, current } = input;
  const columnArea = (field: WorkflowField): Area | undefined => {
    const column = columns[field];
    return column === undefined || body.rowCount <= 0
      ? undefined
      : { row: body.firstRow, column, rowCount: body.rowCount, columnCount: 1 };
  };
  const highlights =
    body.rowCount > 0
      ? planHighlights(body, columns, settings.tags, settings.workflow, settings.deadlines?.dueSoonHours)
      : [];
  const validations = planValidations(columnArea);
  const sheet = planSettingsSheet(settings);
  const lists = sheet.blocks.find((block) => block.id === "lists")?.grid ?? [];
  return {
    highlights,
    highlightsChanged: !sameHighlights(current.highlights, highlights),
    validations: validations.filter((rule) => current.validationSources[rule.field] !== rule.source),
    listsGrid: current.listsGrid && sameGrid(current.listsGrid, lists) ? null : lists,
    names: sheet.lists.filter((list) => current.names[list.name] !== list.reference),
    allNames: sheet.lists,
    totals: { highlights: highlights.length, dropdowns: validations.length },
  };
}

/** Whether a plan changes nothing (the sheet already follows the settings). */
export function isUpToDate(plan: ApplySettingsPlan): boolean {
  return (
    !plan.highlightsChanged &&
    plan.validations.length === 0 &&
    plan.listsGrid === null &&
    plan.names.length === 0
  );
}

function sameHighlights(sheet: readonly SheetHighlight[], planned: readonly HighlightRule[]): boolean {
  if (sheet.length !== planned.length) return false;
  return planned.every((rule, i) => {
    const found = sheet[i];
    return (
      found !== undefined &&
      found.formula === rule.formula &&
      sameArea(found.area, rule.area) &&
      sameColour(found.fill, rule.fill) &&
      sameColour(found.font, rule.font) &&
      found.bold === (rule.bold ?? false)
    );
  });
}

function sameArea(a: Area, b: Area): boolean {
  return (
    a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount
  );
}

function sameColour(read: string | null, planned: string | undefined): boolean {
  return (read ?? "").toUpperCase() === (planned ?? "").toUpperCase();
}

function sameGrid(a: readonly (readonly CellValue[])[], b: readonly (readonly CellValue[])[]): boolean {
  const width = Math.max(...a.map((row) => row.length), ...b.map((row) => row.length));
  if (a.length !== b.length) return false;
  return a.every((row, r) =>
    Array.from({ length: width }, (_, c) => c).every(
      (c) => cellText(row[c] ?? null) === cellText(b[r]?.[c] ?? null),
    ),
  );
}
