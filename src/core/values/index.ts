export { isEmptyMarker } from "./isEmptyMarker";
export { isMasked } from "./isMasked";
export { normalizeText } from "./normalizeText";
export type { NormalizedText } from "./normalizeText";
export { parseOrderId } from "./parseOrderId";
export type { IdCorruption, ParsedId } from "./parseOrderId";
export { stripIdDecorations } from "./stripIdDecorations";
export { parseDateTime } from "./parseDateTime";
export type { DateTimeOptions, ParsedDateTime } from "./parseDateTime";
export {
  daysInMonth,
  formatSerial,
  isValidDateTimeParts,
  MAX_EXCEL_SERIAL,
  partsFromSerial,
  serialFromParts,
} from "./serialFromParts";
export type { DateTimeParts } from "./serialFromParts";
export { serialFromEpoch } from "./serialFromEpoch";
export { parseAmount } from "./parseAmount";
export type { ParsedAmount } from "./parseAmount";
export { parseInteger } from "./parseInteger";
export type { ParsedInteger } from "./parseInteger";
