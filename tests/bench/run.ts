// `npm run bench`: each benchmark is bundled with esbuild (plain JavaScript, as webpack ships the
// add-in; tsx's on-the-fly transform wraps every function and would measure itself) and each size runs
// in its own Node process so that peak memory is that size's. Benchmarks print figures; they never
// pass or fail on time (timed tests are flaky on shared CI).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { buildSync } from "esbuild";

interface CoreRun {
  rows: number;
  inputRssMb: number;
  bareMs: number;
  detectMs: number;
  checkMs: number;
  problems: number;
  peakRssMb: number;
}

const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const outDir = mkdtempSync(path.join(tmpdir(), "orderflow-bench-"));

function runChild<T>(script: string, args: string[]): T {
  const bundle = path.join(outDir, script.replace(/\.ts$/, ".js"));
  buildSync({
    entryPoints: [path.join(__dirname, script)],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: bundle,
    logLevel: "warning",
  });
  const out = execFileSync(process.execPath, [bundle, ...args], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
  });
  const last = out.trim().split("\n").pop() ?? "{}";
  return JSON.parse(last) as T;
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log("Core: detect header + normalise + check every row (synthetic Taobao-like sheet, 15 columns)");
console.log(
  [
    "rows",
    "bare pass ms",
    "detect ms",
    "check ms",
    "total ms",
    "rows/s",
    "× bare pass",
    "problems",
    "input RSS MB",
    "peak RSS MB",
  ].join(" | "),
);
for (const rows of sizes) {
  const r = runChild<CoreRun>("coreBench.ts", [String(rows)]);
  const total = r.detectMs + r.checkMs;
  console.log(
    [
      fmt(r.rows),
      fmt(r.bareMs, 1),
      fmt(r.detectMs, 1),
      fmt(r.checkMs, 1),
      fmt(total, 1),
      fmt((r.rows / total) * 1000),
      fmt(total / r.bareMs, 1),
      fmt(r.problems),
      fmt(r.inputRssMb),
      fmt(r.peakRssMb),
    ].join(" | "),
  );
}

interface AdapterRun {
  rows: number;
  setupMs: number;
  setup: { syncs: number; largestRequest: number; largestResponse: number };
  bulkMs: number;
  bulk: { syncs: number; largestRequest: number; largestResponse: number; applied: number };
  naive: { sampleRows: number; syncsPerRow: number; msPerRow: number };
  peakRssMb: number;
}

const MB = 1024 * 1024;
console.log("");
console.log(
  "Office adapter on the strict fake Excel: setup of the whole sheet, then Advance on 1,000 selected rows",
);
console.log(
  "(a row-by-row add-in needs one sync per row: that is the baseline; each real sync is a round trip to Excel)",
);
console.log(
  [
    "rows",
    "setup syncs",
    "row-by-row syncs",
    "setup largest request MB",
    "setup largest response MB",
    "setup ms (fake)",
    "bulk syncs",
    "bulk row-by-row syncs",
    "bulk largest request MB",
    "bulk ms (fake)",
    "peak RSS MB",
  ].join(" | "),
);
for (const rows of sizes) {
  const r = runChild<AdapterRun>("adapterBench.ts", [String(rows)]);
  console.log(
    [
      fmt(r.rows),
      fmt(r.setup.syncs),
      fmt(r.rows * r.naive.syncsPerRow),
      fmt(r.setup.largestRequest / MB, 2),
      fmt(r.setup.largestResponse / MB, 2),
      fmt(r.setupMs),
      fmt(r.bulk.syncs),
      fmt(1000 * r.naive.syncsPerRow),
      fmt(r.bulk.largestRequest / MB, 2),
      fmt(r.bulkMs),
      fmt(r.peakRssMb),
    ].join(" | "),
  );
}

interface ReviewRun {
  orders: number;
  logRows: number;
  inputRssMb: number;
  readMs: number;
  reviewMs: number;
  problems: number;
  activeOrders: number;
  corePeakRssMb: number;
  adapterMs?: number;
  adapterSyncs?: number;
  largestRequest?: number;
  largestResponse?: number;
  peakRssMb?: number;
}

