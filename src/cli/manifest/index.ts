export type { ManifestEnvironment } from "./validateManifest";
export { validateManifest } from "./validateManifest";
export type { ManifestProblem, ManifestProblemKind } from "./manifestProblem";
export { describeManifestProblem } from "./manifestProblem";
export { findAssociatedFunctions, probePng, readManifestEnvironment } from "./readManifestEnvironment";
export { manifestMessages } from "./messages";
