import type { CellValue } from "../../core/grid";
import { bilingual } from "../../core/i18n/translate";
import type { AppliedState, ApplySettingsPlan } from "../../core/plan";
import { isUpToDate, LIST_NAMES, planApplySettings, SETTINGS_SHEET, TABLE_NAMES } from "../../core/plan";
import type { ApplySettingsSummary, PortError } from "../../core/port";
import type { Result } from "../../core/result";
import type { WorkflowField } from "../../core/schema";
import { areaToAddress } from "./a1";
import { AdapterFailure } from "./adapterError";
import { readKnownHighlights, replaceHighlights } from "./highlightRules";
import { runExcel } from "./runExcel";
import { shownKeyColumns } from "./shownKeyColumns";
import { readLayout, sheetColumns } from "./sheetLayout";

const DROPDOWN_FIELDS: readonly WorkflowField[] = ["status", "owner", "problem"];

/**
 * *Apply settings 应用设置*: derives the dropdowns, the generated Lists table and the highlight rules
 * again from the settings tables (what the lead edited on the OrderFlow sheet), over the order body as it
 * is now, and writes only what differs, in one request after every check. A second run finds nothing to
 * do. Cells, the lead's own tables and the user's own conditional formats are never touched.
 */
export async function applySettings(): Promise<Result<ApplySettingsSummary, PortError>> {
  return runExcel(async (context) => {
    // readLayout reads the settings tables; a table the lead broke stops here, named by row.
    const { layout, sheet } = await readLayout(context);
    const columns = sheetColumns(layout);
    const body = {
      firstRow: layout.headerRow + 1,
      rowCount: Math.max(0, layout.lastRow - layout.headerRow),
      firstColumn: layout.origin.column,
      columnCount: layout.width,
    };
    const settings = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    settings.load("name");
    sheet.protection.load("protected");
    const current = await readApplied(context, sheet, columns, body);
    settings.protection.load("protected");
    await context.sync();
    if (sheet.protection.protected)
      throw new AdapterFailure({ kind: "protectedSheet", sheet: layout.sheetName });
    if (settings.isNullObject) throw new AdapterFailure({ kind: "notSetUp" });
    if (settings.protection.protected)
      throw new AdapterFailure({ kind: "protectedSheet", sheet: SETTINGS_SHEET });

    const plan = planApplySettings({
      body,
      columns,
      settings: {
        workflow: layout.settings.workflow,
        tags: layout.settings.tags,
        reasons: layout.settings.reasons,
        team: layout.settings.team,
      },
      current: current.state,
    });
    // Internal keys shown on an older settings sheet are hidden too (setup hides them on new ones).
    const keyColumns = await shownKeyColumns(context);
    const summary: ApplySettingsSummary = {
      upToDate: isUpToDate(plan) && keyColumns.length === 0,
      highlights: plan.totals.highlights,
      dropdowns: plan.totals.dropdowns,
      changedHighlights: plan.highlightsChanged,
      changedDropdowns: plan.validations.length,
      changedLists: plan.listsGrid !== null || plan.names.length > 0,
    };
    if (summary.upToDate) return summary;

    const listsArea = plan.listsGrid ? await placeLists(context, settings, current.listsArea, plan) : null;
    const eventsWereOn = context.runtime;
    eventsWereOn.load("enableEvents");
    await context.sync();
    const restoreEvents = eventsWereOn.enableEvents;
    try {
      // Our writes are not the lead's edits: keep this runtime's change handlers out of them.
      context.runtime.enableEvents = false;
      writeValidations(sheet, plan);
      const remade =
        plan.listsGrid && listsArea
          ? writeLists(settings, current.listsTable, current.listsArea, listsArea, plan)
          : false;
      // A table made anew leaves the names that pointed at the old one broken (#REF!): set them all again.
      for (const list of remade ? plan.allNames : plan.names) {
        if (current.state.names[list.name] === null) context.workbook.names.add(list.name, list.reference);
        else context.workbook.names.getItem(list.name).formula = list.reference;
      }
      for (const column of keyColumns) column.columnHidden = true;
      await context.sync();
      if (plan.highlightsChanged) await replaceHighlights(context, sheet, plan.highlights);
      context.runtime.enableEvents = restoreEvents;
      await context.sync();
    } catch (error) {
      context.runtime.enableEvents = restoreEvents;
      await context.sync().catch(() => undefined);
      throw error;
    }
    return summary;
  });
}

