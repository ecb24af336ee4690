import { lifecycleMessages } from "./messages";
import { normalizeLookup } from "./normalizeLookup";

/** The columns of the lifecycle table on the settings sheet. */
export const WORKFLOW_COLUMNS = [
  "key",
  "zh",
  "en",
  "spellings",
  "role",
  "sla",
  "next",
  "needs",
  "wip",
] as const;
export type WorkflowColumn = (typeof WORKFLOW_COLUMNS)[number];

/** Header text OrderFlow writes for each column. */
export const WORKFLOW_COLUMN_TITLES = {
  key: lifecycleMessages["lifecycle.column.key"]["zh-CN"],
  zh: lifecycleMessages["lifecycle.column.zh"]["zh-CN"],
  en: lifecycleMessages["lifecycle.column.en"]["zh-CN"],
  spellings: lifecycleMessages["lifecycle.column.spellings"]["zh-CN"],
  role: lifecycleMessages["lifecycle.column.role"]["zh-CN"],
  sla: lifecycleMessages["lifecycle.column.sla"]["zh-CN"],
  next: lifecycleMessages["lifecycle.column.next"]["zh-CN"],
  needs: lifecycleMessages["lifecycle.column.needs"]["zh-CN"],
  wip: lifecycleMessages["lifecycle.column.wip"]["zh-CN"],
} as const satisfies Record<WorkflowColumn, string>;

// A header names a column when it contains one of these words, so a lead may shorten or translate titles.
const COLUMN_WORDS = {
  key: ["key", "键", "代码", "code"],
  zh: ["中文", "chinese"],
  en: ["english", "英文"],
  spellings: ["写法", "spelling", "team's words", "团队用词"],
  role: ["角色", "role"],
  sla: ["时限", "sla"],
  next: ["下一步", "next"],
  needs: ["需要", "needs", "必填"],
  wip: ["在制", "wip"],
} as const satisfies Record<WorkflowColumn, readonly string[]>;

/** Which column a header cell names, if any. */
export function workflowColumnOf(header: string): WorkflowColumn | undefined {
  const text = normalizeLookup(header);
  if (text === "") return undefined;
  return WORKFLOW_COLUMNS.find((column) => COLUMN_WORDS[column].some((word) => text.includes(word)));
}
