import { FIELD_LABELS, workflowHeader } from "../fieldLabels";
import type { CellValue } from "../grid";
import type { Message } from "../i18n/translate";
import type { Field } from "../schema";

/** Where a logged change came from. */
export type ActivitySource = "edit" | "paste" | "pane" | "board" | "routing" | "setup" | "import" | "scan";

/** One row of the `Activity` sheet: one change of one field of one order line. */
export interface ActivityEntry {
  /** Excel serial, local time. */
  readonly time: number;
  readonly orderId: string;
  /** The line inside the order: its line id, else SKU or product; "" for single-line orders. */
  readonly line: string;
  readonly field: Field;
  readonly from: string;
  readonly to: string;
  /** The name the user picked in the pane; "" when not picked. */
  readonly by: string;
  readonly source: ActivitySource;
}

export const ACTIVITY_SHEET = "Activity";
export const ACTIVITY_TABLE = "OrderFlowActivity";
export const ACTIVITY_HEADER = [
  "时间 Time",
  "订单号 Order",
  "商品行 Line",
  "字段 Field",
  "原值 From",
  "新值 To",
  "操作人 By",
  "来源 Source",
] as const;

/** How each source is named on the Activity sheet (a manager reads it; the keys are OrderFlow's own). */
export const ACTIVITY_SOURCE_LABELS = {
  edit: { "zh-CN": "手动输入", "en-US": "Typed" },
  paste: { "zh-CN": "粘贴", "en-US": "Paste" },
  pane: { "zh-CN": "任务窗格", "en-US": "Pane" },
  board: { "zh-CN": "看板", "en-US": "Board" },
  routing: { "zh-CN": "自动分配", "en-US": "Auto-routing" },
  setup: { "zh-CN": "设置", "en-US": "Setup" },
  import: { "zh-CN": "导入", "en-US": "Import" },
  scan: { "zh-CN": "扫码", "en-US": "Scan" },
} as const satisfies Record<ActivitySource, Message>;

/**
 * The Field cell for a field: bilingual (`状态 Status`), like the sheet's own header and the columns
 * OrderFlow adds, so one log reads the same to every member whatever the pane's language.
 */
function activityFieldLabel(field: Field): string {
  return workflowHeader(field);
}

/** The Source cell for a source: bilingual (`任务窗格 Pane`), like `activityFieldLabel`. */
function activitySourceLabel(source: ActivitySource): string {
  const label = ACTIVITY_SOURCE_LABELS[source];
  return `${label["zh-CN"]} ${label["en-US"]}`;
}

/** The entry as a row of cells, in `ACTIVITY_HEADER` order. */
export function activityRow(entry: ActivityEntry): CellValue[] {
  return [
    entry.time,
    entry.orderId,
    entry.line,
    activityFieldLabel(entry.field),
    entry.from,
    entry.to,
    entry.by,
    activitySourceLabel(entry.source),
  ];
}

function lookupOf<K extends string>(labels: Readonly<Record<K, Message>>): ReadonlyMap<string, K> {
  const lookup = new Map<string, K>();
  for (const key of Object.keys(labels) as K[]) {
    const label = labels[key];
    // Logs written before labels hold the key itself; a person may have typed one language only.
    for (const text of [key, label["zh-CN"], label["en-US"], `${label["zh-CN"]} ${label["en-US"]}`])
      lookup.set(text.toLowerCase(), key);
  }
  return lookup;
}

const FIELD_LOOKUP = lookupOf(FIELD_LABELS);
const SOURCE_LOOKUP = lookupOf(ACTIVITY_SOURCE_LABELS);

function normalizeCell(cell: CellValue): string {
  return typeof cell === "string" ? cell.trim().replace(/\s+/g, " ").toLowerCase() : "";
}

/**
 * The field an Activity sheet's Field cell names: the key of an old log (`status`), the bilingual
 * label of a new one (`状态 Status`), or either language alone; null for anything else.
 */
export function readActivityField(cell: CellValue): Field | null {
  return FIELD_LOOKUP.get(normalizeCell(cell)) ?? null;
}

/** The source an Activity sheet's Source cell names (key, bilingual label or one language); null otherwise. */
export function readActivitySource(cell: CellValue): ActivitySource | null {
  return SOURCE_LOOKUP.get(normalizeCell(cell)) ?? null;
}
