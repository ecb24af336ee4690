import type { CellValue } from "../../core/grid";
import { cellText } from "../../core/grid";
import type { HeaderDetection } from "../../core/headers";
import { detectHeader } from "../../core/headers";
import { bilingual } from "../../core/i18n/translate";
import type { Area, SetupPlan, SetupReport, SheetSnapshot } from "../../core/plan";
import {
  ACTIVITY_TABLE,
  describeSetupRefusal,
  planSetup,
  TABLE_NAMES,
  teamFromOwners,
} from "../../core/plan";
import type { SetupChoices } from "../../core/port";
import type { Result } from "../../core/result";
import type { Field } from "../../core/schema";
import { areaToAddress } from "./a1";
import { appendActivity } from "./activityLog";
import type { AdapterError } from "./adapterError";
import { AdapterFailure } from "./adapterError";
import { setEvents } from "./applyChange";
import { SETTING_KEYS } from "./orderSheet";
import type { BlockPlace } from "./placeSettingsBlocks";
import { placeSettingsBlocks } from "./placeSettingsBlocks";
import { replaceHighlights } from "./highlightRules";
import { readSettings } from "./readSettings";
import { readSnapshot } from "./readSnapshot";
import type { RunJournal } from "./runExcel";
import { runExcel } from "./runExcel";
import { ChunkedWriter } from "./writeCells";

export interface SetupOptions {
  /** The order sheet; the active sheet when omitted. */
  readonly sheetName?: string;
  /** The user's corrections to the detected mapping: field → 0-based column in the used range, or null to unmap. */
  readonly mappingOverrides?: Readonly<Partial<Record<Field, number | null>>>;
  readonly now: number;
  readonly utcOffsetMinutes: number;
  /** The lead's onboarding choices: confirmed status words, label language, rewrite, add a status column. */
  readonly choices?: SetupChoices;
}

export interface SetupResult {
  readonly sheetName: string;
  readonly table: SetupPlan["table"];
  readonly report: SetupReport;
  readonly validations: number;
  readonly highlights: number;
  readonly createdSheets: readonly string[];
  readonly syncs: number;
}

/**
 * Merges the user's corrections into the detected mapping. A column picked for a second field is not
 * taken from the first one silently: planSetup refuses the shared column and says so.
 */
export function applyOverrides(
  detection: HeaderDetection,
  overrides: Readonly<Partial<Record<Field, number | null>>> = {},
): Partial<Record<Field, number>> {
  const mapping: Partial<Record<Field, number>> = { ...detection.mapping };
  for (const [field, column] of Object.entries(overrides) as [Field, number | null][]) {
    if (column === null) {
      delete mapping[field];
      continue;
    }
    mapping[field] = column;
  }
  return mapping;
}

/**
 * Sets up the order sheet in one `Excel.run`: reads it, plans with the core, checks every
 * precondition (sheet present and unprotected) before the first write, then applies the plan in
 * chunks with calculation suspended (screen updating is not: its suspension lasts one request only) and
 * this add-in's events off. If Excel fails half-way, the cells, sheets and table it had added are
 * removed again and the error says whether the sheet is unchanged or keeps formats on empty cells.
 */
export async function setupSheet(options: SetupOptions): Promise<Result<SetupResult, AdapterError>> {
  return runExcel(
    async (context, journal) => {
      const sheet = options.sheetName
        ? context.workbook.worksheets.getItemOrNullObject(options.sheetName)
        : context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      if (sheet.isNullObject)
        throw new AdapterFailure({ kind: "sheetMissing", sheet: options.sheetName ?? "" });

      const snapshot = await readSnapshot(context, sheet);
      if (!snapshot) throw new AdapterFailure({ kind: "emptySheet", sheet: sheet.name });
      const detected = detectHeader(snapshot.grid);
      if (!detected.ok) throw new AdapterFailure({ kind: "noHeaderRow", sheet: sheet.name });
      const settings = await readSettings(context);
      const mapping = applyOverrides(detected.value, options.mappingOverrides);
      const planned = planSetup({
        snapshot,
        sheet: {
          grid: snapshot.grid,
          origin: snapshot.origin,
          headerRow: detected.value.headerRow,
          dataRows: detected.value.dataRows,
          mapping,
          platform: detected.value.platform,
        },
        workflow: settings.workflow,
        deadlines: settings.deadlines,
        tags: settings.tags,
        reasons: settings.reasons,
        // A sheet that already names owners starts with them as the team (roles for the lead to fill in).
        team: settings.exists
          ? settings.team
          : teamFromOwners(ownersOf(snapshot.grid, detected.value.dataRows, mapping.owner)),
        now: options.now,
        utcOffsetMinutes: options.utcOffsetMinutes,
        ...options.choices,
      });
      // A mapping setup can not work with is refused before anything is written.
      if (!planned.ok) {
        const detail = planned.error
          .map((refusal) => {
            const { message, params } = describeSetupRefusal(refusal, settings.workflow);
            return bilingual(message, params);
          })
          .join("; ");
        throw new AdapterFailure({ kind: "setupRefused", detail });
      }
      return applySetupPlan(context, journal, sheet, snapshot, planned.value, settings.exists);
    },
    { sheet: options.sheetName },
  );
}

