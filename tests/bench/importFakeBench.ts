// One import run on the strict fake Excel, in its own process:
// tsx tests/bench/importFakeBench.ts <sheetRows> <files> <rowsPerFile>  → prints one JSON line.
// The team sheet and exports of importData.ts, the sheet set up by OrderFlow, then the pane's import
// through the real Office adapter: first the preview (dryRun), then the import. For each: syncs, cells
// read and written (values), the largest request and the time. Proportional work means the cells read
// are the key columns of the sheet plus the rows the exports name, and the syncs grow with the rows
// written in chunks, never one per row.
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../src/adapters/office/setupSheet";
import { startWorkflowRuntime } from "../../src/adapters/office/workflowRuntime";
import { createFakeExcel } from "../fakeExcel";
import { countCells } from "./countCells";
import { exportFile, TEAM, teamSheet } from "./importData";

const sheetRows = Number(process.argv[2] ?? "50000");
const files = Number(process.argv[3] ?? "10");
const rowsPerFile = Number(process.argv[4] ?? "5000");
const NOW = 46351.375;

async function main(): Promise<void> {
  const host = createFakeExcel();
  host.workbook.addSheet("Orders", teamSheet(sheetRows));
  host.install();
  const setup = await setupSheet({ now: NOW, utcOffsetMinutes: 480 });
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  const port = createOfficeWorkbookPort();
  const saved = await port.saveTeam(TEAM);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  const started = await startWorkflowRuntime();
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  const exports = Array.from({ length: files }, (_, f) => exportFile(f, sheetRows, rowsPerFile));
  const counts = countCells();

  const measure = async (dryRun: boolean) => {
    host.stats.reset();
    counts.reset();
    const t0 = performance.now();
    const result = await port.importOrders!(exports, { who: "bench", dryRun });
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return {
      added: result.value.added,
      changed: result.value.changed,
      logged: result.value.logged,
      syncs: host.stats.syncs,
      cellsRead: counts.read,
      cellsWritten: counts.written,
      largestRequest: host.stats.largestRequest,
      ms,
    };
  };
  const preview = await measure(true);
  const write = await measure(false);
  process.stdout.write(JSON.stringify({ sheetRows, files, rowsPerFile, preview, write }) + "\n");
}

void main();
