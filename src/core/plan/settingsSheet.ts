import type { CellValue } from "../grid";
import { columnLetter } from "../grid";
import type { ProblemReason, Workflow } from "../lifecycle";
import type { Stage } from "../lifecycle";
import { preferredLabel, stageNames, workflowToGrid } from "../lifecycle";
import type { Locale } from "../schema";
import type { TagDef } from "../tags";
import { tagsToGrid } from "../tags";
import type { TeamMember } from "./team";
import { teamToGrid } from "./team";
import type { NamedList, SettingsBlock } from "./types";

export const SETTINGS_SHEET = "OrderFlow";

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
    ["键 Key", "中文", "English"],
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
  const listRows = Math.max(...listColumns.map(([, values]) => values.length));
  const listsGrid: CellValue[][] = [listColumns.map(([header]) => header)];
  for (let i = 0; i < listRows; i++) listsGrid.push(listColumns.map(([, values]) => values[i] ?? null));

  const specs: [SettingsBlock["id"], string, CellValue[][], string][] = [
    ["team", "团队 Team", teamToGrid(content.team), TABLE_NAMES.team],
    ["lifecycle", "流程 Lifecycle", workflowToGrid(content.workflow, content.locale), TABLE_NAMES.lifecycle],
    ["tags", "标签 Tags", tagsToGrid(content.tags), TABLE_NAMES.tags],
    ["reasons", "问题原因 Problem reasons", reasonsGrid, TABLE_NAMES.reasons],
    ["lists", "下拉列表（由设置生成）Lists (generated)", listsGrid, TABLE_NAMES.lists],
  ];
  const blocks: SettingsBlock[] = [];
  let column = 0;
  let listsColumn = 0;
  for (const [id, title, grid, tableName] of specs) {
    if (id === "lists") listsColumn = column;
    blocks.push({ id, title, row: 1, column, grid, tableName });
    column += Math.max(...grid.map((r) => r.length)) + 1;
  }
  const listRef = (offset: number, count: number): string => {
    const letter = columnLetter(listsColumn + offset);
    // Header on sheet row 2, values from row 3; an empty list still needs one cell.
    return `=${SETTINGS_SHEET}!$${letter}$3:$${letter}$${2 + Math.max(count, 1)}`;
  };
  const lists: NamedList[] = [
    { name: LIST_NAMES.statuses, reference: listRef(0, statuses.length) },
    { name: LIST_NAMES.closed, reference: listRef(1, closed.length) },
    { name: LIST_NAMES.problemStatuses, reference: listRef(2, problemStatuses.length) },
    { name: LIST_NAMES.reasons, reference: listRef(3, reasons.length) },
    { name: LIST_NAMES.team, reference: `=${TABLE_NAMES.team}[${"姓名 Name"}]` },
  ];
  return { blocks, lists };
}
