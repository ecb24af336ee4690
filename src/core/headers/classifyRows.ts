import type { Grid, GridRow } from "../grid";
import { cellText, isBlankCell } from "../grid";
import type { Field } from "../schema";
import { FIELD_INFO } from "../schema";
import { parseOrderId } from "../values";

export type RowRole = "title" | "blank" | "header" | "data" | "continuation" | "footer";

export interface RowClassification {
  readonly rowRoles: readonly RowRole[];
  readonly dataRows: readonly number[];
  readonly lineLevel: boolean;
}

/**
 * Footer texts: eBay `N record(s) downloaded` / `Seller ID : …`, Lazada `Grand Total`, Chinese `合计`/`总计`,
 * `Total:`. Checked only on rows whose order-id cell is empty or itself holds the footer label.
 */
const FOOTER = /record\(s\) downloaded|records? downloaded|^seller id\b|grand total|合计|总计|^total\s*:/iu;

/** Line-level fields whose presence makes an id-less row an item of the order above (Taobao buyer export). */
const LINE_DATA_FIELDS: readonly Field[] = [
  "product",
  "productId",
  "sku",
  "variant",
  "quantity",
  "unitPrice",
  "lineAmount",
  "lineId",
];

function isBlankRow(row: GridRow | undefined): boolean {
  return row === undefined || row.every((cell) => isBlankCell(cell));
}

function idOf(row: GridRow, column: number | undefined): string {
  if (column === undefined) return "";
  const parsed = parseOrderId(row[column] ?? null);
  switch (parsed.kind) {
    case "ok":
      return parsed.text;
    case "corrupted":
      return parsed.raw;
    case "empty":
      return "";
  }
}

function isFooter(row: GridRow, id: string): boolean {
  if (id !== "" && !FOOTER.test(id)) return false;
  return row.some((cell) => typeof cell === "string" && FOOTER.test(cell.normalize("NFKC").trim()));
}

function filled(row: GridRow, columns: readonly number[]): number {
  return columns.reduce((count, column) => count + (isBlankCell(row[column]) ? 0 : 1), 0);
}

/** Order-level columns of a mapping besides the order id: what a line of the order above leaves blank. */
export function orderLevelColumns(mapping: Readonly<Partial<Record<Field, number>>>): number[] {
  return (Object.entries(mapping) as [Field, number][])
    .filter(([f]) => f !== "orderId" && FIELD_INFO[f].level === "order")
    .map(([, c]) => c);
}

/**
 * Whether an id-less row is a further line of the order on `head` (its order-level cells mostly
 * blank), rather than an order of its own that lost its id: `head` fills at least two order-level
 * cells and the row at most half as many.
 */
export function continuesOrder(row: GridRow, head: GridRow, orderColumns: readonly number[]): boolean {
  const headCells = filled(head, orderColumns);
  return headCells < 2 || filled(row, orderColumns) * 2 <= headCells;
}

/**
 * Roles of every grid row around a found header: title/blank above it; after it blank, footer (and all
 * rows after a footer), continuation (rows of the order above: same id with the order-level cells blank,
 * an item after an eBay summary row, or no id but line data) and data.
 */
export function classifyRows(
  grid: Grid,
  headerRow: number,
  mapping: Readonly<Partial<Record<Field, number>>>,
): RowClassification {
  const idColumn = mapping.orderId;
  const mapped = Object.entries(mapping) as [Field, number][];
  const orderColumns = orderLevelColumns(mapping);
  const lineColumns = mapped.filter(([f]) => LINE_DATA_FIELDS.includes(f)).map(([, c]) => c);
  const rowRoles: RowRole[] = [];
  const dataRows: number[] = [];
  const seen = new Set<string>();
  let repeated = false;
  let footerSeen = false;
  let current: { id: string; orderCells: number; hadLineData: boolean; row: GridRow } | null = null;

  grid.forEach((row, index) => {
    if (index < headerRow) {
      rowRoles.push(isBlankRow(row) ? "blank" : "title");
      return;
    }
    if (index === headerRow) {
      rowRoles.push("header");
      return;
    }
    if (isBlankRow(row)) {
      rowRoles.push("blank");
      return;
    }
    const id = idOf(row, idColumn);
    if (footerSeen || isFooter(row, id)) {
      footerSeen = true;
      rowRoles.push("footer");
      return;
    }
    const orderCells = filled(row, orderColumns);
    const hasLineData = filled(row, lineColumns) > 0;
    let role: RowRole = "data";
    if (id === "") {
      if (current !== null && hasLineData && continuesOrder(row, current.row, orderColumns))
        role = "continuation";
    } else if (current !== null && id === current.id) {
      const sparse = current.orderCells >= 2 && orderCells * 2 <= current.orderCells;
      role = sparse || !current.hadLineData ? "continuation" : "data";
      repeated = true;
    } else {
      if (seen.has(id)) repeated = true;
      seen.add(id);
      current = { id, orderCells, hadLineData: hasLineData, row };
    }
    rowRoles.push(role);
    dataRows.push(index);
  });

  const lineLevel = repeated || mapping.lineId !== undefined || rowRoles.includes("continuation");
  return { rowRoles, dataRows, lineLevel };
}

/** Trimmed text of each header cell (for reports and ColumnMatch.header). */
export function headerTexts(row: GridRow | undefined): string[] {
  return (row ?? []).map((cell) => cellText(cell));
}
