// One import benchmark run in its own process (so peak memory is this run's alone):
// tsx tests/bench/importBench.ts <sheetRows> <files> <rowsPerFile>  → prints one JSON line.
// A multi-platform team sheet of <sheetRows> orders; <files> exports (Taobao and Amazon layouts,
// alternating) of <rowsPerFile> rows each: a third of each file's orders are already on the sheet (half
// of those with news: shipped, a tracking number), a tenth repeat the previous file's, the rest are new.
import type { CellValue, Grid } from "../../src/core/grid";
import { detectHeader } from "../../src/core/headers";
import type { ExportFile } from "../../src/core/import";
import { planImport } from "../../src/core/import";
import { DEFAULT_WORKFLOW, statusLabel } from "../../src/core/lifecycle";
import type { TeamMember } from "../../src/core/plan";

const sheetRows = Number(process.argv[2] ?? "50000");
const files = Number(process.argv[3] ?? "10");
const rowsPerFile = Number(process.argv[4] ?? "5000");

const TEAM_HEADER = [
  "订单号 Order ID",
  "平台 Platform",
  "商品 Product",
  "SKU",
  "数量 Qty",
  "订单金额 Order amount",
  "平台状态 Market status",
  "快递公司 Carrier",
  "快递单号 Tracking",
  "状态 Status",
  "负责人 Owner",
  "标签 Tags",
  "截止 Due",
  "问题 Problem",
  "状态时间 Status since",
];
const TEAM: TeamMember[] = [
  { name: "小王", role: "operations", active: true },
  { name: "小李", role: "warehouse", active: true },
  { name: "阿强", role: "customerService", active: true },
  { name: "小美", role: "operations", active: true },
];
const label = (key: string): string => {
  const stage = DEFAULT_WORKFLOW.stages.find((s) => s.key === key);
  return stage ? statusLabel(stage, "bilingual") : key;
};
const taobaoId = (n: number): string => String(3_515_313_147_000_000 + n);
const amazonId = (n: number): string =>
  `503-${String(1_000_000 + (n % 9_000_000)).padStart(7, "0")}-${String(n).padStart(7, "0")}`;
const isAmazon = (n: number): boolean => n % 3 === 0;

function teamSheet(): Grid {
  const grid: CellValue[][] = [TEAM_HEADER.slice()];
  for (let n = 0; n < sheetRows; n++) {
    const amazon = isAmazon(n);
    grid.push([
      amazon ? amazonId(n) : taobaoId(n),
      amazon ? "Amazon" : "淘宝",
      `商品 ${n % 300}`,
      `SKU-${n % 300}`,
      1 + (n % 3),
      20 + (n % 500),
      amazon ? "Unshipped" : "买家已付款，等待卖家发货",
      null,
      null,
      label(n % 2 === 0 ? "toProcess" : "processing"),
      TEAM[n % 4]?.name ?? "",
      n % 7 === 0 ? "加急" : null,
      46_350 + (n % 10),
      null,
      46_349,
    ]);
  }
  return grid;
}

/** Order number of file `f`'s row `r`: existing orders, repeats of the previous file, then new ones. */
function orderOf(f: number, r: number): number {
  if (r % 3 === 0) return (f * 7919 + r * 13) % sheetRows;
  if (r % 10 === 1 && f > 0) return sheetRows + (f - 1) * rowsPerFile + r + 1;
  return sheetRows + f * rowsPerFile + r;
}

function exportFile(f: number): ExportFile {
  const amazon = f % 2 === 1;
  const grid: CellValue[][] = amazon
    ? [
        [
          "order-id",
          "purchase-date",
          "order-status",
          "sku",
          "product-name",
          "quantity-purchased",
          "item-price",
          "tracking-number",
          "carrier",
        ],
      ]
    : [
        [
          "订单编号",
          "订单创建时间",
          "订单状态",
          "商家编码",
          "宝贝标题",
          "购买数量",
          "买家实际支付金额",
          "物流单号",
          "物流公司",
        ],
      ];
  for (let r = 0; r < rowsPerFile; r++) {
    let n = orderOf(f, r);
    // Keep each order on its platform's export: Amazon files carry Amazon-numbered orders.
    if (isAmazon(n) !== amazon) n = amazon ? n - (n % 3) : n - (n % 3) + 1;
    const news = r % 6 === 0;
    grid.push(
      amazon
        ? [
            amazonId(n),
            "2026-11-24T08:00:00Z",
            news ? "Shipped" : "Unshipped",
            `SKU-${n % 300}`,
            `商品 ${n % 300}`,
            String(1 + (n % 3)),
            String(20 + (n % 500)),
            news ? `TBA${n}` : "",
            news ? "Yamato" : "",
          ]
        : [
            `="${taobaoId(n)}"`,
            "2026-11-24 08:00:00",
            news ? "卖家已发货，等待买家确认" : "买家已付款，等待卖家发货",
            `SKU-${n % 300}`,
            `商品 ${n % 300}`,
            String(1 + (n % 3)),
            String(20 + (n % 500)),
            news ? `="SF${n}"` : "",
            news ? "顺丰速运" : "",
          ],
    );
  }
  return { file: amazon ? `amazon-${f}.tsv` : `ExportOrderList-${f}.csv`, grid };
}

const grid = teamSheet();
const exports = Array.from({ length: files }, (_, f) => exportFile(f));
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
