/**
 * A sheet as plain data: what `Range.values` returns in Excel, what a CSV/XLSX reader produces.
 * Empty cells are `""` (Excel) or `null` (files); both mean empty. Rows may be ragged.
 */
export type CellValue = string | number | boolean | null;
export type GridRow = readonly CellValue[];
export type Grid = readonly GridRow[];

/** Zero-based column index → spreadsheet column letters (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** True for `null`, `""` and strings of white space only. */
export function isBlankCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * True only for a cell with nothing in it (`null` or `""`). Writers use this, not `isBlankCell`: a
 * cell holding a space is still the user's, and OrderFlow never writes over what a user put there.
 */
export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/** The cell as trimmed text ("" when empty); numbers keep JavaScript's shortest round-trip form. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  return String(value);
}

/**
 * A sheet name as it can stand before `!` in an address. Quoting is always valid in Excel, so
 * anything but a plain ASCII name is quoted, and so are names Excel would read as a cell (`Q1`, `R1C1`).
 */
export function quoteSheet(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^(R\d*C\d*|R\d*|C\d*)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
