import { cellText } from "../../core/grid";
import type { HeaderDetection } from "../../core/headers";
import { detectHeader } from "../../core/headers";
import type { MappedSheet, SheetSnapshot } from "../../core/plan";
import type { Field } from "../../core/schema";
import { isField } from "../../core/schema";
import { AdapterFailure } from "./adapterError";
import type { WorkbookSettings } from "./readSettings";
import { readSettings } from "./readSettings";
import { readSnapshot } from "./readSnapshot";

/** The workbook settings setup writes (see planSetup). */
export const SETTING_KEYS = {
  sheet: "OrderFlow.sheet",
  mapping: "OrderFlow.mapping",
  strict: "OrderFlow.strict",
  autoRoute: "OrderFlow.autoRoute",
  /** The order sheet's worksheet id (renaming the sheet keeps the workflow on it). */
  sheetId: "OrderFlow.sheetId",
  /** The lead lets an import apply a marketplace status that contradicts the team's (the CLI reads it too). */
  marketMoves: "OrderFlow.importAppliesMarketMoves",
} as const;

export interface OrderSheetRead {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  /** The worksheet's id (stable when the sheet is renamed). */
  readonly sheetId: string;
  readonly snapshot: SheetSnapshot;
  readonly detection: HeaderDetection;
  /** Mapping with the stored header texts applied (columns are found by header, never by position). */
  readonly mapped: MappedSheet;
  readonly settings: WorkbookSettings;
  readonly strict: boolean;
  readonly autoRoute: boolean;
  readonly marketMoves: boolean;
}

/** Reads the workbook settings setup stored; null when this workbook has not been set up. */
export async function readWorkflowSettings(context: Excel.RequestContext): Promise<{
  sheetName: string;
  mapping: Record<string, string>;
  strict: boolean;
  autoRoute: boolean;
  marketMoves: boolean;
} | null> {
  const items = Object.fromEntries(
    Object.entries(SETTING_KEYS).map(([id, key]) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load("value");
      return [id, item];
    }),
  ) as Record<keyof typeof SETTING_KEYS, Excel.Setting>;
  // The sheets' ids and names ride on the same request: the order sheet is the one setup worked on,
  // whatever it is called now.
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  await context.sync();
  if (items.sheet.isNullObject) return null;
  const mapping = items.mapping.isNullObject ? {} : (items.mapping.value as Record<string, string>);
  const byId = items.sheetId.isNullObject
    ? undefined
    : sheets.items.find((sheet) => sheet.id === String(items.sheetId.value));
  const sheetName = byId?.name ?? String(items.sheet.value);
  return {
    sheetName,
    mapping: typeof mapping === "object" && mapping !== null ? mapping : {},
    strict: !items.strict.isNullObject && items.strict.value === true,
    autoRoute: items.autoRoute.isNullObject || items.autoRoute.value !== false,
    marketMoves: !items.marketMoves.isNullObject && items.marketMoves.value === true,
  };
}

/**
 * Reads the set-up order sheet with its mapping: the header is detected again (rows may have been
 * added above it) and each stored field is found by its header text, so columns the user moved or
 * inserted keep working.
 */
export async function readOrderSheet(context: Excel.RequestContext): Promise<OrderSheetRead> {
  const stored = await readWorkflowSettings(context);
  if (!stored) throw new AdapterFailure({ kind: "notSetUp" });
  const sheet = context.workbook.worksheets.getItemOrNullObject(stored.sheetName);
  sheet.load("name,id");
  await context.sync();
  if (sheet.isNullObject) throw new AdapterFailure({ kind: "sheetMissing", sheet: stored.sheetName });
  const snapshot = await readSnapshot(context, sheet);
  if (!snapshot) throw new AdapterFailure({ kind: "emptySheet", sheet: stored.sheetName });
  const detected = detectHeader(snapshot.grid);
  if (!detected.ok) throw new AdapterFailure({ kind: "noHeaderRow", sheet: stored.sheetName });
  const settings = await readSettings(context);
  return {
    sheet,
    sheetName: stored.sheetName,
    sheetId: sheet.id,
    snapshot,
    detection: detected.value,
    mapped: {
      grid: snapshot.grid,
      origin: snapshot.origin,
      headerRow: detected.value.headerRow,
      dataRows: detected.value.dataRows,
      mapping: storedMapping(detected.value, stored.mapping),
      platform: detected.value.platform,
    },
    settings,
    strict: stored.strict,
    autoRoute: stored.autoRoute,
    marketMoves: stored.marketMoves,
  };
}

/** The detected mapping, overridden by the stored field → header text wherever that header still exists. */
export function storedMapping(
  detection: HeaderDetection,
  stored: Readonly<Record<string, string>>,
): Partial<Record<Field, number>> {
  const mapping: Partial<Record<Field, number>> = { ...detection.mapping };
  const byHeader = new Map<string, number>();
  detection.headers.forEach((header, column) => {
    if (!byHeader.has(header)) byHeader.set(header, column);
  });
  for (const [field, header] of Object.entries(stored)) {
    if (!isField(field)) continue;
    const column = byHeader.get(cellText(header));
    if (column !== undefined) assignColumn(mapping, field, column);
  }
  return mapping;
}

/** Maps `field` to `column`, taking the column from whichever field had it (a column is one field). */
export function assignColumn(mapping: Partial<Record<Field, number>>, field: Field, column: number): void {
  for (const [other, taken] of Object.entries(mapping) as [Field, number][]) {
    if (taken === column && other !== field) delete mapping[other];
  }
  mapping[field] = column;
}
