import type { Locale } from "../schema";
import { NEED_FIELD_LABELS } from "./findField";
import { ROLE_LABELS } from "./roles";
import { WORKFLOW_COLUMN_TITLES, type WorkflowColumn } from "./workflowColumns";
import type { Workflow } from "./workflow";

/**
 * The table's columns in sheet order: the internal key first (titled as not to be edited), the team's
 * words last, so tables written before that column existed keep their layout.
 */
const GRID_COLUMNS: readonly WorkflowColumn[] = [
  "key",
  "zh",
  "en",
  "role",
  "sla",
  "next",
  "needs",
  "wip",
  "spellings",
];

/**
 * The lifecycle table for the settings sheet (what `loadWorkflow` reads back), in the lead's language:
 * next statuses by their labels (`处理中, 异常`), needed fields by their labels (`物流公司, 物流单号`),
 * the team's words comma-separated, roles bilingual, blank SLA for none.
 */
export function workflowToGrid(wf: Workflow, locale: Locale = "zh-CN"): string[][] {
  const header = GRID_COLUMNS.map((column) => WORKFLOW_COLUMN_TITLES[column]);
  const labelOf = (key: string): string => wf.stages.find((stage) => stage.key === key)?.label[locale] ?? key;
  const separator = locale === "zh-CN" ? "、" : ", ";
  const rows = wf.stages.map((stage) => {
    const cells: Record<WorkflowColumn, string> = {
      key: stage.key,
      zh: stage.label["zh-CN"],
      en: stage.label["en-US"],
      spellings: (stage.spellings ?? []).join(", "),
      role:
        stage.role === null ? "" : `${ROLE_LABELS[stage.role]["zh-CN"]} ${ROLE_LABELS[stage.role]["en-US"]}`,
      sla: stage.slaHours === null ? "" : String(stage.slaHours),
      next: stage.next.map(labelOf).join(separator),
      needs: stage.needs
        .map((field) =>
          field in NEED_FIELD_LABELS
            ? NEED_FIELD_LABELS[field as keyof typeof NEED_FIELD_LABELS][locale]
            : field,
        )
        .join(separator),
      wip: stage.wipLimit === undefined ? "" : String(stage.wipLimit),
    };
    return GRID_COLUMNS.map((column) => cells[column]);
  });
  return [header, ...rows];
}
