// One adapter benchmark run in its own process: tsx/esbuild tests/bench/adapterBench.ts <rows>
// Sets up an order sheet of <rows> orders on the strict fake Excel, then advances 1,000 selected
// rows, and prints syncs, the largest request/response and the time of each, as one JSON line.
// Beside it, a row-by-row writer (one sync per row, what a naive add-in does) is measured on the
// first 2,000 rows and its sync count for the whole sheet stated (one per row).
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../src/adapters/office/setupSheet";
import { createFakeExcel } from "../fakeExcel";
import type { SeedCell } from "../fakeExcel";

const rows = Number(process.argv[2] ?? "10000");
const NOW = 46351.375;

function seed(count: number): SeedCell[][] {
  const grid: SeedCell[][] = [["订单号", "商品", "数量", "金额", "订单状态", "物流公司", "物流单号"]];
  for (let i = 0; i < count; i++) {
    grid.push([
      `${4_000_000_000_000 + i}`,
      `商品 ${i % 50}`,
      1 + (i % 3),
      10 + (i % 90),
      "待发货",
      i % 10 === 0 ? null : "顺丰",
      i % 10 === 0 ? null : `SF${i}`,
    ]);
  }
  return grid;
}

async function main(): Promise<void> {
  const host = createFakeExcel();
  host.workbook.addSheet("Orders", seed(rows));
  host.install();

  host.stats.reset();
  let t0 = performance.now();
  const setup = await setupSheet({ now: NOW, utcOffsetMinutes: 480 });
  const setupMs = performance.now() - t0;
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  const setupStats = {
    syncs: host.stats.syncs,
    largestRequest: host.stats.largestRequest,
    largestResponse: host.stats.largestResponse,
  };

  // Move the first 1,000 orders to 处理中 so that Advance has somewhere to go (shipped needs tracking).
  host.workbook.setCells(
    "Orders",
    "H2",
    Array.from({ length: Math.min(1000, rows) }, () => ["处理中 Picking & packing"]),
  );
  await host.select("Orders", `A2:H${Math.min(1000, rows) + 1}`);
  const port = createOfficeWorkbookPort();
  host.stats.reset();
  t0 = performance.now();
  const bulk = await port.applyAction({ kind: "advance" }, { kind: "selection" }, "bench");
  const bulkMs = performance.now() - t0;
  if (!bulk.ok) throw new Error(JSON.stringify(bulk.error));
  const bulkStats = {
    syncs: host.stats.syncs,
    largestRequest: host.stats.largestRequest,
    largestResponse: host.stats.largestResponse,
    applied: bulk.value.applied,
  };

  // Baseline: row by row, one Excel.run and one sync per row, on the first 2,000 rows.
  const sample = Math.min(2000, rows);
  host.stats.reset();
  t0 = performance.now();
  for (let r = 0; r < sample; r++) {
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Orders").getRangeByIndexes(r + 1, 13, 1, 1);
      cell.values = [["x"]];
      await context.sync();
    });
  }
  const naiveMs = performance.now() - t0;
  process.stdout.write(
    JSON.stringify({
      rows,
      setupMs,
      setup: setupStats,
      bulkMs,
      bulk: bulkStats,
      naive: { sampleRows: sample, syncsPerRow: host.stats.syncs / sample, msPerRow: naiveMs / sample },
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }) + "\n",
  );
}

void main();