async function applySetupPlan(
  context: Excel.RequestContext,
  journal: RunJournal,
  sheet: Excel.Worksheet,
  snapshot: SheetSnapshot,
  plan: SetupPlan,
  settingsExist: boolean,
): Promise<SetupResult> {
  const workbook = context.workbook;
  // Preconditions, all read in one sync, before anything is written.
  const settingsSheet = workbook.worksheets.getItemOrNullObject(plan.settingsSheet.name);
  const activitySheet = workbook.worksheets.getItemOrNullObject(plan.activitySheet.name);
  const activityTable = workbook.tables.getItemOrNullObject(ACTIVITY_TABLE);
  const listsTable = workbook.tables.getItemOrNullObject(TABLE_NAMES.lists);
  const lifecycleTable = workbook.tables.getItemOrNullObject(TABLE_NAMES.lifecycle);
  sheet.protection.load("protected");
  settingsSheet.load("name");
  activitySheet.load("name");
  const names = plan.settingsSheet.lists.map((list) => ({
    list,
    item: workbook.names.getItemOrNullObject(list.name),
  }));
  await context.sync();
  if (sheet.protection.protected) throw new AdapterFailure({ kind: "protectedSheet", sheet: sheet.name });
  const guarded = [settingsSheet, activitySheet].filter((s) => !s.isNullObject);
  for (const s of guarded) s.protection.load("protected");
  // Excel refuses new columns in a filtered table; say so before anything is written.
  const userFilter =
    plan.table.kind === "existing" &&
    plan.addColumns.length > 0 &&
    Office.context.requirements.isSetSupported("ExcelApi", "1.9")
      ? workbook.tables.getItem(plan.table.name).autoFilter
      : null;
  userFilter?.load("isDataFiltered");
  await context.sync();
  for (const s of guarded)
    if (s.protection.protected) throw new AdapterFailure({ kind: "protectedSheet", sheet: s.name });
  if (userFilter?.isDataFiltered && plan.table.kind === "existing") {
    throw new AdapterFailure({ kind: "tableFiltered", table: plan.table.name });
  }
  // Tables rewritten on an existing settings sheet: where they are now, never over the lead's notes.
  const rewrittenBlocks =
    settingsExist && !settingsSheet.isNullObject
      ? plan.settingsSheet.blocks.filter(
          (block) => block.id === "lists" || (block.id === "lifecycle" && plan.lifecycleChanged),
        )
      : [];
  const places =
    rewrittenBlocks.length > 0
      ? await placeSettingsBlocks(context, settingsSheet, rewrittenBlocks, {
          lists: listsTable,
          lifecycle: lifecycleTable,
        })
      : new Map<string, BlockPlace>();

  const undo = new Undo();
  const createdSheets: string[] = [];
  const writer = new ChunkedWriter(context, sheet);
  const eventsWereOn = context.runtime;
  eventsWereOn.load("enableEvents");
  sheet.load("id");
  // The extent with formats too, to tell afterwards whether a failed setup left anything behind.
  const usedBefore = sheet.getUsedRangeOrNullObject(false);
  usedBefore.load("address");
  await context.sync();
  const extentBefore = usedBefore.isNullObject ? "" : usedBefore.address;
  const restoreEvents = eventsWereOn.enableEvents;
  const sheetId = sheet.id;
  // Our own writes are not user edits: keep this runtime's change handler out of them (own request).
  await setEvents(context, false);
  let highlights = 0;
  try {
    context.application.suspendApiCalculationUntilNextSync();

    // 1. New column headers and the table first, so a refused table costs one header write to undo.
    if (plan.table.kind === "existing") {
      // Columns join the user's table through its own API (right of its last column, where the plan put them).
      const table = workbook.tables.getItem(plan.table.name);
      for (const column of plan.addColumns) {
        table.columns.add(undefined, undefined, column.header);
        undo.add(() => table.columns.getItem(column.header).delete());
      }
    } else {
      for (const column of plan.addColumns) {
        sheet.getRangeByIndexes(plan.headerRow, column.column, 1, 1).values = [[column.header]];
        undo.clearCells(sheet, {
          row: plan.headerRow,
          column: column.column,
          rowCount: plan.body.rowCount + 1,
          columnCount: 1,
        });
      }
    }
    if (plan.table.kind === "create") {
      const table = sheet.tables.add(areaToAddress(plan.table.area, snapshot.sheetName), true);
      table.name = plan.table.name;
      table.style = "TableStyleLight1";
      undo.add(() => table.convertToRange());
    }
    await context.sync();

    // 2. Values (chunked), then formats: values first is what Excel's large-range guidance asks.
    for (const write of plan.writes) {
      const isNewColumn = plan.addColumns.some((c) => c.column === write.area.column);
      await writer.writeValues(
        isNewColumn ? { area: shift(write.area, 1), values: write.values.slice(1) } : write,
      );
      if (!isNewColumn) undo.clearCells(sheet, write.area);
    }
    for (const format of plan.numberFormats) await writer.writeNumberFormat(format.area, format.format);
    for (const { column, width } of plan.columnWidths)
      sheet.getRangeByIndexes(plan.headerRow, column, 1, 1).format.columnWidth = width;
    await writer.flush();
    // Rewrites to standard labels (only when the lead asked): taking one back writes the team's text again.
    plan.rewrites.forEach((write, i) => {
      const range = sheet.getRangeByIndexes(write.area.row, write.area.column, 1, 1);
      range.values = write.values.map((row) => row.slice());
      const from = plan.activity[i]?.from ?? "";
      undo.add(() => {
        range.values = [[from]];
      });
    });

    // 4. The settings sheet: created with its tables once; afterwards only the derived lists are rewritten.
    let settings = settingsSheet;
    if (settingsSheet.isNullObject) {
      settings = workbook.worksheets.add(plan.settingsSheet.name);
      createdSheets.push(plan.settingsSheet.name);
      undo.add(() => settings.delete());
    }
    for (const block of plan.settingsSheet.blocks) {
      // An existing lifecycle table is written again only to take the team's confirmed words.
      const rewritten = block.id === "lists" || (block.id === "lifecycle" && plan.lifecycleChanged);
      if (settingsExist && !rewritten) continue;
      if (block.id === "lists" && !listsTable.isNullObject) {
        listsTable.getRange().clear("Contents");
        listsTable.delete();
      }
      if (settingsExist && block.id === "lifecycle" && !lifecycleTable.isNullObject) {
        lifecycleTable.getRange().clear("Contents");
        lifecycleTable.delete();
      }
      const grid = rectangular(block.grid);
      const hidden = block.hiddenColumns ?? [];
      let titleColumn = 0;
      while (hidden.includes(titleColumn)) titleColumn++;
      const place = places.get(block.id) ?? { row: block.row, column: block.column, title: true };
      if (place.title)
        settings.getRangeByIndexes(place.row - 1, place.column + titleColumn, 1, 1).values = [[block.title]];
      settings.getRangeByIndexes(place.row, place.column, grid.length, grid[0]?.length ?? 1).values = grid;
      const table = settings.tables.add(
        areaToAddress(
          { row: place.row, column: place.column, rowCount: grid.length, columnCount: grid[0]?.length ?? 1 },
          plan.settingsSheet.name,
        ),
        true,
      );
      table.name = block.tableName;
      // The internal keys are hidden rather than locked: locked cells only hold on a protected sheet, and a
      // protected settings sheet would stop the lead editing the tables ("Lock or unlock specific areas of a
      // protected worksheet", https://support.microsoft.com/office/75481b72-db8a-4267-8c43-042a5f2cd93a).
      // Range.columnHidden, ExcelApi 1.2: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member
      for (const column of hidden)
        settings.getRangeByIndexes(place.row, place.column + column, 1, 1).getEntireColumn().columnHidden =
          true;
    }
    for (const { list, item } of names) {
      if (item.isNullObject) workbook.names.add(list.name, list.reference);
      else item.formula = list.reference;
    }

    // 5. Dropdowns (Stop alerts), after the names their lists refer to exist (Excel refuses a list source
    //    naming an undefined name), then the highlight rules: ours replaced, the user's left alone.
    for (const rule of plan.validations) {
      if (rule.area.rowCount === 0) continue;
      const range = sheet.getRangeByIndexes(rule.area.row, rule.area.column, rule.area.rowCount, 1);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: rule.source } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: bilingual(rule.title).slice(0, 32),
        message: bilingual(rule.message).slice(0, 225),
      };
    }
    await context.sync();
    highlights = (await replaceHighlights(context, sheet, plan.highlights)).count;

    // 6. The activity log sheet.
    if (activitySheet.isNullObject) {
      const log = workbook.worksheets.add(plan.activitySheet.name);
      createdSheets.push(plan.activitySheet.name);
      undo.add(() => log.delete());
      const header = [plan.activitySheet.header.slice() as CellValue[]];
      log.getRangeByIndexes(0, 0, 1, header[0]?.length ?? 1).values = header;
      if (activityTable.isNullObject) {
        const table = log.tables.add(
          areaToAddress(
            { row: 0, column: 0, rowCount: 1, columnCount: header[0]?.length ?? 1 },
            plan.activitySheet.name,
          ),
          true,
        );
        table.name = ACTIVITY_TABLE;
      }
      log.freezePanes.freezeRows(1);
    }
    if (plan.activity.length > 0) {
      await context.sync();
      await appendActivity(context, plan.activity);
    }

    // 7. Frozen header and the workbook settings (mapping by header text, version, the sheet's id).
    sheet.freezePanes.freezeRows(plan.freezeRows);
    for (const [key, value] of Object.entries(plan.settings)) workbook.settings.add(key, value);
    // The sheet by id too: renaming it keeps the workflow (and its logging) on it.
    workbook.settings.add(SETTING_KEYS.sheetId, sheetId);
    await context.sync();
  } catch (error) {
    journal.began();
    await undo.run(context);
    await setEvents(context, restoreEvents).catch(() => undefined);
    journal.settle(await setupOutcome(context, sheet, snapshot, createdSheets, extentBefore));
    throw error;
  }
  await setEvents(context, restoreEvents);
  return {
    sheetName: plan.sheetName,
    table: plan.table,
    report: plan.report,
    validations: plan.validations.filter((v) => v.area.rowCount > 0).length,
    highlights,
    createdSheets,
    syncs: writer.syncs,
  };
}

