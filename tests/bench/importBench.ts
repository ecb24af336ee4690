// One import benchmark run in its own process (so peak memory is this run's alone):
// tsx tests/bench/importBench.ts <sheetRows> <files> <rowsPerFile>  → prints one JSON line.
// The data: tests/bench/importData.ts.
import { detectHeader } from "../../src/core/headers";
import { planImport } from "../../src/core/import";
import { DEFAULT_WORKFLOW } from "../../src/core/lifecycle";
import { exportFile, TEAM, teamSheet } from "./importData";

const sheetRows = Number(process.argv[2] ?? "50000");
const files = Number(process.argv[3] ?? "10");
const rowsPerFile = Number(process.argv[4] ?? "5000");

const grid = teamSheet(sheetRows);
const exports = Array.from({ length: files }, (_, f) => exportFile(f, sheetRows, rowsPerFile));
const inputRssMb = process.memoryUsage().rss / 1024 / 1024;

let t0 = performance.now();
const detection = detectHeader(grid);
if (!detection.ok) throw new Error("benchmark team sheet not recognised");
const detectMs = performance.now() - t0;
t0 = performance.now();
const plan = planImport({
  sheet: {
    grid,
    origin: { row: 0, column: 0 },
    headerRow: detection.value.headerRow,
    dataRows: detection.value.dataRows,
    mapping: detection.value.mapping,
    platform: detection.value.platform,
  },
  sheetName: "Orders",
  workflow: DEFAULT_WORKFLOW,
  team: TEAM,
  exports,
  now: 46_351.5,
  utcOffsetMinutes: 480,
  who: "",
  autoRoute: true,
  applyMarketMoves: false,
});
const mergeMs = performance.now() - t0;
if (!plan.ok) throw new Error(JSON.stringify(plan.error));
const cellsUpdated = plan.value.updates.reduce((sum, w) => sum + w.area.rowCount * w.area.columnCount, 0);

process.stdout.write(
  JSON.stringify({
    sheetRows,
    files,
    rowsPerFile,
    inputRssMb,
    detectMs,
    mergeMs,
    added: plan.value.added,
    changed: plan.value.changed,
    unchanged: plan.value.unchanged,
    duplicates: plan.value.duplicates,
    refused: plan.value.refused.length,
    cellsUpdated,
    logRows: plan.value.log.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + "\n",
);
