import { detectHeader } from "../../src/core/headers";
import type { SeedCell } from "../fakeExcel";
import { makeSampleOrders, SAMPLE_HEADER, SAMPLE_TEAM } from "./sampleOrders";

const NOW = 46351 + 9 / 24; // 2026-11-25 09:00

/** The plain value of a seed cell. */
const valueOf = (cell: SeedCell | undefined): unknown =>
  cell !== null && typeof cell === "object" ? (cell.value ?? null) : cell;
const plain = (grid: SeedCell[][]): unknown[][] => grid.map((row) => row.map(valueOf));

describe("the preview's sample order sheet", () => {
  const grid = makeSampleOrders({ rows: 300, now: NOW });
  const header = plain(grid)[1]!;
  const data = plain(grid).slice(2);
  const column = (name: string): number => SAMPLE_HEADER.findIndex((h) => h.includes(name));

  it("is the same sheet every time for the same seed, and another for another seed", () => {
    expect(plain(makeSampleOrders({ rows: 300, now: NOW }))).toEqual(plain(grid));
    expect(plain(makeSampleOrders({ rows: 300, now: NOW, seed: 7 }))).not.toEqual(plain(grid));
  });

  it("has a title row, the bilingual header and the requested lines plus one pasted duplicate", () => {
    expect(header).toEqual([...SAMPLE_HEADER]);
    expect(data).toHaveLength(301);
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

  it("comes from six platforms, in Chinese and English", () => {
    expect(new Set(data.map((row) => row[column("Platform")]))).toEqual(
      new Set(["淘宝", "京东", "拼多多", "抖音", "Amazon", "Shopify"]),
    );
  });

  it("has owners from the sample team on almost every line, and tags on some", () => {
    const owners = data.map((row) => row[column("Owner")]);
    const team = new Set(SAMPLE_TEAM.map((m) => m.name));
    expect(owners.every((o) => o === "" || team.has(o as string))).toBe(true);
    expect(owners.filter((o) => o === "").length).toBeLessThan(30);
    expect(data.filter((row) => row[column("Tags")] !== "").length).toBeGreaterThan(50);
  });

  it("keeps the problems the e2e tests and the docs rely on at their rows", () => {
    // Sheet row 9: an id Excel turned into a number; sheet row 15 repeats sheet row 13.
    expect(data[9 - 3]![0]).toBe(3.51531e16);
    expect(data[15 - 3]).toEqual(data[13 - 3]);
    expect(data.some((row) => row[column("Created")] === "11月31日 上午")).toBe(true);
    expect(data.some((row) => row[column("Order amount")] === "约 120 元")).toBe(true);
  });

  it("dates every order within the ten days before now", () => {
    const created = data
      .map((row) => row[column("Created")])
      .filter((v): v is number => typeof v === "number");
    expect(Math.min(...created)).toBeGreaterThanOrEqual(NOW - 10);
    expect(Math.max(...created)).toBeLessThanOrEqual(NOW);
  });
});