interface ReadState {
  readonly state: AppliedState;
  readonly listsTable: Excel.Table | null;
  /** 0-based area of the Lists table now (header included), null when it does not exist. */
  readonly listsArea: { row: number; column: number; rowCount: number; columnCount: number } | null;
}

/** Reads what Apply settings compares: our rules, the dropdowns' sources, the Lists table, the names. */
async function readApplied(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  columns: Readonly<Partial<Record<WorkflowField, number>>>,
  body: { firstRow: number; rowCount: number },
): Promise<ReadState> {
  const validations = DROPDOWN_FIELDS.flatMap((field) => {
    const column = columns[field];
    if (column === undefined || body.rowCount <= 0) return [];
    const validation = sheet.getRangeByIndexes(body.firstRow, column, body.rowCount, 1).dataValidation;
    validation.load("rule");
    return [{ field, validation }];
  });
  const listsTable = context.workbook.tables.getItemOrNullObject(TABLE_NAMES.lists);
  const names = Object.values(LIST_NAMES).map((name) => {
    const item = context.workbook.names.getItemOrNullObject(name);
    item.load("formula");
    return { name, item };
  });
  await context.sync();
  let listsRange: Excel.Range | null = null;
  if (!listsTable.isNullObject) {
    listsRange = listsTable.getRange();
    listsRange.load("values,rowIndex,columnIndex,rowCount,columnCount");
  }
  await context.sync();
  // OrderFlow's rules as recorded when they were made: reading rules back throws in Excel when they
  // are stacked (office-js #6827, #6835). No record (an older setup): nothing matches, so they are replaced.
  const highlights = (await readKnownHighlights(context, sheet)) ?? [];
  const validationSources: Partial<Record<WorkflowField, string | null>> = {};
  for (const { field, validation } of validations) {
    const source = validation.rule.list?.source;
    validationSources[field] = typeof source === "string" ? source : null;
  }
  return {
    state: {
      highlights,
      validationSources,
      listsGrid: listsRange ? (listsRange.values as CellValue[][]) : null,
      names: Object.fromEntries(
        names.map(({ name, item }) => [name, item.isNullObject ? null : item.formula]),
      ),
    },
    listsTable: listsTable.isNullObject ? null : listsTable,
    listsArea: listsRange
      ? {
          row: listsRange.rowIndex,
          column: listsRange.columnIndex,
          rowCount: listsRange.rowCount,
          columnCount: listsRange.columnCount,
        }
      : null,
  };
}

/**
 * Where the new Lists table goes: where it is (or where setup puts it). Cells it would newly cover must
 * be empty: the lead's own notes beside or below it are never overwritten.
 */
async function placeLists(
  context: Excel.RequestContext,
  settings: Excel.Worksheet,
  now: ReadState["listsArea"],
  plan: ApplySettingsPlan,
): Promise<{ row: number; column: number; rowCount: number; columnCount: number }> {
  const grid = plan.listsGrid ?? [];
  const columnCount = Math.max(1, ...grid.map((row) => row.length));
  const target = now
    ? { row: now.row, column: now.column, rowCount: grid.length, columnCount }
    : { row: 1, column: 0, rowCount: grid.length, columnCount };
  if (!now) {
    // No Lists table (the lead deleted it): right of everything on the settings sheet.
    const used = settings.getUsedRangeOrNullObject(true);
    used.load("columnIndex,columnCount");
    await context.sync();
    if (!used.isNullObject) target.column = used.columnIndex + used.columnCount + 1;
  }
  const extraRows = now ? Math.max(0, target.rowCount - now.rowCount) : target.rowCount;
  const extraColumns = now ? Math.max(0, target.columnCount - now.columnCount) : 0;
  const checks: Excel.Range[] = [];
  if (extraRows > 0) {
    const first = now ? now.row + now.rowCount : target.row;
    const range = settings.getRangeByIndexes(first, target.column, extraRows, target.columnCount);
    range.load("values");
    checks.push(range);
  }
  if (extraColumns > 0 && now) {
    const range = settings.getRangeByIndexes(
      now.row,
      now.column + now.columnCount,
      now.rowCount,
      extraColumns,
    );
    range.load("values");
    checks.push(range);
  }
  if (checks.length > 0) await context.sync();
  const blocked = checks.find((range) =>
    (range.values as CellValue[][]).some((row) => row.some((v) => v !== "")),
  );
  if (blocked) {
    const detail = bilingual(
      {
        "zh-CN":
          "OrderFlow 工作表上“下拉列表”表格需要变大，但 {area} 里有内容。请移走这些内容后再点“应用设置”；未做任何更改。",
        "en-US":
          "The Lists table on the OrderFlow sheet needs to grow, but {area} holds something. Move it away and Apply settings again; nothing was changed.",
      },
      { area: areaToAddress({ ...target, row: target.row, column: target.column }, SETTINGS_SHEET) },
    );
    throw new AdapterFailure({ kind: "settingsInvalid", detail });
  }
  return target;
}

