export { decodeText } from "./decodeText";
export type { DecodedText, TextEncoding } from "./decodeText";
export { plainValue, readSpreadsheet } from "./readSpreadsheet";
export type { FileFormat, ReadError, SheetGrid, Spreadsheet } from "./readSpreadsheet";