// Weekly review: 100,000 orders with a 500,000-row Activity log (the size), and smaller.
const reviewSizes = (process.env.BENCH_REVIEW_SIZES ?? "10000:50000,100000:500000").split(",");
console.log("");
console.log(
  "Weekly review: read rows + log, classify, KPIs, stage times, top lists, sheet plan (core); whole refresh on the strict fake (adapter)",
);
console.log(
  [
    "orders",
    "log rows",
    "read ms",
    "review ms",
    "problems",
    "core peak RSS MB",
    "refresh on fake ms",
    "syncs",
    "largest request KB",
    "largest response KB",
    "peak RSS MB",
  ].join(" | "),
);
for (const size of reviewSizes) {
  const [orders = "0", logRows = "0"] = size.split(":");
  const r = runChild<ReviewRun>("reviewBench.ts", [orders, logRows, "adapter"]);
  console.log(
    [
      fmt(r.orders),
      fmt(r.logRows),
      fmt(r.readMs, 1),
      fmt(r.reviewMs, 1),
      fmt(r.problems),
      fmt(r.corePeakRssMb),
      fmt(r.adapterMs ?? 0, 1),
      fmt(r.adapterSyncs ?? 0),
      fmt((r.largestRequest ?? 0) / 1024),
      fmt((r.largestResponse ?? 0) / 1024),
      fmt(r.peakRssMb ?? 0),
    ].join(" | "),
  );
}

interface CliRun {
  rows: number;
  runs: number;
  helpMs: number;
  csvMs: number;
  xlsxMs: number;
}

// The command as a user runs it: whole processes, wall clock (aims: start-up < 300 ms, XLSX < 600 ms).
const cli = runChild<CliRun>("cliBench.ts", [path.join(__dirname, "../.."), "1000", "10"]);
console.log("");
console.log(
  `CLI: node src/cli/orderflow.cjs, median of ${cli.runs} runs (aims: start-up < 300 ms, XLSX < 600 ms)`,
);
console.log(
  ["orderflow --help ms", `inspect ${fmt(cli.rows)}-row CSV ms`, `inspect ${fmt(cli.rows)}-row XLSX ms`].join(
    " | ",
  ),
);
console.log([fmt(cli.helpMs), fmt(cli.csvMs), fmt(cli.xlsxMs)].join(" | "));

interface ImportRun {
  sheetRows: number;
  files: number;
  rowsPerFile: number;
  detectMs: number;
  mergeMs: number;
  added: number;
  changed: number;
  unchanged: number;
  duplicates: number;
  cellsUpdated: number;
  logRows: number;
  inputRssMb: number;
  peakRssMb: number;
}

// Import: 10 exports × 5,000 rows merged into a 50,000-row sheet (the size).
const importSizes = (process.env.BENCH_IMPORT_SIZES ?? "50000:10:5000").split(",");
console.log("");
console.log(
  "Import: read exports, match lines, plan the merge (core planImport; detect = the team sheet's header)",
);
console.log(
  [
    "sheet rows",
    "exports × rows",
    "detect ms",
    "merge ms",
    "added",
    "changed",
    "unchanged",
    "duplicates",
    "cells updated",
    "log rows",
    "input RSS MB",
    "peak RSS MB",
  ].join(" | "),
);
for (const size of importSizes) {
  const [sheetRows = "0", files = "0", rowsPerFile = "0"] = size.split(":");
  const r = runChild<ImportRun>("importBench.ts", [sheetRows, files, rowsPerFile]);
  console.log(
    [
      fmt(r.sheetRows),
      `${r.files} × ${fmt(r.rowsPerFile)}`,
      fmt(r.detectMs, 1),
      fmt(r.mergeMs, 1),
      fmt(r.added),
      fmt(r.changed),
      fmt(r.unchanged),
      fmt(r.duplicates),
      fmt(r.cellsUpdated),
      fmt(r.logRows),
      fmt(r.inputRssMb),
      fmt(r.peakRssMb),
    ].join(" | "),
  );
}

interface ImportFakeFigures {
  added: number;
  changed: number;
  logged: number;
  syncs: number;
  cellsRead: number;
  cellsWritten: number;
  largestRequest: number;
  ms: number;
}
interface ImportFakeRun {
  sheetRows: number;
  files: number;
  rowsPerFile: number;
  preview: ImportFakeFigures;
  write: ImportFakeFigures;
}

