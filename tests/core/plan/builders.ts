import type { CellValue } from "../../../src/core/grid";
import { detectHeader } from "../../../src/core/headers";
import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { MappedSheet, SetupInput, SheetSnapshot, TeamMember } from "../../../src/core/plan";
import { DEFAULT_TAGS } from "../../../src/core/tags";

/** 2026-11-25 09:00 as an Excel serial. */
export const NOW = 46351 + 9 / 24;

export const TEAM: TeamMember[] = [
  { name: "小王", role: "customerService", active: true },
  { name: "小李", role: "operations", active: true },
  { name: "阿强", role: "warehouse", active: true },
  { name: "老张", role: "warehouse", active: true },
  { name: "离职的", role: "warehouse", active: false },
];

/** A Taobao-like team sheet: optional title row, the given extra header columns and rows. */
export function makeOrderGrid(options: {
  title?: boolean;
  header?: string[];
  rows: CellValue[][];
}): CellValue[][] {
  const header = options.header ?? ["订单编号", "宝贝标题", "订单状态", "物流公司", "物流单号"];
  return [...(options.title ? [["好物小店订单", null]] : []), header, ...options.rows];
}

export function snapshotOf(grid: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { sheetName: "Orders", origin: { row: 0, column: 0 }, grid, tables: [], mergedAreas: [], ...extra };
}

export function mappedSheet(snapshot: SheetSnapshot): MappedSheet {
  const detected = detectHeader(snapshot.grid);
  if (!detected.ok) throw new Error(`no header: ${JSON.stringify(detected.error)}`);
  return {
    grid: snapshot.grid,
    origin: snapshot.origin,
    headerRow: detected.value.headerRow,
    dataRows: detected.value.dataRows,
    mapping: detected.value.mapping,
    platform: detected.value.platform,
  };
}

export function setupInput(snapshot: SheetSnapshot, extra: Partial<SetupInput> = {}): SetupInput {
  return {
    snapshot,
    sheet: mappedSheet(snapshot),
    workflow: DEFAULT_WORKFLOW,
    tags: DEFAULT_TAGS,
    reasons: DEFAULT_PROBLEM_REASONS,
    team: TEAM,
    now: NOW,
    utcOffsetMinutes: 480,
    ...extra,
  };
}
