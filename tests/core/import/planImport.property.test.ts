import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import type { ExportFile } from "../../../src/core/import";
import { planImport } from "../../../src/core/import";
import { AMAZON_HEADER, applyImport, C, input, label, TAOBAO_HEADER, TEAM_HEADER, teamRow } from "./builders";

const ids = fc.constantFrom("1001", "1002", "1003", "1004", "35153131473293579");
const products = fc.constantFrom("杯子", "碗", "=cmd|' /C calc'!A0", "-2+3");
const taobaoStatus = fc.constantFrom(
  "等待买家付款",
  "买家已付款，等待卖家发货",
  "卖家已发货，等待买家确认",
  "交易成功",
  "交易关闭",
  "",
);
const amazonStatus = fc.constantFrom("Pending", "Unshipped", "Shipped", "Cancelled");
const tracking = fc.constantFrom("", "SF1001", "ZT2002", "@SUM(1)");
const teamStatus = fc.constantFrom(
  ...["toProcess", "processing", "shipped", "completed", "cancelled", "afterSales"].map(label),
  "",
  "乱写",
);

const teamGrid = fc
  .array(
    fc.record({
      orderId: ids,
      platform: fc.constantFrom("淘宝", "Amazon", ""),
      product: products,
      marketStatus: taobaoStatus,
      tracking,
      status: teamStatus,
      owner: fc.constantFrom("", "王芳", "Someone"),
      tags: fc.constantFrom("", "加急"),
      problem: fc.constantFrom("", "缺货 Out of stock"),
      due: fc.constantFrom(null, 46_350),
    }),
    { maxLength: 8 },
  )
  .map((rows) => [TEAM_HEADER, ...rows.map((r) => teamRow(r))] as CellValue[][]);

const taobaoFile = fc
  .array(fc.tuple(ids, taobaoStatus, products, tracking), { minLength: 1, maxLength: 6 })
  .map((rows): ExportFile => ({
    file: "ExportOrderList.csv",
    grid: [
      TAOBAO_HEADER,
      ...rows.map(([id, status, product, track]) => [
        `="${id}"`,
        "buyer",
        status,
        product,
        track === "" ? "" : "顺丰",
        track,
        "10.00",
        "",
        "2026-11-24 10:00:00",
      ]),
    ],
  }));
const amazonFile = fc
  .array(fc.tuple(ids, amazonStatus, products), { minLength: 1, maxLength: 6 })
  .map((rows): ExportFile => ({
    file: "amazon_orders.tsv",
    grid: [
      AMAZON_HEADER,
      ...rows.map(([id, status, product]) => [
        id,
        "",
        "2026-11-24T08:00:00+00:00",
        status,
        "SKU1",
        product,
        "1",
        "9.99",
      ]),
    ],
  }));
const exportsOf = fc.array(fc.oneof(taobaoFile, amazonFile), { minLength: 1, maxLength: 3 });

const TEAM_ONLY = [C.status, C.owner, C.tags, C.due, C.statusSince];
const IDENTITY = [C.orderId, C.platform, C.product, C.sku, C.quantity, C.buyerNote];

describe("planImport (properties)", () => {
  it("planned again after it is applied, with the same files, changes nothing", () => {
    fc.assert(
      fc.property(teamGrid, exportsOf, fc.boolean(), (grid, exports, applyMarketMoves) => {
        const first = planImport(input(grid, exports, { applyMarketMoves }));
        if (!first.ok) return false;
        const again = planImport(input(applyImport(grid, first.value), exports, { applyMarketMoves }));
        if (!again.ok) return false;
        expect(again.value).toMatchObject({ added: 0, changed: 0, updates: [], log: [] });
        expect(again.value.unchanged).toBe(first.value.added + first.value.changed + first.value.unchanged);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("never writes the team's columns or identity cells of existing rows, and a problem cell only when empty", () => {
    fc.assert(
      fc.property(teamGrid, exportsOf, (grid, exports) => {
        const plan = planImport(input(grid, exports));
        if (!plan.ok) return false;
        const lastRow = grid.length - 1;
        expect(plan.value.append.row).toBe(lastRow + 1);
        for (const write of plan.value.updates) {
          const { row, column, rowCount } = write.area;
          expect(row + rowCount - 1).toBeLessThanOrEqual(lastRow);
          expect([...TEAM_ONLY, ...IDENTITY]).not.toContain(column);
          if (column === C.problem) {
            for (let r = row; r < row + rowCount; r++) expect(grid[r]?.[C.problem] ?? "").toBe("");
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
