export { advanceTarget } from "./advanceTarget";
export { canMove, type MoveRefusal } from "./canMove";
export { DEFAULT_STATUS_KEYS, DEFAULT_WORKFLOW, type DefaultStatusKey } from "./defaultWorkflow";
export { describeWorkflowProblem } from "./describeWorkflowProblem";
export { dueFor } from "./dueFor";
export { findField, NEED_FIELD_LABELS } from "./findField";
export { findStatus, getStage, stageNames } from "./findStatus";
export { loadWorkflow, type WorkflowProblem } from "./loadWorkflow";
export { deriveKey } from "./deriveKey";
export { loadReasons } from "./loadReasons";
export { mapMarketStatus, type MarketStatusInput, type MarketStatusMapping } from "./mapMarketStatus";
export { lifecycleMessages } from "./messages";
export { missingRequired } from "./missingRequired";
export { normalizeLookup } from "./normalizeLookup";
export { DEFAULT_PROBLEM_REASONS, findProblemReason, type ProblemReason } from "./problemReasons";
export { findRole, ROLE_LABELS, ROLES, type Role } from "./roles";
export { splitList, type SplitListResult } from "./splitList";
export { statusLabel, type StatusLabelMode } from "./statusLabel";
export type { Stage, Workflow } from "./workflow";
export {
  WORKFLOW_COLUMN_TITLES,
  WORKFLOW_COLUMNS,
  workflowColumnOf,
  type WorkflowColumn,
} from "./workflowColumns";
export { workflowToGrid } from "./workflowToGrid";
export { proposeStatus, type DefaultReasonKey, type StatusProposal } from "./proposeStatus";
export {
  MAX_VOCABULARY,
  statusVocabulary,
  type StatusVocabulary,
  type StatusWord,
  type VocabularyIssue,
} from "./statusVocabulary";
export {
  applyVocabulary,
  detectLabelLanguage,
  preferredLabel,
  vocabularyConflicts,
  type ConfirmedWord,
  type VocabularyChoice,
  type WordConflict,
} from "./applyVocabulary";
