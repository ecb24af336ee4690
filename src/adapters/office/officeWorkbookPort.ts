import type { CellValue } from "../../core/grid";
import { cellText, columnLetter, quoteSheet } from "../../core/grid";
import { detectHeader } from "../../core/headers";
import { DEFAULT_WORKFLOW } from "../../core/lifecycle";
import type { ActivityEntry, BulkAction, OrderRow, TeamMember } from "../../core/plan";
import {
  ACTIVITY_SHEET,
  cacheOf,
  onboardingFacts,
  openOrdersFromCache,
  planBulkAction,
  readOrderRows,
  SETTINGS_SHEET,
  sheetAfterWrites,
  TABLE_NAMES,
  teamToGrid,
  planTeamEmailsBeside,
} from "../../core/plan";
import type {
  ActionResult,
  PortError,
  WorkbookOutcome,
  ActionTarget,
  CheckResult,
  OrderCard,
  OrdersPatch,
  OrdersView,
  SelectionInfo,
  SetupSummary,
  SheetInspection,
  WorkbookPort,
  WorkflowOptions,
} from "../../core/port";
import { pickLocale } from "../../core/i18n/translate";
import type { Result } from "../../core/result";
import type { Locale } from "../../core/schema";
import { ok } from "../../core/result";
import { checkRows, formatProblem } from "../../core/rules";

import { parseDateTime } from "../../core/values";
import type { TagDef } from "../../core/tags";
import { parseTags, sameTag, suggestTags } from "../../core/tags";
import { addressToArea, areaToAddress } from "./a1";
import { AdapterFailure } from "./adapterError";
import { applyChange, eventsOffAroundWrites } from "./applyChange";
import { applySettings, onSettingsChanged } from "./applySettings";
import { assertWritable } from "./assertWritable";
import { localNow } from "./clock";
import { createOfficeWarehousePort } from "./officeWarehousePort";
import { readOrderSheet, readWorkflowSettings, SETTING_KEYS } from "./orderSheet";
import {
  noticeCapability,
  NOTIFY_SETTING,
  postActionNotices,
  postOverdueNoticesSoon,
  readNotifySetting,
} from "./postNotifications";
import { readMentions } from "./readMentions";
import { readSnapshot } from "./readSnapshot";
import { refreshWeeklyReview } from "./review";
import { runExcel, undoGroups } from "./runExcel";
import { setupSheet } from "./setupSheet";
import { importOrders } from "./importOrders";
import { loadWithDocument } from "./startup";
import type { SheetLayout } from "./sheetLayout";
import { readLayout, readLayoutIfSetUp, readRowsAt, sheetColumns } from "./sheetLayout";
import { startWorkflowRuntime, workflowRuntime } from "./workflowRuntime";

export { startWorkflowRuntime };

const PREVIEW_ROWS = 5;

/** The language of Office's UI, for texts OrderFlow writes into the workbook for this user. */
function displayLocale(): Locale {
  try {
    return pickLocale(Office.context.displayLanguage);
  } catch {
    return "en-US";
  }
}

/**
 * The WorkbookPort on Office.js: every method one `Excel.run` (plus a read-back of changed rows for
 * the runtime's cache), every failure a typed, bilingual error.
 */
export function createOfficeWorkbookPort(): WorkbookPort {
  selectionLayout.current = null;
  return {
    inspectSheet,
    setupSheet: async (mappingOverrides, choices) => {
      const now = localNow();
      const result = await setupSheet({
        mappingOverrides,
        ...(choices ? { choices } : {}),
        now: now.serial,
        utcOffsetMinutes: now.utcOffsetMinutes,
      });
      if (!result.ok) return result;
      // The workflow now exists: start (or restart) following the sheet's changes, now and whenever
      // the workbook opens.
      await workflowRuntime.start();
      await loadWithDocument();
      workflowRuntime.notify();
      const { syncs: _syncs, ...summary } = result.value;
      return ok(summary satisfies SetupSummary);
    },
    readOrders,
    readOrdersAt,
    getSelection,
    onSelectionChanged,
    onOrdersChanged: (listener) => Promise.resolve(workflowRuntime.subscribe(listener)),
    applyAction,
    checkSheet,
    select,
    saveTeam,
    setOptions,
    readMentions,
    applySettings: async () => {
      const result = await applySettings();
      if (result.ok && !result.value.upToDate) workflowRuntime.notify();
      return result;
    },
    onSettingsChanged,
    refreshReview: (week) => {
      const now = localNow();
      return refreshWeeklyReview({
        week,
        now: now.serial,
        utcOffsetMinutes: now.utcOffsetMinutes,
        locale: displayLocale(),
      });
    },
    importOrders,
    warehouse: createOfficeWarehousePort(applyAction, displayLocale),
  };
}

