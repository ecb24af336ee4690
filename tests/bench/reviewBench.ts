// One weekly-review benchmark run in its own process (peak memory is this run's alone):
// node <bundle> <orders> <logRows> [adapter]  → prints one JSON line.
// Core: read the order rows and the Activity log, classify, KPIs, stage times, top lists, sheet plan.
// With "adapter": the whole refresh on the strict fake Excel (syncs, largest request/response).
import { refreshWeeklyReview } from "../../src/adapters/office/review";
import type { CellValue } from "../../src/core/grid";
import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW } from "../../src/core/lifecycle";
import type { MappedSheet } from "../../src/core/plan";
import { ACTIVITY_HEADER, ACTIVITY_TABLE, displayStatus, readOrderRows } from "../../src/core/plan";
import { planReviewSheet, readActivityLog, reviewWeek } from "../../src/core/review";
import type { Field } from "../../src/core/schema";
import { createFakeExcel } from "../fakeExcel";

const orders = Number(process.argv[2] ?? "100000");
const logRows = Number(process.argv[3] ?? "500000");
const withAdapter = process.argv[4] === "adapter";

/** Monday of 2026-W47; orders spread over the four weeks before its end. */
const MONDAY = 46342;
const NOW = MONDAY + 9 + 9 / 24;
const FIELDS: Field[] = [
  "orderId",
  "buyer",
  "product",
  "createdAt",
  "paidAt",
  "tracking",
  "status",
  "owner",
  "due",
  "problem",
  "statusSince",
];
const HEADERS = [
  "订单编号",
  "买家会员名",
  "宝贝标题",
  "订单创建时间",
  "订单付款时间",
  "物流单号",
  "状态 Status",
  "负责人 Owner",
  "截止 Due",
  "问题 Problem",
  "状态时间 Status since",
];
const PATH = ["toProcess", "processing", "shipped", "delivered", "completed"];
const REASONS = ["缺货 Out of stock", "破损 Damaged", "投诉 Complaint", "错发 Wrong item"];

let seed = 4242;
const next = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

// Orders: each walks the main path some steps; one in twelve detours to on hold or after-sales.
const grid: CellValue[][] = [HEADERS.slice()];
const log: CellValue[][] = [];
const label = (key: string): string => displayStatus(DEFAULT_WORKFLOW, key);
for (let i = 0; i < orders; i++) {
  const created = MONDAY - 21 + (i / orders) * 28 + next(60) / 1440;
  const id = String(3_600_000_000_000_000 + i);
  const product = `商品 ${next(400)}`;
  let time = created;
  let status = "toProcess";
  // Older orders are mostly finished; this week's are spread along the path.
  const steps = created < MONDAY - 3 && next(10) > 0 ? 5 : 1 + next(5);
  for (let s = 1; s < steps && log.length < logRows; s++) {
    const to = PATH[s] ?? "completed";
    time += (4 + next(40)) / 24;
    log.push([time, id, product, "status", label(status), label(to), "小李", "pane"]);
    status = to;
  }
  let problem = "";
  if (i % 12 === 5 && log.length < logRows) {
    const detour =
      status === "toProcess" || status === "processing"
        ? "onHold"
        : status === "completed"
          ? "afterSales"
          : "afterSales";
    time += 0.5;
    problem = REASONS[next(REASONS.length)] ?? "";
    log.push([time, id, product, "status", label(status), label(detour), "小李", "pane"]);
    status = detour;
  }
  grid.push([
    id,
    `buyer${next(20000)}`,
    product,
    created,
    created,
    status === "toProcess" ? "" : `SF${i}`,
    label(status),
    "小李",
    time + 1,
    problem,
    time,
  ]);
}
// Fill the log to its size with owner changes (read and skipped by the review, as in a real log).
for (let i = 0; log.length < logRows; i++) {
  const row = grid[1 + (i % orders)] ?? [];
  log.push([
    MONDAY - 21 + (i / logRows) * 28,
    row[0] ?? "",
    row[2] ?? "",
    "owner",
    "小李",
    "阿强",
    "小李",
    "pane",
  ]);
}
const inputRssMb = process.memoryUsage().rss / 1024 / 1024;

let t0 = performance.now();
const sheet: MappedSheet = {
  grid,
  origin: { row: 0, column: 0 },
  headerRow: 0,
  dataRows: grid.slice(1).map((_, i) => i + 1),
  mapping: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
  platform: "taobao",
};
const rows = readOrderRows(sheet, DEFAULT_WORKFLOW);
const entries = readActivityLog(log);
const readMs = performance.now() - t0;
t0 = performance.now();
const review = reviewWeek({
  workflow: DEFAULT_WORKFLOW,
  reasons: DEFAULT_PROBLEM_REASONS,
  rows,
  platform: "taobao",
  log: entries,
  week: { year: 2026, week: 47 },
  now: NOW,
  utcOffsetMinutes: 480,
});
planReviewSheet(review, DEFAULT_PROBLEM_REASONS, "zh-CN", { pivots: true });
const reviewMs = performance.now() - t0;
const corePeakRssMb = process.resourceUsage().maxRSS / 1024;

const result: Record<string, number | string> = {
  orders,
  logRows: log.length,
  inputRssMb,
  readMs,
  reviewMs,
  problems: review.problems.length,
  activeOrders: review.counts.activeOrders,
  corePeakRssMb,
};

async function adapterRun(): Promise<void> {
  const host = createFakeExcel();
  host.workbook.addSheet("Orders", grid);
  host.workbook.addSheet("Activity", [[...ACTIVITY_HEADER], ...log]);
  host.workbook.addTable("Activity", `A1:H${log.length + 1}`, ACTIVITY_TABLE);
  host.workbook.setSetting("OrderFlow.sheet", "Orders");
  host.install();
  const before = host.stats.syncs;
  const start = performance.now();
  const outcome = await refreshWeeklyReview({ now: NOW, utcOffsetMinutes: 480, locale: "zh-CN" });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  result.adapterMs = performance.now() - start;
  result.adapterSyncs = host.stats.syncs - before;
  result.largestRequest = host.stats.largestRequest;
  result.largestResponse = host.stats.largestResponse;
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
}

void (withAdapter ? adapterRun() : Promise.resolve()).then(() => {
  process.stdout.write(`${JSON.stringify(result)}\n`);
});