// The pane's import on the strict fake (tests/bench/importFakeBench.ts): the preview reads the key
// columns and the rows the exports name; the import's syncs grow with the rows written, in chunks.
const importFakeSizes = (process.env.BENCH_IMPORT_FAKE_SIZES ?? "50000:1:5000,50000:10:5000").split(",");
console.log("");
console.log("Import in the pane, on the fake Excel (preview, then import; cells = values read/written)");
console.log(
  [
    "sheet rows",
    "exports × rows",
    "step",
    "added",
    "changed",
    "log rows",
    "syncs",
    "cells read",
    "cells written",
    "largest request B",
    "ms",
  ].join(" | "),
);
for (const size of importFakeSizes) {
  const [sheetRows = "0", files = "0", rowsPerFile = "0"] = size.split(":");
  const r = runChild<ImportFakeRun>("importFakeBench.ts", [sheetRows, files, rowsPerFile]);
  for (const [step, f] of [
    ["preview", r.preview],
    ["import", r.write],
  ] as const) {
    console.log(
      [
        fmt(r.sheetRows),
        `${r.files} × ${fmt(r.rowsPerFile)}`,
        step,
        fmt(f.added),
        fmt(f.changed),
        fmt(f.logged),
        fmt(f.syncs),
        fmt(f.cellsRead),
        fmt(f.cellsWritten),
        fmt(f.largestRequest),
        fmt(f.ms),
      ].join(" | "),
    );
  }
}

interface ActionFigures {
  syncs: number;
  cellsRead: number;
  cellsWritten: number;
  largestRequest: number;
  ms: number;
}
interface ActionRun {
  rows: number;
  applied: number;
  action: ActionFigures;
  refresh: ActionFigures;
  fullRefresh: ActionFigures;
}

// An action on 3 rows: its cost must not grow with the sheet (tests/bench/actionBench.ts).
const actionSizes = (process.env.BENCH_ACTION_SIZES ?? "10000,100000").split(",").map(Number);
console.log("");
console.log(
  "Advance 3 orders from the pane on the strict fake, then refresh the pane's views (3 rows, or the whole sheet as before)",
);
console.log(
  ["rows", "what", "syncs", "cells read", "cells written", "largest request B", "ms (fake)"].join(" | "),
);
for (const rows of actionSizes) {
  const r = runChild<ActionRun>("actionBench.ts", [String(rows)]);
  for (const [what, f] of [
    ["action", r.action],
    ["pane refresh (3 rows)", r.refresh],
    ["whole-sheet refresh (before)", r.fullRefresh],
  ] as const)
    console.log(
      [
        fmt(r.rows),
        what,
        fmt(f.syncs),
        fmt(f.cellsRead),
        fmt(f.cellsWritten),
        fmt(f.largestRequest),
        fmt(f.ms, 1),
      ].join(" | "),
    );
}
interface ScanRun {
  rows: number;
  openMs: number;
  openSyncs: number;
  scans: number;
  lookupSyncs: number;
  lookupUs: number;
  moveMs: number;
  maxSyncs: number;
  maxCellsRead: number;
}

// Scan mode (issue 13): the session reads the sheet once; a scan is answered from memory, a ship costs two syncs.
console.log("");
console.log("Scan: open a session, then scan → ship 50 orders (aim: 0 syncs per lookup, ≤ 2 per move)");
console.log(
  [
    "rows",
    "open ms",
    "open syncs",
    "lookup µs",
    "lookup syncs",
    "move ms",
    "max syncs/move",
    "max cells read/move",
  ].join(" | "),
);
for (const rows of sizes.filter((n) => n <= 100_000)) {
  const r = runChild<ScanRun>("scanBench.ts", [String(rows)]);
  console.log(
    [
      fmt(r.rows),
      fmt(r.openMs),
      fmt(r.openSyncs),
      fmt(r.lookupUs, 1),
      fmt(r.lookupSyncs),
      fmt(r.moveMs, 1),
      fmt(r.maxSyncs),
      fmt(r.maxCellsRead),
    ].join(" | "),
  );
}
