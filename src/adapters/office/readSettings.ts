import type { Grid } from "../../core/grid";
import { bilingual } from "../../core/i18n/translate";
import type { ProblemReason, Workflow } from "../../core/lifecycle";
import {
  DEFAULT_PROBLEM_REASONS,
  DEFAULT_WORKFLOW,
  describeWorkflowProblem,
  loadWorkflow,
} from "../../core/lifecycle";
import type { TeamMember } from "../../core/plan";
import { loadTeam, SETTINGS_SHEET, TABLE_NAMES, teamGridWithBeside } from "../../core/plan";
import type { DeadlineSettings } from "../../core/deadlines";
import { describeDeadlineProblem, loadDeadlineSettings } from "../../core/deadlines";
import type { TagDef } from "../../core/tags";
import { DEFAULT_TAGS, describeTagProblem, loadTags } from "../../core/tags";
import { cellText } from "../../core/grid";
import { AdapterFailure } from "./adapterError";

export interface WorkbookSettings {
  readonly exists: boolean;
  readonly workflow: Workflow;
  readonly tags: readonly TagDef[];
  readonly reasons: readonly ProblemReason[];
  readonly team: readonly TeamMember[];
  /** The platforms' shipping deadlines and the due-soon window (presets without the tables). */
  readonly deadlines: DeadlineSettings;
}

/**
 * Reads the team's configuration from the settings sheet's tables; defaults where the sheet (or a
 * table) does not exist yet. A table the lead broke stops the action with its problems listed.
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
  const grid = (id: keyof typeof tables): Grid | null => (ranges[id] ? (ranges[id].values as Grid) : null);

  const problems: string[] = [];
  let workflow = DEFAULT_WORKFLOW;
  const lifecycleGrid = grid("lifecycle");
  if (lifecycleGrid) {
    const loaded = loadWorkflow(lifecycleGrid, 2);
    if (loaded.ok) workflow = loaded.value;
    else problems.push(...loaded.error.map((p) => bilingualOf(describeWorkflowProblem(p))));
  }
  let tags: readonly TagDef[] = DEFAULT_TAGS;
  const tagsGrid = grid("tags");
  if (tagsGrid) {
    const loaded = loadTags(tagsGrid, 2);
    if (loaded.ok) tags = loaded.value;
    else problems.push(...loaded.error.map((p) => bilingualOf(describeTagProblem(p))));
  }
  let team: readonly TeamMember[] = [];
  const teamGrid = grid("team");
  if (teamGrid) {
    const loaded = loadTeam(teamGridWithBeside(teamGrid, teamBeside ? (teamBeside.values as Grid) : null));
    if (loaded.ok) team = loaded.value;
    else
      problems.push(
        ...loaded.error.map(
          (p) => `${TABLE_NAMES.team} ${p.row}: ${p.kind === "unknownRole" ? p.value : p.name}`,
        ),
      );
  }
  let reasons = DEFAULT_PROBLEM_REASONS;
  const reasonsGrid = grid("reasons");
  if (reasonsGrid) {
    reasons = reasonsGrid
      .slice(1)
      .filter((row) => cellText(row[0]) !== "")
      .map((row) => ({
        key: cellText(row[0]),
        label: {
          "zh-CN": cellText(row[1]) || cellText(row[0]),
          "en-US": cellText(row[2]) || cellText(row[0]),
        },
      }));
  }
  const loadedDeadlines = loadDeadlineSettings(grid("deadlines"), grid("dueSoon"));
  const deadlines = loadedDeadlines.ok ? loadedDeadlines.value : undefined;
  if (!loadedDeadlines.ok)
    problems.push(...loadedDeadlines.error.map((p) => bilingualOf(describeDeadlineProblem(p))));
  if (problems.length > 0 || !deadlines)
    throw new AdapterFailure({ kind: "settingsInvalid", detail: problems.join("; ") });
  return { exists: !sheet.isNullObject, workflow, tags, reasons, team, deadlines };
}

function bilingualOf(described: {
  message: { "zh-CN": string; "en-US": string };
  params: Record<string, string | number>;
}): string {
  return bilingual(described.message, described.params);
}
