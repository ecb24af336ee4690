import type { DeadlineSettings } from "../deadlines";
import { describeDeadlineProblem, loadDeadlineSettings } from "../deadlines";
import type { Grid } from "../grid";
import { cellText } from "../grid";
import { bilingual } from "../i18n/translate";
import type { ProblemReason, Workflow } from "../lifecycle";
import {
  DEFAULT_PROBLEM_REASONS,
  DEFAULT_WORKFLOW,
  describeWorkflowProblem,
  loadReasons,
  loadWorkflow,
  workflowColumnOf,
} from "../lifecycle";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { TagDef } from "../tags";
import { DEFAULT_TAGS, describeTagProblem, loadTags } from "../tags";
import { SETUP_MESSAGES } from "./messages";
import type { TeamMember } from "./team";
import { loadTeam } from "./team";

/** The settings sheet's tables as grids (header row first), null or absent for a table that is not there. */
export interface SettingsGrids {
  readonly lifecycle?: Grid | null;
  readonly tags?: Grid | null;
  readonly team?: Grid | null;
  readonly reasons?: Grid | null;
  readonly deadlines?: Grid | null;
  readonly dueSoon?: Grid | null;
}

export interface LoadedSettings {
  readonly workflow: Workflow;
  readonly tags: readonly TagDef[];
  readonly reasons: readonly ProblemReason[];
  readonly team: readonly TeamMember[];
  /** The platforms' shipping deadlines and the due-soon window (presets without the tables). */
  readonly deadlines: DeadlineSettings;
}

/**
 * The team's configuration from the settings sheet's tables, whoever read the cells (the pane through
 * the workbook port, the CLI from the .xlsx file): defaults for a table that is missing, and a table the lead
 * broke refuses the whole with every problem as a bilingual line naming its row (and column).
 * The tables sit with their header on sheet row 2.
 */
export function loadSettings(grids: SettingsGrids): Result<LoadedSettings, string[]> {
  const problems: string[] = [];
  const describe = (described: ReturnType<typeof describeWorkflowProblem>): string =>
    bilingual(described.message, described.params);

  let workflow = DEFAULT_WORKFLOW;
  const lifecycle = grids.lifecycle;
  if (lifecycle) {
    const loaded = loadWorkflow(lifecycle, 2);
    if (loaded.ok) workflow = loaded.value;
    else
      problems.push(
        ...loaded.error.map((p) => {
          const described = describeWorkflowProblem(p);
          // The lead knows a status by its names, not by the internal key (hidden on the sheet).
          const name = "key" in p ? statusName(lifecycle, p.row - 2) : "";
          return describe(
            name === "" ? described : { ...described, params: { ...described.params, key: name } },
          );
        }),
      );
  }
  let tags: readonly TagDef[] = DEFAULT_TAGS;
  if (grids.tags) {
    const loaded = loadTags(grids.tags, 2);
    if (loaded.ok) tags = loaded.value;
    else problems.push(...loaded.error.map((p) => describe(describeTagProblem(p))));
  }
  let team: readonly TeamMember[] = [];
  if (grids.team) {
    const loaded = loadTeam(grids.team);
    if (loaded.ok) team = loaded.value;
    else
      problems.push(
        ...loaded.error.map((p) =>
          p.kind === "unknownRole"
            ? bilingual(SETUP_MESSAGES.teamUnknownRole, { row: p.row + 1, value: p.value })
            : bilingual(SETUP_MESSAGES.teamDuplicateMember, { row: p.row + 1, name: p.name }),
        ),
      );
  }
  const reasons = grids.reasons ? loadReasons(grids.reasons) : DEFAULT_PROBLEM_REASONS;
  const loadedDeadlines = loadDeadlineSettings(grids.deadlines ?? null, grids.dueSoon ?? null);
  if (!loadedDeadlines.ok)
    problems.push(...loadedDeadlines.error.map((p) => describe(describeDeadlineProblem(p))));
  if (problems.length > 0 || !loadedDeadlines.ok) return err(problems);
  return ok({ workflow, tags, reasons, team, deadlines: loadedDeadlines.value });
}

/** A lifecycle row's names as the lead wrote them (`等库存 Waiting stock`), "" when it has none. */
function statusName(grid: Grid, index: number): string {
  const header = (grid[0] ?? []).map((cell) => workflowColumnOf(cellText(cell)));
  const row = grid[index] ?? [];
  const text = (column: "zh" | "en"): string => {
    const at = header.indexOf(column);
    return at < 0 ? "" : cellText(row[at]);
  };
  return [text("zh"), text("en")].filter((name) => name !== "").join(" ");
}