function ownersOf(
  grid: SheetSnapshot["grid"],
  dataRows: readonly number[],
  column: number | undefined,
): string[] {
  if (column === undefined) return [];
  return dataRows.map((index) => cellText(grid[index]?.[column]));
}

function shift(area: Area, rows: number): Area {
  return { ...area, row: area.row + rows, rowCount: area.rowCount - rows };
}

function rectangular(grid: readonly (readonly CellValue[])[]): CellValue[][] {
  const width = Math.max(1, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
}

/**
 * What setup added, to take back if Excel fails half-way. Setup only writes into cells that were
 * empty and into sheets it created, so clearing and deleting restores the workbook.
 */
class Undo {
  private readonly steps: (() => void)[] = [];

  add(step: () => void): void {
    this.steps.push(step);
  }

  clearCells(sheet: Excel.Worksheet, area: Area): void {
    this.steps.push(() =>
      sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount).clear("Contents"),
    );
  }

  async run(context: Excel.RequestContext): Promise<void> {
    for (const step of this.steps.reverse()) {
      try {
        step();
        // Each step on its own: one that fails (its object was never created) must not stop the rest.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch {
        // Nothing to take back for this step.
      }
    }
  }
}

/**
 * What a failed setup left behind, once its undo ran: the order sheet's cells as they were, nothing
 * (not even a format) beyond its old extent, and no sheet of OrderFlow's made in this run → "unchanged";
 * otherwise "consistent" (setup only fills empty cells, formats and adds its own sheets, so what is left
 * is a partial setup — formats or dropdowns on empty cells — that the next run completes).
 */
async function setupOutcome(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  snapshot: SheetSnapshot,
  createdSheets: readonly string[],
  extentBefore: string,
): Promise<"unchanged" | "consistent" | "unknown"> {
  try {
    const left = createdSheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    const extent = sheet.getUsedRangeOrNullObject(false);
    extent.load("address");
    const rows = snapshot.grid.length;
    const columns = Math.max(1, ...snapshot.grid.map((row) => row.length));
    const range = sheet.getRangeByIndexes(snapshot.origin.row, snapshot.origin.column, rows, columns);
    range.load("values");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowCount,columnCount");
    await context.sync();
    const same =
      JSON.stringify(range.values) ===
        JSON.stringify(snapshot.grid.map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ""))) &&
      !used.isNullObject &&
      used.rowCount <= rows &&
      used.columnCount <= columns &&
      (extent.isNullObject ? "" : extent.address) === extentBefore &&
      left.every((s) => s.isNullObject);
    return same ? "unchanged" : "consistent";
  } catch {
    return "unknown";
  }
}
