// One action benchmark run in its own process: tsx/esbuild tests/bench/actionBench.ts <rows>
// Sets up an order sheet of <rows> orders on the strict fake Excel, starts the workflow runtime (as
// the pane does), then advances 3 orders from the pane and prints, as one JSON line, for the action,
// for the pane's refresh after it (the 3 rows read again) and for a whole-sheet refresh (what the pane
// did before): syncs, cells read, cells written and the largest request. Work proportional to the
// change means the action's and the refresh's figures do not grow with the sheet.
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../src/adapters/office/setupSheet";
import { startWorkflowRuntime } from "../../src/adapters/office/workflowRuntime";
import { createFakeExcel } from "../fakeExcel";
import type { SeedCell } from "../fakeExcel";
import { countCells } from "./countCells";

const rows = Number(process.argv[2] ?? "10000");
const NOW = 46351.375;

function seed(count: number): SeedCell[][] {
  const grid: SeedCell[][] = [["订单号", "商品", "数量", "金额", "订单状态", "物流公司", "物流单号"]];
  for (let i = 0; i < count; i++)
    grid.push([`${4_000_000_000_000 + i}`, `商品 ${i % 50}`, 1, 10 + (i % 90), "待发货", null, null]);
  return grid;
}

interface Figures {
  syncs: number;
  cellsRead: number;
  cellsWritten: number;
  largestRequest: number;
  ms: number;
}

async function main(): Promise<void> {
  const host = createFakeExcel();
  host.workbook.addSheet("Orders", seed(rows));
  host.install();
  const setup = await setupSheet({ now: NOW, utcOffsetMinutes: 480 });
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  const started = await startWorkflowRuntime();
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  const port = createOfficeWorkbookPort();
  const counts = countCells();

  const measure = async (run: () => Promise<unknown>): Promise<Figures> => {
    host.stats.reset();
    counts.reset();
    const t0 = performance.now();
    await run();
    return {
      syncs: host.stats.syncs,
      cellsRead: counts.read,
      cellsWritten: counts.written,
      largestRequest: host.stats.largestRequest,
      ms: performance.now() - t0,
    };
  };

  // Three orders in the middle of the sheet, advanced from the pane (待处理 → 处理中).
  const middle = Math.floor(rows / 2) + 2;
  const target = { kind: "rows", rows: [middle, middle + 1, middle + 2], from: "pane" } as const;
  let applied = 0;
  // The pane's views follow the port's change event alone (useOrders); the action's own callback no
  // longer reads the rows a second time. Count the events and take the rows they name.
  const changed: (readonly number[] | undefined)[] = [];
  await port.onOrdersChanged((rows) => void changed.push(rows));
  const action = await measure(async () => {
    const result = await port.applyAction({ kind: "advance" }, target, "bench");
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    applied = result.value.applied;
  });
  // What the pane does after the action, once per change event: read the rows it names and patch its views.
  const named = changed[0];
  if (changed.length !== 1 || !named)
    throw new Error(`expected one change event naming rows: ${JSON.stringify(changed)}`);
  const refresh = await measure(async () => {
    const result = await port.readOrdersAt?.(named);
    if (!result?.ok) throw new Error(JSON.stringify(result));
  });
  // For comparison, what it did before: read the whole sheet again.
  const fullRefresh = await measure(async () => {
    const result = await port.readOrders();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  });
  process.stdout.write(
    JSON.stringify({ rows, applied, changeEvents: changed.length, action, refresh, fullRefresh }) + "\n",
  );
}

void main();
