export { ActionOutcome } from "./ActionOutcome";
export { ErrorBar } from "./ErrorBar";
export { ErrorBoundary } from "./ErrorBoundary";
export { OwnerBadge } from "./OwnerBadge";
export { TagBadge } from "./TagBadge";
export { WhoAmIPicker } from "./WhoAmIPicker";
export { MoveFieldsForm } from "./MoveFieldsForm";
