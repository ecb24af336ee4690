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
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" },
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
