import { ROLE_LABELS } from "./roles";
import { WORKFLOW_COLUMN_TITLES, WORKFLOW_COLUMNS } from "./workflowColumns";
import type { Workflow } from "./workflow";

/**
 * The lifecycle table for the settings sheet (what `loadWorkflow` reads back): roles bilingual,
 * next statuses and needed fields by key, blank SLA for none.
 */
export function workflowToGrid(wf: Workflow): string[][] {
  const header = WORKFLOW_COLUMNS.map((column) => WORKFLOW_COLUMN_TITLES[column]);
  const rows = wf.stages.map((stage) => [
    stage.key,
    stage.label["zh-CN"],
    stage.label["en-US"],
    stage.role === null ? "" : `${ROLE_LABELS[stage.role]["zh-CN"]} ${ROLE_LABELS[stage.role]["en-US"]}`,
    stage.slaHours === null ? "" : String(stage.slaHours),
    stage.next.join(", "),
    stage.needs.join(", "),
    stage.wipLimit === undefined ? "" : String(stage.wipLimit),
  ]);
  return [header, ...rows];
}