async function inspectSheet(): Promise<Result<SheetInspection, PortError>> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    const stored = await readWorkflowSettings(context);
    const snapshot = await readSnapshot(context, sheet);
    if (!snapshot) throw new AdapterFailure({ kind: "emptySheet", sheet: sheet.name });
    const detected = detectHeader(snapshot.grid);
    if (!detected.ok) throw new AdapterFailure({ kind: "noHeaderRow", sheet: sheet.name });
    const d = detected.value;
    const fieldOf = new Map(d.columns.map((c) => [c.column, c]));
    const width = Math.max(d.headers.length, 0);
    const setUp =
      stored?.sheetName === sheet.name && d.mapping.status !== undefined && d.mapping.owner !== undefined;
    return {
      sheetName: sheet.name,
      platform: d.platform,
      headerRow: snapshot.origin.row + d.headerRow + 1,
      columns: Array.from({ length: width }, (_, column) => {
        const match = fieldOf.get(column);
        return {
          column,
          letter: columnLetter(snapshot.origin.column + column),
          header: d.headers[column] ?? "",
          field: match?.field ?? null,
          confidence: match?.confidence ?? 0,
        };
      }),
      ambiguities: d.ambiguities.map((a) => ({ field: a.field, columns: a.candidates.map((c) => c.column) })),
      preview: d.dataRows
        .slice(0, PREVIEW_ROWS)
        .map((index) => (snapshot.grid[index] ?? []).slice(0, width).map((v) => cellText(v))),
      dataRows: d.dataRows.length,
      setUp,
      ...onboardingFacts({
        ...d,
        grid: snapshot.grid,
        workflow: DEFAULT_WORKFLOW,
        originRow: snapshot.origin.row,
      }),
    };
  });
}

async function readOrders(): Promise<Result<OrdersView, PortError>> {
  postOverdueNoticesSoon();
  return runExcel(async (context) => {
    const read = await readOrderSheet(context);
    const notify = await readNotifySetting(context);
    const now = localNow();
    const workflow = read.settings.workflow;
    const rows = readOrderRows(read.mapped, workflow);
    return {
      sheetName: read.sheetName,
      options: {
        strict: read.strict,
        autoRoute: read.autoRoute,
        marketMoves: read.marketMoves,
        ...(notify ? { notify } : {}),
      },
      noticeCapability: noticeCapability(),
      now: now.serial,
      stages: workflow.stages.map((stage) => ({
        key: stage.key,
        label: stage.label,
        role: stage.role,
        next: stage.next,
        open: stage.open,
        problemBranch: stage.problemBranch,
        slaHours: stage.slaHours,
        wipLimit: stage.wipLimit ?? null,
        needs: stage.needs,
      })),
      team: read.settings.team,
      tags: read.settings.tags,
      reasons: read.settings.reasons,
      orders: rows.map((row) => orderCard(row, read.settings.tags, read.mapped.platform, now)),
    };
  });
}

/** One order line as the queue and the board show it. */
function orderCard(
  row: OrderRow,
  tagDefs: readonly TagDef[],
  sheetPlatform: string,
  now: { readonly serial: number; readonly utcOffsetMinutes: number },
): OrderCard {
  const due = parseDateTime(row.cell("due"), { utcOffsetMinutes: now.utcOffsetMinutes });
  const dueSerial = due.kind === "ok" ? due.serial : null;
  const tags = parseTags(row.tags);
  return {
    row: row.sheetRow + 1,
    orderId: row.idCorrupted ? damagedIdText(row.cell("orderId")) : row.orderId,
    idCorrupted: row.idCorrupted,
    line: row.line,
    product: row.text("product"),
    buyer: row.text("buyer") || row.text("recipient"),
    platform: row.text("platform") || sheetPlatform,
    status: row.stage?.key ?? null,
    statusText: row.statusText,
    owner: row.owner,
    tags,
    suggestedTags: suggestTags(row.text("buyerNote"), tagDefs)
      .map((s) => s.tag)
      .filter((tag) => !tags.some((t) => sameTag(t, tag, tagDefs))),
    due: dueSerial,
    overdue: dueSerial !== null && dueSerial < now.serial && (row.stage?.open ?? false),
    problem: row.problem,
  };
}

/**
 * The cards of a few sheet rows (1-based), read by row: what the pane patches its views with after an
 * action or an edit, instead of reading the whole sheet again. Rows that hold no order line are left
 * out (the pane drops them).
 */
