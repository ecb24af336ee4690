import { detectHeader } from "../../src/core/headers";
import type { SeedCell } from "../fakeExcel";
import { makeSampleOrders, SAMPLE_HEADER } from "./sampleOrders";

const NOW = 46351 + 9 / 24; // 2026-11-25 09:00

/** The plain value of a seed cell. */
const valueOf = (cell: SeedCell | undefined): unknown =>
  cell !== null && typeof cell === "object" ? (cell.value ?? null) : cell;
const plain = (grid: SeedCell[][]): unknown[][] => grid.map((row) => row.map(valueOf));

describe("the preview's sample order sheet", () => {
  const grid = makeSampleOrders({ rows: 300, now: NOW });
  const data = plain(grid).slice(2);
  const column = (name: string): number => SAMPLE_HEADER.findIndex((h) => h.includes(name));

  it("is the same sheet every time for the same seed, and another for another seed", () => {
    expect(plain(makeSampleOrders({ rows: 300, now: NOW }))).toEqual(plain(grid));
    expect(plain(makeSampleOrders({ rows: 300, now: NOW, seed: 7 }))).not.toEqual(plain(grid));
  });

  it("maps every column to a field when OrderFlow reads the header", () => {
    const detection = detectHeader(plain(grid) as never);
    if (!detection.ok) throw new Error(JSON.stringify(detection.error));
    expect(detection.value.headerRow).toBe(1);
    expect(detection.value.columns.map((c) => c.field)).toEqual([
      "orderId",
      "platform",
      "shop",
      "createdAt",
      "paidAt",
      "buyer",
      "recipient",
      "city",
      "product",
      "variant",
      "sku",
      "quantity",
      "unitPrice",
      "orderAmount",
      "currency",
      "marketStatus",
      "carrier",
      "tracking",
      "buyerNote",
      "owner",
      "tags",
    ]);
    expect(detection.value.ambiguities).toEqual([]);
  });

  it("keeps the problems the e2e tests and the docs rely on at their rows", () => {
    // Sheet row 9: an id Excel turned into a number; sheet row 15 repeats sheet row 13.
    expect(data[9 - 3]![0]).toBe(3.51531e16);
    expect(data[15 - 3]).toEqual(data[13 - 3]);
    expect(data.some((row) => row[column("Created")] === "11月31日 上午")).toBe(true);
    expect(data.some((row) => row[column("Order amount")] === "约 120 元")).toBe(true);
  });
});
