export { normalizeHeader } from "./normalizeHeader";
export { FIELD_SYNONYMS } from "./fieldSynonyms";
export { matchHeader } from "./matchHeader";
export { mapColumns } from "./mapColumns";
export { detectPlatform } from "./detectPlatform";
export type { RowRole } from "./classifyRows";
export { DEFAULT_MAX_SCAN_ROWS, detectHeader } from "./detectHeader";
export type { HeaderDetection } from "./detectHeader";
export { HEADER_MESSAGES } from "./messages";
