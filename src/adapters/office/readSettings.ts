import type { Grid } from "../../core/grid";
import type { LoadedSettings, SettingsGrids } from "../../core/plan";
import { loadSettings, SETTINGS_SHEET, TABLE_NAMES, teamGridWithBeside } from "../../core/plan";
import { AdapterFailure } from "./adapterError";

export interface WorkbookSettings extends LoadedSettings {
  readonly exists: boolean;
}

/**
 * Reads the team's configuration from the settings sheet's tables (the core's `loadSettings` reads the
 * grids); defaults where the sheet (or a table) does not exist yet. A table the lead broke stops the
 * action with its problems listed.
 */
export async function readSettings(context: Excel.RequestContext): Promise<WorkbookSettings> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const tables = {
    team: context.workbook.tables.getItemOrNullObject(TABLE_NAMES.team),
    lifecycle: context.workbook.tables.getItemOrNullObject(TABLE_NAMES.lifecycle),
    tags: context.workbook.tables.getItemOrNullObject(TABLE_NAMES.tags),
    reasons: context.workbook.tables.getItemOrNullObject(TABLE_NAMES.reasons),
    deadlines: context.workbook.tables.getItemOrNullObject(TABLE_NAMES.deadlines),
    dueSoon: context.workbook.tables.getItemOrNullObject(TABLE_NAMES.dueSoon),
  };
  await context.sync();
  const ranges = Object.fromEntries(
    Object.entries(tables).map(([id, table]) => {
      if (table.isNullObject) return [id, null];
      const range = table.getRange();
      range.load("values");
      return [id, range];
    }),
  ) as Record<keyof typeof tables, Excel.Range | null>;
  // A team table from before the e-mail column has three: the lead types e-mails in the column beside
  // it, which is read with it (a few cells, same sync) and taken when it is an e-mail column.
  const teamBeside = ranges.team ? ranges.team.getColumnsAfter(1) : null;
  teamBeside?.load("values");
  await context.sync();
  const grids = Object.fromEntries(
    Object.entries(ranges).map(([id, range]) => [id, range ? (range.values as Grid) : null]),
  ) as SettingsGrids;
  const teamGrid = grids.team;
  const loaded = loadSettings({
    ...grids,
    team: teamGrid ? teamGridWithBeside(teamGrid, teamBeside ? (teamBeside.values as Grid) : null) : teamGrid,
  });
  if (!loaded.ok) throw new AdapterFailure({ kind: "settingsInvalid", detail: loaded.error.join("; ") });
  return { exists: !sheet.isNullObject, ...loaded.value };
}
