// The `orderflow` command as a user runs it (`node src/cli/orderflow.cjs`, the bin): start-up and
// `inspect` of a 1,000-row CSV and a 1,000-row XLSX, wall-clock time of whole processes.
// tsx tests/bench/cliBench.ts <repo root> [rows] [runs]  → prints one JSON line (medians, ms).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cellText } from "../../src/core/grid";
import { makeSyntheticSheet } from "./syntheticSheet";

const root = path.resolve(process.argv[2] ?? ".");
const rows = Number(process.argv[3] ?? "1000");
const runs = Number(process.argv[4] ?? "10");
const bin = path.join(root, "src/cli/orderflow.cjs");

async function writeSamples(dir: string): Promise<{ csv: string; xlsx: string }> {
  const grid = makeSyntheticSheet(rows);
  const csv = path.join(dir, "orders.csv");
  const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  writeFileSync(
    csv,
    grid.map((row) => row.map((cell) => quote(cellText(cell))).join(",")).join("\r\n") + "\r\n",
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("订单");
  for (const row of grid) sheet.addRow(row.map((cell) => cell ?? null));
  const xlsx = path.join(dir, "orders.xlsx");
  await workbook.xlsx.writeFile(xlsx);
  return { csv, xlsx };
}

function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, [bin, ...args], { stdio: "ignore" });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "orderflow-cli-bench-"));
  try {
    const { csv, xlsx } = await writeSamples(dir);
    // The first run builds the bundle if it is missing or stale; it is not measured.
    execFileSync(process.execPath, [bin, "--help"], { stdio: "ignore" });
    const helpMs = medianMs(["--help"]);
    const csvMs = medianMs(["inspect", csv]);
    const xlsxMs = medianMs(["inspect", xlsx]);
    console.log(JSON.stringify({ rows, runs, helpMs, csvMs, xlsxMs }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
