export { decodeText } from "../exportFiles/decodeText";
export type { DecodedText, TextEncoding } from "../exportFiles/decodeText";
export { plainValue, readSpreadsheet } from "./readSpreadsheet";
export type { FileFormat, ReadError, SheetGrid, Spreadsheet } from "./readSpreadsheet";
export type { UnkeptPart } from "./findUnkeptParts";
export { readTeamSettings, readTeamWorkbook } from "./teamWorkbook";
export type { TeamReadError, TeamWorkbook } from "./teamWorkbook";
export { applyImportPlan, writeWorkbookFile } from "./applyImportPlan";
export { readAddinSettings } from "./readAddinSettings";
