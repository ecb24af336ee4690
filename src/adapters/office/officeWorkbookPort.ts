import type { CellValue } from "../../core/grid";
import { cellText, columnLetter, quoteSheet } from "../../core/grid";
import { detectHeader } from "../../core/headers";
import type { ActivityEntry, BulkAction, TeamMember } from "../../core/plan";
import {
  cacheOf,
  openOrdersFromCache,
  planBulkAction,
  readOrderRows,
  SETTINGS_SHEET,
  TABLE_NAMES,
  teamToGrid,
} from "../../core/plan";
import type {
  ActionResult,
  PortError,
  ActionTarget,
  CheckResult,
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
import { parseTags, sameTag, suggestTags } from "../../core/tags";
import { addressToArea, areaToAddress } from "./a1";
import { AdapterFailure } from "./adapterError";
import { appendActivity } from "./activityLog";
import { localNow } from "./clock";
import { readOrderSheet, readWorkflowSettings, SETTING_KEYS } from "./orderSheet";
import {
  noticeCapability,
  NOTIFY_SETTING,
  postActionNotices,
  postOverdueNoticesSoon,
  readNotifySetting,
} from "./postNotifications";
import { readSnapshot } from "./readSnapshot";
import { refreshWeeklyReview } from "./review";
import { runExcel } from "./runExcel";
import { setupSheet } from "./setupSheet";
import { loadWithDocument } from "./startup";
import type { SheetLayout } from "./sheetLayout";
import { readLayout, readLayoutIfSetUp, readRowsAt, sheetColumns } from "./sheetLayout";
import { applyWrites, startWorkflowRuntime, workflowRuntime } from "./workflowRuntime";

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
    setupSheet: async (mappingOverrides) => {
      const now = localNow();
      const result = await setupSheet({
        mappingOverrides,
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
    getSelection,
    onSelectionChanged,
    onOrdersChanged: (listener) => Promise.resolve(workflowRuntime.subscribe(listener)),
    applyAction,
    checkSheet,
    select,
    saveTeam,
    setOptions,
    refreshReview: (week) => {
      const now = localNow();
      return refreshWeeklyReview({
        week,
        now: now.serial,
        utcOffsetMinutes: now.utcOffsetMinutes,
        locale: displayLocale(),
      });
    },
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
      options: { strict: read.strict, autoRoute: read.autoRoute, ...(notify ? { notify } : {}) },
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
      })),
      team: read.settings.team,
      tags: read.settings.tags,
      reasons: read.settings.reasons,
      orders: rows.map((row) => {
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
          platform: row.text("platform") || read.mapped.platform,
          status: row.stage?.key ?? null,
          statusText: row.statusText,
          owner: row.owner,
          tags,
          suggestedTags: suggestTags(row.text("buyerNote"), read.settings.tags)
            .map((s) => s.tag)
            .filter((tag) => !tags.some((t) => sameTag(t, tag, read.settings.tags))),
          due: dueSerial,
          overdue: dueSerial !== null && dueSerial < now.serial && (row.stage?.open ?? false),
          problem: row.problem,
        };
      }),
    };
  });
}

/** How Excel shows a destroyed id: never the digits it invented (`35153100000000000`), but `3.51531E+16`. */
function damagedIdText(value: CellValue): string {
  if (typeof value !== "number") return String(value ?? "");
  const [mantissa = "", exponent = "0"] = value.toExponential(5).split("e");
  return `${mantissa.replace(/\.?0+$/, "")}E${exponent.startsWith("-") ? exponent : `+${exponent.replace("+", "")}`}`;
}

async function getSelection(): Promise<Result<SelectionInfo, PortError>> {
  return runExcel(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return selectionFrom(context, range.address);
  });
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

/** The order rows inside a selected address (rows below the header of the set-up sheet only). */
async function selectionFrom(
  context: Excel.RequestContext,
  address: string,
  known?: SheetLayout,
): Promise<SelectionInfo> {
  const area = addressToArea(address);
  const layout = known ?? selectionLayout.current ?? (await readLayoutIfSetUp(context))?.layout ?? null;
  if (layout) selectionLayout.current = layout;
  const sheetName = area.sheet ?? layout?.sheetName ?? "";
  if (!layout || layout.sheetName !== sheetName) return { sheetName, address, rows: [] };
  const first = Math.max(area.row, layout.headerRow + 1);
  const last = Math.min(area.row + area.rowCount - 1, layout.lastRow);
  const rows: number[] = [];
  for (let row = first; row <= last; row++) rows.push(row + 1);
  return { sheetName, address, rows };
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
    await context.sync();
    return handler;
  });
  if (!registered.ok) return () => undefined;
  const handler = registered.value;
  return () => {
    void Excel.run(handler.context, async (context) => {
      handler.remove();
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
  const result = await runExcel(async (context) => {
    const { layout, sheet } = await readLayout(context);
    let rows: number[];
    if (target.kind === "rows") rows = target.rows.map((row) => row - 1);
    else {
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      const info = await selectionFrom(context, selected.address, layout);
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
    await applyWrites(context, sheet, plan.writes);
    const logged = await appendActivity(context, plan.log);
    acted.current = { log: plan.log, rows };
    // Read the changed rows back so the change handler's cache matches the sheet again.
    if (plan.applied > 0 && workflowRuntime.started) {
      const after = await readRowsAt(context, sheet, layout, rows);
      workflowRuntime.absorb(cacheOf(readOrderRows(after, layout.settings.workflow)));
    }
    return { applied: plan.applied, refused: plan.refused, logged } satisfies ActionResult;
  });
  if (result.ok && result.value.applied > 0) workflowRuntime.notify();
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
    await context.sync();
    return true as const;
  });
}

async function saveTeam(team: readonly TeamMember[]): Promise<Result<true, PortError>> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(TABLE_NAMES.team);
    await context.sync();
    if (table.isNullObject) throw new AdapterFailure({ kind: "notSetUp" });
    const body = table.getDataBodyRange();
    body.load("rowIndex,columnIndex,rowCount,columnCount");
    const sheet = table.worksheet;
    sheet.protection.load("protected");
    await context.sync();
    if (sheet.protection.protected)
      throw new AdapterFailure({ kind: "protectedSheet", sheet: SETTINGS_SHEET });
    const rows = teamToGrid(team).slice(1);
    const width = body.columnCount;
    const fit = (row: readonly unknown[]) =>
      Array.from({ length: width }, (_, i) => (row[i] ?? "") as string);
    // Fill the table's rows, grow it below for more members, and blank rows it no longer needs.
    const inside = Math.min(rows.length, body.rowCount);
    if (inside > 0)
      sheet.getRangeByIndexes(body.rowIndex, body.columnIndex, inside, width).values = rows
        .slice(0, inside)
        .map(fit);
    if (rows.length > body.rowCount) {
      sheet.getRangeByIndexes(
        body.rowIndex + body.rowCount,
        body.columnIndex,
        rows.length - body.rowCount,
        width,
      ).values = rows.slice(body.rowCount).map(fit);
    } else if (rows.length < body.rowCount) {
      sheet.getRangeByIndexes(
        body.rowIndex + rows.length,
        body.columnIndex,
        body.rowCount - rows.length,
        width,
      ).values = Array.from({ length: body.rowCount - rows.length }, () => fit([]));
    }
    await context.sync();
    return true as const;
  });
}
