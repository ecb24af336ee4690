/**
 * The A1 address of a whole sheet row (`Orders!12:12`, `'My orders'!12:12`): what the pane asks
 * `port.select` for when the user clicks an order. A quoted sheet name is always valid in Excel, so
 * anything beyond plain letters, digits and `_` is quoted (and names that look like a cell, `Q1`).
 */
export function rowAddress(sheetName: string, row: number): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  const sheet = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${row}:${row}`;
}