async function readOrdersAt(rows: readonly number[]): Promise<Result<OrdersPatch, PortError>> {
  return runExcel(async (context) => {
    const { layout, sheet } = await readLayout(context);
    const now = localNow();
    const mapped = await readRowsAt(
      context,
      sheet,
      layout,
      rows.map((row) => row - 1),
    );
    const cards = readOrderRows(mapped, layout.settings.workflow).map((row) =>
      orderCard(row, layout.settings.tags, mapped.platform, now),
    );
    return { now: now.serial, rows: [...rows], orders: cards };
  });
}

/** How Excel shows a destroyed id: never the digits it invented (`35153100000000000`), but `3.51531E+16`. */
function damagedIdText(value: CellValue): string {
  if (typeof value !== "number") return String(value ?? "");
  const [mantissa = "", exponent = "0"] = value.toExponential(5).split("e");
  return `${mantissa.replace(/\.?0+$/, "")}E${exponent.startsWith("-") ? exponent : `+${exponent.replace("+", "")}`}`;
}

async function getSelection(): Promise<Result<SelectionInfo, PortError>> {
  return runExcel(async (context) => selectionFrom(context, await selectedAddress(context)));
}

/**
 * Every selected area ("Orders!A2:A3,Orders!A6"): `getSelectedRange` throws when several are selected
 * (Ctrl-click), `getSelectedRanges` (ExcelApi 1.9) does not
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges).
 */
async function selectedAddress(context: Excel.RequestContext): Promise<string> {
  const areas = context.workbook.getSelectedRanges();
  areas.load("address");
  await context.sync();
  return areas.address;
}

/**
 * The layout the selection handler last read. Selection events come with every click, so the header
 * row and the last row are kept until the sheet changes (the runtime says so) instead of being read
 * again each time.
 */
const selectionLayout: { current: SheetLayout | null } = { current: null };
workflowRuntime.subscribe(() => {
  selectionLayout.current = null;
});

/** The order rows inside a selected address of one or more areas (rows below the header of the set-up sheet only). */
async function selectionFrom(
  context: Excel.RequestContext,
  address: string,
  known?: SheetLayout,
): Promise<SelectionInfo> {
  const areas = splitAreas(address).map((part) => addressToArea(part));
  const layout = known ?? selectionLayout.current ?? (await readLayoutIfSetUp(context))?.layout ?? null;
  if (layout) selectionLayout.current = layout;
  const sheetName = areas[0]?.sheet ?? layout?.sheetName ?? "";
  if (!layout || layout.sheetName !== sheetName) return { sheetName, address, rows: [] };
  const rows = new Set<number>();
  for (const area of areas) {
    const first = Math.max(area.row, layout.headerRow + 1);
    const last = Math.min(area.row + area.rowCount - 1, layout.lastRow);
    for (let row = first; row <= last; row++) rows.add(row + 1);
  }
  return { sheetName, address, rows: [...rows].sort((a, b) => a - b) };
}

