// One benchmark run in its own process (so peak memory is this size's alone):
// tsx tests/bench/coreBench.ts <rows>  → prints one JSON line.
import { cellText } from "../../src/core/grid";
import { detectHeader } from "../../src/core/headers";
import { DEFAULT_WORKFLOW } from "../../src/core/lifecycle";
import { checkRows } from "../../src/core/rules";
import { makeSyntheticSheet } from "./syntheticSheet";

const rows = Number(process.argv[2] ?? "10000");
const grid = makeSyntheticSheet(rows);
const inputRssMb = process.memoryUsage().rss / 1024 / 1024;

// The floor: one bare pass that reads every cell once and does nothing with it.
let t0 = performance.now();
let touched = 0;
for (const row of grid) for (const cell of row) touched += cellText(cell).length > 0 ? 1 : 0;
const bareMs = performance.now() - t0;

t0 = performance.now();
const detection = detectHeader(grid);
if (!detection.ok) throw new Error(`benchmark sheet not recognised: ${JSON.stringify(detection.error)}`);
const detectMs = performance.now() - t0;
t0 = performance.now();
const problems = checkRows({
  grid,
  headerRow: detection.value.headerRow,
  mapping: detection.value.mapping,
  dataRows: detection.value.dataRows,
  platform: detection.value.platform,
  workflow: DEFAULT_WORKFLOW,
  now: 46300,
  utcOffsetMinutes: 480,
});
const checkMs = performance.now() - t0;

process.stdout.write(
  JSON.stringify({
    rows,
    inputRssMb,
    cellsTouched: touched,
    bareMs,
    detectMs,
    checkMs,
    problems: problems.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + "\n",
);
