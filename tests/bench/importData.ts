// The import benchmarks' data (tests/bench/importBench.ts on the core, importFakeBench.ts on the fake):
// a multi-platform team sheet of <sheetRows> orders; <files> exports (Taobao and Amazon layouts,
// alternating) of <rowsPerFile> rows each: a third of each file's orders are already on the sheet (half
// of those with news: shipped, a tracking number), a tenth repeat the previous file's, the rest are new.
import type { CellValue, Grid } from "../../src/core/grid";
import type { ExportFile } from "../../src/core/import";
import { DEFAULT_WORKFLOW, statusLabel } from "../../src/core/lifecycle";
import type { TeamMember } from "../../src/core/plan";

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
export const TEAM: TeamMember[] = [
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

export function teamSheet(sheetRows: number): Grid {
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
function orderOf(f: number, r: number, sheetRows: number, rowsPerFile: number): number {
  if (r % 3 === 0) return (f * 7919 + r * 13) % sheetRows;
  if (r % 10 === 1 && f > 0) return sheetRows + (f - 1) * rowsPerFile + r + 1;
  return sheetRows + f * rowsPerFile + r;
}

export function exportFile(f: number, sheetRows: number, rowsPerFile: number): ExportFile {
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
    let n = orderOf(f, r, sheetRows, rowsPerFile);
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