/** "'A, b'!A1:A2,'A, b'!C3" → its areas (commas inside quoted sheet names are not separators). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

async function onSelectionChanged(listener: (selection: SelectionInfo) => void): Promise<() => void> {
  const registered = await runExcel(async (context) => {
    const stored = await readWorkflowSettings(context);
    const sheet = stored
      ? context.workbook.worksheets.getItem(stored.sheetName)
      : context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    // Proxies die with their run: the handler keeps the name, not the sheet object.
    const sheetName = sheet.name;
    const handler = sheet.onSelectionChanged.add(async (event) => {
      const info = await runExcel(async (ctx) =>
        selectionFrom(ctx, `${quoteSheet(sheetName)}!${event.address}`),
      );
      if (info.ok) listener(info.value);
    });
    // A click on another sheet must reach the pane too, or it keeps counting the order rows selected
    // before and the next click acts on rows nobody sees: those sheets report no order rows.
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const others = sheets.items
      .filter((other) => other.name !== sheetName)
      .map((other) => {
        const name = other.name;
        return other.onSelectionChanged.add((event) => {
          listener({ sheetName: name, address: `${quoteSheet(name)}!${event.address}`, rows: [] });
          return Promise.resolve();
        });
      });
    await context.sync();
    return [handler, ...others];
  });
  if (!registered.ok) return () => undefined;
  const handlers = registered.value;
  return () => {
    const first = handlers[0];
    if (!first) return;
    // All were added in one run: they share its context and are removed in one request.
    void Excel.run(first.context, async (context) => {
      for (const handler of handlers) handler.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}

async function applyAction(
  action: BulkAction,
  target: ActionTarget,
  who: string,
): Promise<Result<ActionResult, PortError>> {
  const acted: { current: { log: readonly ActivityEntry[]; rows: readonly number[] } | null } = {
    current: null,
  };
  const result = await runExcel(async (context, journal) => {
    const { layout, sheet } = await readLayout(context);
    let rows: number[];
    if (target.kind === "rows") rows = target.rows.map((row) => row - 1);
    else {
      const info = await selectionFrom(context, await selectedAddress(context), layout);
      rows = info.rows.map((row) => row - 1);
    }
    const mapped = await readRowsAt(context, sheet, layout, rows);
    const orderRows = readOrderRows(mapped, layout.settings.workflow);
    const columns = sheetColumns(layout);
    const plan = planBulkAction(orderRows, action, {
      workflow: layout.settings.workflow,
      team: layout.settings.team,
      reasons: layout.settings.reasons,
      now: localNow().serial,
      who,
      autoRoute: layout.autoRoute,
      columns,
      openCounts: workflowRuntime.started
        ? openOrdersFromCache(workflowRuntime.cachedLines, layout.settings.workflow)
        : undefined,
      source: target.kind === "rows" ? (target.from ?? "pane") : "pane",
      deadlines: layout.settings.deadlines,
      platform: layout.platform,
    });
    if (plan.writes.length > 0 || plan.log.length > 0)
      await assertWritable(context, [layout.sheetName, ACTIVITY_SHEET]);
    const logged = await applyChange(context, journal, sheet, plan.writes, plan.log);
    acted.current = { log: plan.log, rows };
    // The cache takes what the plan wrote (the sheet holds exactly that now); the recheck below diffs
    // the sheet again for anything a user changed meanwhile.
    if (plan.applied > 0 && workflowRuntime.started)
      workflowRuntime.absorb(
        cacheOf(readOrderRows(sheetAfterWrites(mapped, plan.writes), layout.settings.workflow)),
      );
    return {
      applied: plan.applied,
      refused: plan.refused,
      logged,
      undo: undoGroups() ? "oneStep" : "perRequest",
      routed: plan.routed,
    } satisfies ActionResult;
  });
  if (result.ok && result.value.applied > 0)
    workflowRuntime.notify(target.kind === "rows" ? target.rows : undefined);
  // Edits made while this run had the runtime's events off were never delivered: diff again (only where
  // events had to be off; elsewhere they were delivered, and a whole-sheet read would cost every action).
  if (eventsOffAroundWrites()) void workflowRuntime.recheck();
  // Comments after the writes, in their own run: a failure there is reported, never undoes the action.
  const done = acted.current;
  if (result.ok && done)
    return ok({ ...result.value, notices: await postActionNotices(done.log, done.rows) });
  return result;
}

async function checkSheet(): Promise<Result<CheckResult, PortError>> {
  return runExcel(async (context) => {
    const read = await readOrderSheet(context);
    const now = localNow();
    const { mapped } = read;
    const problems = checkRows({
      grid: mapped.grid,
      headerRow: mapped.headerRow,
      mapping: mapped.mapping,
      dataRows: mapped.dataRows,
      platform: mapped.platform,
      workflow: read.settings.workflow,
      now: now.serial,
      utcOffsetMinutes: now.utcOffsetMinutes,
      rowOffset: mapped.origin.row,
    });
    const headers = mapped.grid[mapped.headerRow] ?? [];
    return {
      sheetName: read.sheetName,
      checkedRows: mapped.dataRows.length,
      problems: problems.map((p) => {
        const letter = columnLetter(mapped.origin.column + p.column);
        return {
          row: p.row,
          address: areaToAddress(
            { row: p.row - 1, column: mapped.origin.column + p.column, rowCount: 1, columnCount: 1 },
            read.sheetName,
          ),
          column: cellText(headers[p.column]) || letter,
          kind: p.kind,
          field: p.field,
          message: {
            "zh-CN": formatProblem(p, "zh-CN", read.settings.workflow),
            "en-US": formatProblem(p, "en-US", read.settings.workflow),
          },
        };
      }),
    };
  });
}

async function select(address: string): Promise<Result<true, PortError>> {
  const area = addressToArea(address);
  return runExcel(async (context) => {
    const sheet = area.sheet
      ? context.workbook.worksheets.getItemOrNullObject(area.sheet)
      : context.workbook.worksheets.getActiveWorksheet();
    await context.sync();
    if (sheet.isNullObject) throw new AdapterFailure({ kind: "sheetMissing", sheet: area.sheet ?? "" });
    sheet.activate();
    sheet.getRange(areaToAddress(area)).select();
    await context.sync();
    return true as const;
  });
}

async function setOptions(options: Partial<WorkflowOptions>): Promise<Result<true, PortError>> {
  return runExcel(async (context) => {
    const stored = await readWorkflowSettings(context);
    if (!stored) throw new AdapterFailure({ kind: "notSetUp" });
    if (options.strict !== undefined) context.workbook.settings.add(SETTING_KEYS.strict, options.strict);
    if (options.autoRoute !== undefined)
      context.workbook.settings.add(SETTING_KEYS.autoRoute, options.autoRoute);
    if (options.notify !== undefined) context.workbook.settings.add(NOTIFY_SETTING, options.notify ?? false);
    if (options.marketMoves !== undefined)
      context.workbook.settings.add(SETTING_KEYS.marketMoves, options.marketMoves);
    await context.sync();
    return true as const;
  });
}

async function saveTeam(team: readonly TeamMember[]): Promise<Result<true, PortError>> {
  return runExcel(async (context, journal) => {
    const table = context.workbook.tables.getItemOrNullObject(TABLE_NAMES.team);
    await context.sync();
    if (table.isNullObject) throw new AdapterFailure({ kind: "notSetUp" });
    const body = table.getDataBodyRange();
    body.load("rowIndex,columnIndex,rowCount,columnCount,values");
    // A table from before the e-mail column: the e-mails go into the column beside it, as far down as
    // the members reach (the rows added below the table included), so what was there is known.
    const beside = table.getRange().getColumnsAfter(1).getResizedRange(team.length, 0);
    beside.load("values");
    const sheet = table.worksheet;
    sheet.protection.load("protected");
    await context.sync();
    if (sheet.protection.protected)
      throw new AdapterFailure({ kind: "protectedSheet", sheet: SETTINGS_SHEET });
    const rows = teamToGrid(team).slice(1);
    const width = body.columnCount;
    const fit = (row: readonly CellValue[]): string[] =>
      Array.from({ length: width }, (_, i) => cellText(row[i] ?? ""));
    const old = body.values.map((row) => row.map((v) => v as string | number | boolean));
    const emails = planTeamEmailsBeside(width, beside.values as CellValue[][], rows, body.rowCount);
    // The table's rows take the members (blank rows where there are fewer); more members are added
    // through the table, in the same request.
    const inside = Array.from({ length: body.rowCount }, (_, i) => fit(rows[i] ?? []));
    journal.began();
    try {
      if (body.rowCount > 0)
        sheet.getRangeByIndexes(body.rowIndex, body.columnIndex, body.rowCount, width).values = inside;
      if (rows.length > body.rowCount) table.rows.add(undefined, rows.slice(body.rowCount).map(fit));
      // Last in the request: an Excel that grows the table over the e-mail header does so after the
      // rows were added at the table's old width.
      if (emails)
        sheet.getRangeByIndexes(body.rowIndex - 1, body.columnIndex + width, emails.length, 1).values =
          emails;
      await context.sync();
    } catch (error) {
      const besideOld = emails
        ? {
            row: body.rowIndex - 1,
            column: body.columnIndex + width,
            values: (beside.values as CellValue[][]).slice(0, emails.length),
          }
        : null;
      journal.settle(await putTeamBack(context, table, body, old, besideOld));
      throw error;
    }
    return true as const;
  });
}

/**
 * After a failed save: the old rows back (retried), and rows the failed request added blanked.
 * "unchanged" when the table is as it was, "consistent" when it only gained blank rows.
 */
async function putTeamBack(
  context: Excel.RequestContext,
  table: Excel.Table,
  body: Excel.Range,
  old: readonly (readonly (string | number | boolean)[])[],
  besideOld: { row: number; column: number; values: CellValue[][] } | null = null,
): Promise<WorkbookOutcome> {
  const sheet = table.worksheet;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if (old.length > 0)
        sheet.getRangeByIndexes(body.rowIndex, body.columnIndex, old.length, body.columnCount).values =
          old.map((row) => [...row]);
      // The column beside an old table, as it was.
      if (besideOld)
        sheet.getRangeByIndexes(besideOld.row, besideOld.column, besideOld.values.length, 1).values =
          besideOld.values.map((row) => [row[0] ?? ""]);
      const rows = table.rows;
      rows.load("count");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const added = rows.count - old.length;
      if (added <= 0) return "unchanged";
      sheet.getRangeByIndexes(body.rowIndex + old.length, body.columnIndex, added, body.columnCount).values =
        Array.from({ length: added }, () => new Array<string>(body.columnCount).fill(""));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return "consistent";
    } catch {
      // Try again: a passing failure gets another chance.
    }
  }
  return "unknown";
}
