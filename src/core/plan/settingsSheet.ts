import type { DeadlineSettings } from "../deadlines";
import { DEFAULT_DEADLINE_SETTINGS, deadlinesToGrid } from "../deadlines";
import type { CellValue } from "../grid";
import type { ProblemReason, Workflow } from "../lifecycle";
import type { Stage } from "../lifecycle";
import { preferredLabel, stageNames, WORKFLOW_COLUMN_TITLES, workflowToGrid } from "../lifecycle";
import type { Locale } from "../schema";
import type { TagDef } from "../tags";
import { tagsToGrid } from "../tags";
import type { TeamMember } from "./team";
import { teamToGrid } from "./team";
import type { NamedList, SettingsBlock } from "./types";

export const SETTINGS_SHEET = "OrderFlow";

/** The reasons table's key column (hidden on the sheet). */
const REASON_KEY_TITLE = "键 Key";

/** Names of the lists that validation and highlight formulas use. */
export const LIST_NAMES = {
  statuses: "OrderFlow_Statuses",
  closed: "OrderFlow_Closed",
  problemStatuses: "OrderFlow_ProblemStatuses",
  team: "OrderFlow_Team",
  reasons: "OrderFlow_Problems",
} as const;

export const TABLE_NAMES = {
  team: "OrderFlowTeam",
  lifecycle: "OrderFlowLifecycle",
  tags: "OrderFlowTags",
  reasons: "OrderFlowReasons",
  lists: "OrderFlowLists",
  deadlines: "OrderFlowDeadlines",
  dueSoon: "OrderFlowDueSoon",
} as const;

/**
 * The status text OrderFlow writes into cells and offers first in dropdowns: the team's preferred word
 * (`待发货`, `待处理`, `To process`: a stage's first spelling), else `待处理 To process`.
 */
export function displayStatus(workflow: Workflow, key: string): string {
  return preferredLabel(workflow, key);
}

/** A stage's texts for a list, without repeats: the preferred one first; `all` adds every label form (not the key). */
function listTexts(workflow: Workflow, stage: Stage, all: boolean): string[] {
  const texts = [
    displayStatus(workflow, stage.key),
    ...(stage.spellings ?? []),
    ...(all ? stageNames(stage).slice(1) : []),
  ];
  return texts.filter(
    (text, index) => texts.findIndex((t) => t.toLowerCase() === text.toLowerCase()) === index,
  );
}

export function displayReason(reason: ProblemReason): string {
  return `${reason.label["zh-CN"]} ${reason.label["en-US"]}`;
}

export interface SettingsContent {
  readonly workflow: Workflow;
  readonly tags: readonly TagDef[];
  readonly reasons: readonly ProblemReason[];
  readonly team: readonly TeamMember[];
  /** The platforms' shipping deadlines and the due-soon window; the presets when omitted. */
  readonly deadlines?: DeadlineSettings;
  /** The lead's language for the lifecycle table's next steps and needed fields (default Chinese). */
  readonly locale?: Locale;
}

/**
 * The settings sheet: four small tables the lead edits in Excel (team, lifecycle, tags, problem
 * reasons) side by side, and a `Lists` block derived from them that the dropdowns and highlight
 * rules read through named ranges. Title on row 1, headers on row 2.
 */
