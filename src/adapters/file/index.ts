export { decodeText } from "../exportFiles/decodeText";
export { readSpreadsheet } from "./readSpreadsheet";
export type { ReadError, Spreadsheet } from "./readSpreadsheet";
export type { UnkeptPart } from "./findUnkeptParts";
export { readTeamSettings, readTeamWorkbook } from "./teamWorkbook";
export type { TeamReadError, TeamWorkbook } from "./teamWorkbook";
export { applyImportPlan, writeWorkbookFile } from "./applyImportPlan";
export { readAddinSettings } from "./readAddinSettings";
