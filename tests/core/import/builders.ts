import type { CellValue, Grid } from "../../../src/core/grid";
import { detectHeader } from "../../../src/core/headers";
import type { ImportInput, ImportPlan } from "../../../src/core/import";
import { DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { MappedSheet, TeamMember } from "../../../src/core/plan";
import { displayStatus } from "../../../src/core/plan";

export const NOW = 46_351.5; // 2026-11-25 12:00
export const TEAM_HEADER = [
  "订单号 Order ID",
  "平台 Platform",
  "商品 Product",
  "SKU",
  "数量 Qty",
  "订单金额 Order amount",
  "平台状态 Market status",
  "快递公司 Carrier",
  "快递单号 Tracking",
  "买家留言 Buyer note",
  "状态 Status",
  "负责人 Owner",
  "标签 Tags",
  "截止 Due",
  "问题 Problem",
  "状态时间 Status since",
];
/** Columns of TEAM_HEADER by name, for readable assertions. */
export const C = {
  orderId: 0,
  platform: 1,
  product: 2,
  sku: 3,
  quantity: 4,
  orderAmount: 5,
  marketStatus: 6,
  carrier: 7,
  tracking: 8,
  buyerNote: 9,
  status: 10,
  owner: 11,
  tags: 12,
  due: 13,
  problem: 14,
  statusSince: 15,
} as const;
export const TEAM_COLUMNS = [C.status, C.owner, C.tags, C.due, C.problem, C.statusSince] as const;

const TEAM: readonly TeamMember[] = [
  { name: "李娜", role: "operations", active: true },
  { name: "王芳", role: "warehouse", active: true },
  { name: "张伟", role: "customerService", active: true },
];

export const label = (key: string): string => displayStatus(DEFAULT_WORKFLOW, key);

/** A team row from the fields given; everything else empty. */
export function teamRow(fields: Partial<Record<keyof typeof C, CellValue>>): CellValue[] {
  const row = new Array<CellValue>(TEAM_HEADER.length).fill(null);
  for (const [field, value] of Object.entries(fields)) row[C[field as keyof typeof C]] = value;
  return row;
}

/** A team sheet mapped as the CLI and the adapter map it: by detecting its header. */
function mappedSheet(grid: Grid): MappedSheet {
  const detection = detectHeader(grid);
  if (!detection.ok) throw new Error("team sheet not recognised");
  return {
    grid,
    origin: { row: 0, column: 0 },
    headerRow: detection.value.headerRow,
    dataRows: detection.value.dataRows,
    mapping: detection.value.mapping,
    platform: detection.value.platform,
  };
}

export const TAOBAO_HEADER = [
  "订单编号",
  "买家会员名",
  "订单状态",
  "宝贝标题",
  "物流公司",
  "物流单号",
  "买家实际支付金额",
  "买家留言",
  "订单付款时间",
];
export const AMAZON_HEADER = [
  "order-id",
  "order-item-id",
  "purchase-date",
  "order-status",
  "sku",
  "product-name",
  "quantity-purchased",
  "item-price",
];

export function input(
  grid: Grid,
  exports: ImportInput["exports"],
  extra: Partial<ImportInput> = {},
): ImportInput {
  return {
    sheet: mappedSheet(grid),
    sheetName: "订单 Orders",
    workflow: DEFAULT_WORKFLOW,
    team: TEAM,
    exports,
    now: NOW,
    utcOffsetMinutes: 480,
    who: "",
    autoRoute: true,
    applyMarketMoves: false,
    ...extra,
  };
}

/** The team's sheet after the plan is applied (origin A1), as the file and Office adapters apply it. */
export function applyImport(grid: Grid, plan: ImportPlan): CellValue[][] {
  const next = grid.map((row) => [...row]);
  for (const write of plan.updates) {
    write.values.forEach((values, r) => {
      values.forEach((value, c) => {
        const row = (next[write.area.row + r] ??= []);
        row[write.area.column + c] = value;
      });
    });
  }
  plan.append.values.forEach((values, r) => {
    next[plan.append.row + r] = [...values];
  });
  return next;
}
