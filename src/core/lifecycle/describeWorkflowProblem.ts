import type { Message, MessageParams } from "../i18n/translate";
import { exhaustiveSwitchError } from "../result";
import type { WorkflowProblem } from "./loadWorkflow";
import { lifecycleMessages } from "./messages";
import { WORKFLOW_COLUMN_TITLES, type WorkflowColumn } from "./workflowColumns";

/** The column of the lifecycle table each cell problem is in: a broken row is named by row and column. */
const PROBLEM_COLUMN = {
  unknownRole: "role",
  invalidSla: "sla",
  invalidWip: "wip",
  negativeSla: "sla",
  unknownNext: "next",
  unknownNeed: "needs",
} as const satisfies Partial<Record<WorkflowProblem["kind"], WorkflowColumn>>;

/** A lifecycle-table problem as a message and its params for `translate`. */
export function describeWorkflowProblem(problem: WorkflowProblem): {
  readonly message: Message;
  readonly params: MessageParams;
} {
  switch (problem.kind) {
    case "missingColumn":
      return {
        message: lifecycleMessages["lifecycle.workflow.missingColumn"],
        params: { column: WORKFLOW_COLUMN_TITLES[problem.column] },
      };
    case "noStatuses":
      return { message: lifecycleMessages["lifecycle.workflow.noStatuses"], params: {} };
    case "emptyKey":
      return { message: lifecycleMessages["lifecycle.workflow.emptyKey"], params: { row: problem.row } };
    case "duplicateKey":
      return {
        message: lifecycleMessages["lifecycle.workflow.duplicateKey"],
        params: { row: problem.row, key: problem.key, firstRow: problem.firstRow },
      };
    case "duplicateLabel":
      return {
        message: lifecycleMessages["lifecycle.workflow.duplicateLabel"],
        params: { row: problem.row, label: problem.label, firstRow: problem.firstRow },
      };
    case "emptyLabel":
      return {
        message: lifecycleMessages["lifecycle.workflow.emptyLabel"],
        params: {
          row: problem.row,
          key: problem.key,
          language: problem.language === "zh-CN" ? "中文" : "English",
        },
      };
    case "unknownRole":
    case "invalidSla":
    case "invalidWip":
    case "negativeSla":
    case "unknownNext":
    case "unknownNeed":
      return {
        message: lifecycleMessages[`lifecycle.workflow.${problem.kind}`],
        params: {
          row: problem.row,
          column: WORKFLOW_COLUMN_TITLES[PROBLEM_COLUMN[problem.kind]],
          key: problem.key,
          value: problem.value,
        },
      };
    case "spellingTaken":
      return {
        message: lifecycleMessages["lifecycle.workflow.spellingTaken"],
        params: {
          row: problem.row,
          column: WORKFLOW_COLUMN_TITLES.spellings,
          key: problem.key,
          value: problem.value,
          other: problem.other,
        },
      };
    default:
      return exhaustiveSwitchError(problem);
  }
}