function writeValidations(sheet: Excel.Worksheet, plan: ApplySettingsPlan): void {
  for (const rule of plan.validations) {
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
}

/**
 * The Lists table rewritten in place: values into its rows, rows added or deleted at its end, so the
 * table, and the names over its columns, stay the same objects. Made anew only when it is missing or
 * its columns changed; returns whether it was.
 */
function writeLists(
  settings: Excel.Worksheet,
  table: Excel.Table | null,
  now: ReadState["listsArea"],
  area: { row: number; column: number; rowCount: number; columnCount: number },
  plan: ApplySettingsPlan,
): boolean {
  const grid = (plan.listsGrid ?? []).map((row) =>
    Array.from({ length: area.columnCount }, (_, i): string | number | boolean => row[i] ?? ""),
  );
  const bodyNew = Math.max(1, grid.length - 1);
  while (grid.length < bodyNew + 1) grid.push(Array.from({ length: area.columnCount }, () => ""));
  if (table && now && now.columnCount === area.columnCount) {
    const bodyNow = Math.max(1, now.rowCount - 1);
    const kept = Math.min(bodyNow, bodyNew);
    settings.getRangeByIndexes(now.row, now.column, kept + 1, area.columnCount).values = grid.slice(
      0,
      kept + 1,
    );
    if (bodyNew > bodyNow) table.rows.add(undefined, grid.slice(kept + 1));
    for (let index = bodyNow - 1; index >= bodyNew; index--) table.rows.getItemAt(index).delete();
    return false;
  }
  if (table) {
    table.getRange().clear("Contents");
    table.delete();
  }
  settings.getRangeByIndexes(area.row, area.column, grid.length, area.columnCount).values = grid;
  const added = settings.tables.add(areaToAddress({ ...area, rowCount: grid.length }, SETTINGS_SHEET), true);
  added.name = TABLE_NAMES.lists;
  return true;
}

/**
 * Calls `listener` after someone edits the settings sheet (the lead renaming a status, adding a tag),
 * so the pane can offer *Apply settings*. One workbook-wide handler (ExcelApi 1.9): it also hears the
 * settings sheet that setup creates later. The add-in's own writes are not edits (triggerSource, 1.14).
 */
export async function onSettingsChanged(listener: () => void): Promise<() => void> {
  let settingsId: string | null = null;
  const registered = await runExcel(
    async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (event) => {
        if (event.triggerSource === "ThisLocalAddin") return;
        if (settingsId === null) {
          const found = await runExcel(settingsSheetId);
          settingsId = found.ok ? found.value : null;
        }
        if (settingsId !== null && event.worksheetId === settingsId) listener();
      });
      await context.sync();
      return handler;
    },
    { requiredApi: "1.9" },
  );
  if (!registered.ok) return () => undefined;
  const handler = registered.value;
  return () => {
    void Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}

/** The settings sheet's id, or null before setup created it. */
async function settingsSheetId(context: Excel.RequestContext): Promise<string | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  sheet.load("id");
  await context.sync();
  return sheet.isNullObject ? null : sheet.id;
}
