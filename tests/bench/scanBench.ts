// One scan benchmark run in its own process: tsx/esbuild tests/bench/scanBench.ts <rows>
// Sets up <rows> orders on the strict fake Excel, opens a scan session (one read of the sheet), then
// "scans" 50 orders: each lookup answered from memory, each ship written with the scanned tracking number.
// Prints the session's read, and per scan the syncs, cells read and time, as one JSON line.
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../src/adapters/office/setupSheet";
import { workflowRuntime } from "../../src/adapters/office/workflowRuntime";
import { createFakeExcel } from "../fakeExcel";
import type { SeedCell } from "../fakeExcel";

const rows = Number(process.argv[2] ?? "10000");
const SCANS = 50;
const NOW = 46351.375;

function seed(count: number): SeedCell[][] {
  const grid: SeedCell[][] = [["订单号", "商品", "SKU", "数量", "物流公司", "物流单号", "订单状态"]];
  for (let i = 0; i < count; i++)
    grid.push([
      `${4_000_000_000_000 + i}`,
      `商品 ${i % 50}`,
      `SKU-${i % 50}`,
      1 + (i % 3),
      "顺丰",
      null,
      "待发货",
    ]);
  return grid;
}

async function main(): Promise<void> {
  const host = createFakeExcel();
  host.workbook.addSheet("Orders", seed(rows));
  host.install();
  const setup = await setupSheet({ now: NOW, utcOffsetMinutes: 480 });
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  const port = createOfficeWorkbookPort();
  await port.saveTeam([{ name: "bench", role: "warehouse", active: true }]);
  // The first SCANS orders are being packed, ready to ship.
  host.workbook.setCells(
    "Orders",
    "H2",
    Array.from({ length: SCANS }, () => ["处理中 Picking & packing"]),
  );
  await workflowRuntime.start();
  const warehouse = port.warehouse;
  if (!warehouse) throw new Error("no warehouse port");

  host.stats.reset();
  let t0 = performance.now();
  const opened = await warehouse.openScanSession();
  const openMs = performance.now() - t0;
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const openSyncs = host.stats.syncs;

  let lookupMs = 0;
  let moveMs = 0;
  let maxSyncs = 0;
  let maxCellsRead = 0;
  let lookupSyncs = 0;
  for (let i = 0; i < SCANS; i++) {
    host.stats.reset();
    t0 = performance.now();
    const match = warehouse.lookupScan(`="${4_000_000_000_000 + i}"`);
    lookupMs += performance.now() - t0;
    lookupSyncs += host.stats.syncs;
    if (match.kind !== "order") throw new Error(`scan ${i}: ${match.kind}`);
    t0 = performance.now();
    const moved = await warehouse.moveScanned({
      orderKey: match.order.key,
      step: "ship",
      who: "bench",
      tracking: `SF${i}`,
      carrier: "顺丰",
    });
    moveMs += performance.now() - t0;
    if (!moved.ok || moved.value.applied !== 1) throw new Error(`move ${i}: ${JSON.stringify(moved)}`);
    maxSyncs = Math.max(maxSyncs, host.stats.syncs);
    maxCellsRead = Math.max(maxCellsRead, moved.value.cellsRead);
  }
  console.log(
    JSON.stringify({
      rows,
      openMs,
      openSyncs,
      scans: SCANS,
      lookupSyncs,
      lookupUs: (lookupMs / SCANS) * 1000,
      moveMs: moveMs / SCANS,
      maxSyncs,
      maxCellsRead,
    }),
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
