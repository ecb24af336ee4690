export { advanceTarget } from "./advanceTarget";
export { canMove } from "./canMove";
export { DEFAULT_STATUS_KEYS, DEFAULT_WORKFLOW, type DefaultStatusKey } from "./defaultWorkflow";
export { describeWorkflowProblem } from "./describeWorkflowProblem";
export { dueFor } from "./dueFor";
export { findStatus, getStage, stageNames } from "./findStatus";
export { loadWorkflow, type WorkflowProblem } from "./loadWorkflow";
export { deriveKey } from "./deriveKey";
export { loadReasons } from "./loadReasons";
export { mapMarketStatus, type MarketStatusInput } from "./mapMarketStatus";
export { lifecycleMessages } from "./messages";
export { missingRequired } from "./missingRequired";
export { normalizeLookup } from "./normalizeLookup";
export { DEFAULT_PROBLEM_REASONS, findProblemReason, type ProblemReason } from "./problemReasons";
export { findRole, ROLE_LABELS, ROLES, type Role } from "./roles";
export { statusLabel, type StatusLabelMode } from "./statusLabel";
export type { Stage, Workflow } from "./workflow";
export { WORKFLOW_COLUMN_TITLES, workflowColumnOf } from "./workflowColumns";
export { workflowToGrid } from "./workflowToGrid";
export { proposeStatus, type DefaultReasonKey } from "./proposeStatus";
export { statusVocabulary, type StatusVocabulary, type VocabularyIssue } from "./statusVocabulary";
export {
  applyVocabulary,
  detectLabelLanguage,
  preferredLabel,
  vocabularyConflicts,
  type ConfirmedWord,
} from "./applyVocabulary";
