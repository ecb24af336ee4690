import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../../../src/core/grid";
import { detectHeader } from "../../../src/core/headers";
import type { HeaderDetection } from "../../../src/core/headers";

const PUBLIC = join(__dirname, "../../fixtures/public");

/** Minimal RFC-4180 line splitter for the test only (the file adapter owns real CSV parsing). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function readLines(file: string): string[] {
  return readFileSync(join(PUBLIC, file), "utf8")
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .filter((line) => line !== "");
}

function detected(grid: Grid, fileName: string): HeaderDetection {
  const result = detectHeader(grid, { fileName });
  if (!result.ok) throw new Error(`no header: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe("detectHeader on the public Amazon sample (TSV)", () => {
  const grid: Grid = readLines("amazon/orders_report.tsv").map((line) => line.split("\t"));
  const detection = detected(grid, "orders_report.tsv");

  it("finds the kebab-case header on row 0 and fingerprints Amazon", () => {
    expect([detection.headerRow, detection.platform]).toEqual([0, "amazon"]);
  });

  it("takes all 50 orders as data rows", () => {
    expect(detection.dataRows).toHaveLength(50);
    expect(detection.rowRoles.filter((r) => r === "data")).toHaveLength(50);
  });

  it("maps the order, product and money columns by name", () => {
    const named = Object.fromEntries(detection.columns.map((c) => [c.field, c.header]));
    expect(named).toMatchObject({
      orderId: "order-id",
      createdAt: "purchase-date",
      marketStatus: "order-status",
      product: "product-name",
      quantity: "quantity-purchased",
      lineAmount: "item-price",
      currency: "currency",
      recipient: "recipient-name",
      postalCode: "ship-postal-code",
    });
  });

  it("sees one row per order (no line ids, no repeats)", () => {
    expect(detection.lineLevel).toBe(false);
  });
});

describe("detectHeader on the public Shopify sample (CSV)", () => {
  const grid: Grid = readLines("shopify/orders_export.csv").map(splitCsvLine);
  const detection = detected(grid, "orders_export.csv");
  const idColumn = detection.mapping.orderId ?? -1;

  it("finds the 79-column header on row 0 and fingerprints Shopify", () => {
    expect([detection.headerRow, detection.headers.length, detection.platform]).toEqual([0, 79, "shopify"]);
  });

  it("keeps all 40 line rows and sees 19 orders", () => {
    expect(detection.dataRows).toHaveLength(40);
    expect(new Set(detection.dataRows.map((r) => grid[r]?.[idColumn])).size).toBe(19);
  });

  it("marks exactly the first row of each order as data and the rest as continuation", () => {
    expect(detection.rowRoles.filter((r) => r === "data")).toHaveLength(19);
    expect(detection.rowRoles.filter((r) => r === "continuation")).toHaveLength(21);
    expect(detection.rowRoles.slice(0, 5)).toEqual([
      "header",
      "data",
      "continuation",
      "continuation",
      "continuation",
    ]);
    expect(detection.lineLevel).toBe(true);
  });

  it("maps Name as the order id only because this is Shopify", () => {
    expect(detection.headers[idColumn]).toBe("Name");
  });
});
