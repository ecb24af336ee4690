// The delimiter of a text export: consistency across lines, the extension trusted unless the header
// disagrees (issue 11: a TSV whose buyer note holds six commas was read as a one-column CSV).
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readSpreadsheet } from "../../../src/adapters/file";

const fixture = (name: string): string => path.join(__dirname, "../../fixtures/cli", name);

describe("the delimiter of a text export", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "orderflow-delimiter-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function read(file: string): Promise<{ format: string; grid: readonly (readonly unknown[])[] }> {
    const result = await readSpreadsheet(file);
    if (!result.ok) throw new Error(result.error.kind);
    return { format: result.value.format, grid: result.value.sheets[0]!.grid };
  }
  const named = (name: string, text: string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("reads a TSV whose buyer note holds six commas as five tab-separated columns", async () => {
    const { format, grid } = await read(fixture("amazon-unshipped.tsv"));
    expect(format).toBe("tsv");
    expect(grid.map((row) => row.length)).toEqual([5, 5, 5, 5]);
    expect(grid[2]![4]).toBe(
      "Leave at the back door, behind the gate, next to the shed, not the front, ring twice, wait, thanks",
    );
  });

  it("reads the same bytes named .csv as a TSV: the header has TABs and no comma", async () => {
    const file = path.join(dir, "amazon-unshipped.csv");
    copyFileSync(fixture("amazon-unshipped.tsv"), file);
    const { format, grid } = await read(file);
    expect(format).toBe("tsv");
    expect(grid[0]).toEqual([
      "order-id",
      "purchase-date",
      "sku",
      "quantity-purchased",
      "delivery-Instructions",
    ]);
  });

  it("reads a comma-separated .txt as a CSV: the header has commas and no TAB", async () => {
    const { format, grid } = await read(
      named("orders.txt", "订单编号,商品,数量\r\n1001,保温杯,2\r\n1002,不粘锅,1\r\n"),
    );
    expect(format).toBe("csv");
    expect(grid[1]).toEqual(["1001", "保温杯", "2"]);
  });

  it("finds semicolons (Excel in many European locales) when the header has no comma", async () => {
    const { grid } = await read(
      named("orders.csv", "Order ID;Product;Note\n1;Mug;\n2;Cup;fragile, handle with care\n"),
    );
    expect(grid.map((row) => row.length)).toEqual([3, 3, 3]);
    expect(grid[2]![2]).toBe("fragile, handle with care");
  });

  it("keeps the extension's TAB when a title row above the header holds commas", async () => {
    const text =
      "Orders, November, shop 1, all, unshipped\norder-id\tsku\tquantity-purchased\nA-1\tMUG\t1\nA-2\tCUP\t2\n";
    const { format, grid } = await read(named("title.tsv", text));
    expect(format).toBe("tsv");
    expect(grid[1]).toEqual(["order-id", "sku", "quantity-purchased"]);
  });

  it("keeps commas inside quotes out of the count (a quoted note in a CSV)", async () => {
    const text = 'id,note\n1,"a, b, c, d, e, f"\n2,plain\n';
    const { format, grid } = await read(named("quoted.tsv", text));
    expect(format).toBe("csv");
    expect(grid[1]).toEqual(["1", "a, b, c, d, e, f"]);
  });
});