export function planSettingsSheet(content: SettingsContent): { blocks: SettingsBlock[]; lists: NamedList[] } {
  const reasonsGrid: CellValue[][] = [
    [REASON_KEY_TITLE, "中文", "English"],
    ...content.reasons.map((r) => [r.key, r.label["zh-CN"], r.label["en-US"]]),
  ];
  // The dropdown offers each status's preferred word and accepts the team's other words; the closed and
  // problem lists that highlight rules match carry every accepted spelling.
  const wf = content.workflow;
  const statuses = wf.stages.flatMap((s) => listTexts(wf, s, false));
  const closed = wf.stages.filter((s) => !s.open).flatMap((s) => listTexts(wf, s, true));
  const problemStatuses = wf.stages.filter((s) => s.problemBranch).flatMap((s) => listTexts(wf, s, true));
  const reasons = content.reasons.map(displayReason);
  const listColumns: [string, string[]][] = [
    ["状态 Statuses", statuses],
    ["已结束 Closed", closed],
    ["问题状态 Problem statuses", problemStatuses],
    ["问题原因 Problem reasons", reasons],
  ];
  const deadlineGrids = deadlinesToGrid(content.deadlines ?? DEFAULT_DEADLINE_SETTINGS);
  const listRows = Math.max(...listColumns.map(([, values]) => values.length));
  const listsGrid: CellValue[][] = [listColumns.map(([header]) => header)];
  for (let i = 0; i < listRows; i++) listsGrid.push(listColumns.map(([, values]) => values[i] ?? null));

  const specs: [SettingsBlock["id"], string, CellValue[][], string][] = [
    ["team", "团队 Team", teamToGrid(content.team), TABLE_NAMES.team],
    ["lifecycle", "流程 Lifecycle", workflowToGrid(content.workflow, content.locale), TABLE_NAMES.lifecycle],
    ["tags", "标签 Tags", tagsToGrid(content.tags), TABLE_NAMES.tags],
    ["reasons", "问题原因 Problem reasons", reasonsGrid, TABLE_NAMES.reasons],
    ["lists", "下拉列表（由设置生成）Lists (generated)", listsGrid, TABLE_NAMES.lists],
    // After the lists, so the named ranges above keep their columns.
    ["deadlines", "发货时限 Shipping deadlines", deadlineGrids.rules, TABLE_NAMES.deadlines],
    ["dueSoon", "临期提醒 Due soon", deadlineGrids.dueSoon, TABLE_NAMES.dueSoon],
  ];
  // The internal key columns are hidden: the lead reads and writes statuses and reasons by their names.
  const keyColumns: Partial<Record<SettingsBlock["id"], string>> = {
    lifecycle: WORKFLOW_COLUMN_TITLES.key,
    reasons: REASON_KEY_TITLE,
  };
  const blocks: SettingsBlock[] = [];
  let left = 0;
  for (const [id, title, grid, tableName] of specs) {
    const keyColumn = keyColumns[id] === undefined ? -1 : (grid[0] ?? []).indexOf(keyColumns[id]);
    blocks.push({
      id,
      title,
      row: 1,
      column: left,
      grid,
      tableName,
      ...(keyColumn >= 0 ? { hiddenColumns: [keyColumn] } : {}),
    });
    left += Math.max(...grid.map((r) => r.length)) + 1;
  }
  // Names over table columns, so a list is as long as its table column whatever Apply settings writes,
  // and the team list follows the team table as the lead edits it. A defined name may hold a structured
  // reference; list validation and conditional formats may not, but may use the name ("Using structured
  // references with Excel tables", https://support.microsoft.com/office/f5ed2452-2337-4f71-bed3-c8ae6d2b276e;
  // ICAEW Excel Community, "Conditional formatting and spreadsheet review, part two", 2021: a range name
  // on the table column keeps following the table from another sheet).
  // The generated columns differ in length; INDEX:INDEX ends each list at its last value, so a dropdown
  // offers no blank entries (a range, as list validation needs, not an array).
  const column = (header: string): string => {
    const items = `${TABLE_NAMES.lists}[${header}]`;
    return `=INDEX(${items},1):INDEX(${items},MAX(1,COUNTA(${items})))`;
  };
  const [statusHeader, closedHeader, problemHeader, reasonsHeader] = listColumns.map(([header]) => header);
  const lists: NamedList[] = [
    { name: LIST_NAMES.statuses, reference: column(statusHeader!) },
    { name: LIST_NAMES.closed, reference: column(closedHeader!) },
    { name: LIST_NAMES.problemStatuses, reference: column(problemHeader!) },
    { name: LIST_NAMES.reasons, reference: column(reasonsHeader!) },
    { name: LIST_NAMES.team, reference: `=${TABLE_NAMES.team}[${"姓名 Name"}]` },
  ];
  return { blocks, lists };
}
