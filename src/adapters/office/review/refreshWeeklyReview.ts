import type { CellValue, Grid } from "../../../core/grid";
import type { Area } from "../../../core/plan";
import { ACTIVITY_TABLE, readOrderRows } from "../../../core/plan";
import type { IsoWeek, PortError, ReviewSummary } from "../../../core/port";
import type { Result } from "../../../core/result";
import type { ReviewSheetPlan } from "../../../core/review";
import {
  CHART_NAMES,
  isValidIsoWeek,
  KPI_HISTORY_FORMATS,
  KPI_HISTORY_HEADER,
  KPI_SHEET,
  KPI_TABLE,
  kpiHistoryRow,
  lastCompleteWeek,
  mergeKpiHistory,
  PIVOT_NAMES,
  planReviewSheet,
  PROBLEM_COLUMNS,
  PROBLEM_HEADER,
  PROBLEMS_SHEET,
  PROBLEMS_TABLE,
  problemsToGrid,
  readActivityLog,
  REVIEW_MESSAGES,
  REVIEW_SHEET,
  reviewWeek,
} from "../../../core/review";
import type { Locale } from "../../../core/schema";
import { areaToAddress } from "../a1";
import { AdapterFailure } from "../adapterError";
import { readOrderSheet } from "../orderSheet";
import { readValues } from "../readSnapshot";
import { isApiSupported } from "../requirements";
import { runExcel } from "../runExcel";
import { ChunkedWriter } from "../writeCells";

export interface RefreshReviewOptions {
  /** The week to review; the last complete week before `now` when omitted. */
  readonly week?: IsoWeek;
  /** Now as an Excel serial, local time. */
  readonly now: number;
  readonly utcOffsetMinutes: number;
  readonly locale: Locale;
}

/** Number formats of the Problems table's columns (ids and names as text so Excel keeps them as written). */
const PROBLEM_FORMATS: Readonly<Record<string, string>> = {
  [PROBLEM_COLUMNS.daysLate]: "0.00",
  [PROBLEM_COLUMNS.time]: "yyyy-mm-dd hh:mm",
  [PROBLEM_COLUMNS.row]: "0",
};
const RED = "#C00000";
const GREEN = "#107C10";

/**
 * Builds (or rebuilds) the weekly review in one `Excel.run`: reads the order sheet and the Activity
 * log, reviews the week with the core, then replaces the `问题订单 Problems` table, the
 * `周复盘 Weekly review` sheet (KPI block, stage times, top lists, two bar charts, four PivotTables on
 * the Problems table — static summary tables where ExcelApi 1.8 is missing) and the week's row of the
 * `周指标 Weekly KPIs` history with its trend chart. Idempotent: every object it makes is found by
 * name and replaced. The order sheet and the log are only read.
 */
export async function refreshWeeklyReview(
  options: RefreshReviewOptions,
): Promise<Result<ReviewSummary, PortError>> {
  return runExcel(
    async (context, journal) => {
      const week = options.week ?? lastCompleteWeek(options.now);
      if (!isValidIsoWeek(week))
        throw new AdapterFailure({ kind: "unexpected", code: "InvalidWeek", detail: JSON.stringify(week) });

      // 1. Look up, by name, the log and everything the last refresh built; these lookups ride on the
      //    first sync of readOrderSheet instead of costing round trips of their own.
      const workbook = context.workbook;
      const pivots = isApiSupported("1.8");
      const keepWidths = isApiSupported("1.9");
      const activityTable = workbook.tables.getItemOrNullObject(ACTIVITY_TABLE);
      const sheets = [PROBLEMS_SHEET, REVIEW_SHEET, KPI_SHEET].map((name) => {
        const sheet = workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name");
        return { name, sheet };
      });
      const kpiTable = workbook.tables.getItemOrNullObject(KPI_TABLE);
      const problemsTableOld = workbook.tables.getItemOrNullObject(PROBLEMS_TABLE);
      const oldPivots = pivots
        ? Object.values(PIVOT_NAMES).map((name) => workbook.pivotTables.getItemOrNullObject(name))
        : [];
      const order = await readOrderSheet(context);

      // 2. Preconditions before any write: our sheets, when they exist, must be writable. One sync loads
      //    their protection, the KPI history, the old charts and where the log's body is.
      const existing = sheets.filter(({ sheet }) => !sheet.isNullObject);
      for (const { sheet } of existing) sheet.protection.load("protected");
      // eslint-disable-next-line office-addins/call-sync-before-read -- readOrderSheet's syncs resolved the lookup
      const kpiBody = kpiTable.isNullObject ? null : kpiTable.getDataBodyRange();
      kpiBody?.load("values,rowIndex,columnIndex");
      // eslint-disable-next-line office-addins/call-sync-before-read -- readOrderSheet's syncs resolved the lookup
      const logBody = activityTable.isNullObject ? null : activityTable.getDataBodyRange();
      logBody?.load("rowIndex,columnIndex,rowCount,columnCount");
      const chartNames = [CHART_NAMES.byType, CHART_NAMES.stageMedian, CHART_NAMES.trend];
      const oldCharts = existing.flatMap(({ sheet }) =>
        chartNames.map((name) => {
          const chart = sheet.charts.getItemOrNullObject(name);
          chart.load("name");
          return chart;
        }),
      );
      await context.sync();
      for (const { name, sheet } of existing)
        if (sheet.protection.protected) throw new AdapterFailure({ kind: "protectedSheet", sheet: name });

      // The log's body, chunked (empty when the log does not exist), then the review itself.
      const log = logBody
        ? await readValues(context, activityTable.worksheet, {
            row: logBody.rowIndex,
            column: logBody.columnIndex,
            rowCount: logBody.rowCount,
            columnCount: logBody.columnCount,
          })
        : [];
      const review = reviewWeek({
        workflow: order.settings.workflow,
        reasons: order.settings.reasons,
        rows: readOrderRows(order.mapped, order.settings.workflow),
        platform: order.mapped.platform,
        log: readActivityLog(log),
        week,
        now: options.now,
        utcOffsetMinutes: options.utcOffsetMinutes,
        deadlines: order.settings.deadlines,
      });
      const plan = planReviewSheet(review, order.settings.reasons, options.locale, { pivots });
      const history = mergeKpiHistory(
        kpiBody ? (kpiBody.values as Grid) : [],
        kpiHistoryRow(review, options.locale, options.now),
      );

      // 3. Take down what the last refresh built (pivots first: their output blocks clearing), clear our
      //    sheets — all but the KPI history, which is never deleted: it is updated in place below, so a
      //    failure anywhere leaves every past week.
      // The review only ever reads the orders and the log, and the history is never deleted: whatever
      // fails from here, the workbook is consistent (the review sheets are rebuilt by the next refresh).
      journal.began();
      journal.settle("consistent");
      for (const pivot of oldPivots) if (!pivot.isNullObject) pivot.delete();
      for (const chart of oldCharts) if (!chart.isNullObject) chart.delete();
      if (!problemsTableOld.isNullObject) problemsTableOld.delete();
      const [problemsSheet, reviewSheet, kpiSheet] = sheets.map(({ name, sheet }) =>
        sheet.isNullObject ? workbook.worksheets.add(name) : sheet,
      ) as [Excel.Worksheet, Excel.Worksheet, Excel.Worksheet];
      for (const { name, sheet } of existing)
        if (name !== KPI_SHEET || kpiTable.isNullObject) sheet.getRange().clear();
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();

      // 4. The Problems table (chunked: a busy week can have thousands of rows), formats before values.
      const body = problemsToGrid(review.problems, order.settings.reasons, options.locale);
      const problemsTable = await writeTable(
        context,
        problemsSheet,
        PROBLEMS_SHEET,
        PROBLEMS_TABLE,
        PROBLEM_HEADER,
        body,
        (h) => PROBLEM_FORMATS[h] ?? "@",
      );
      problemsSheet.freezePanes.freezeRows(1);

      // 5. The review sheet, its pivots and charts.
      writeReviewSheet(reviewSheet, plan);
      if (pivots) {
        for (const spec of plan.pivots) {
          const pivot = reviewSheet.pivotTables.add(
            spec.name,
            problemsTable,
            reviewSheet.getRangeByIndexes(spec.row, spec.column, 1, 1),
          );
          // Excel autofits a pivot's columns on every update by default, which makes the product
          // column as wide as its longest name and undoes the widths below: PivotLayout.autoFormat
          // (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pivotlayout) turns it off.
          if (keepWidths) pivot.layout.autoFormat = false;
          for (const name of spec.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(name));
          for (const name of spec.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(name));
          const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(spec.data));
          data.summarizeBy = "Count";
          // Captions in the sheet's language where the API lets us set them (both ExcelApi 1.8, the
          // set the pivots already need): the data caption replaces "Count of 订单号 Order"
          // (DataPivotHierarchy.name, https://learn.microsoft.com/javascript/api/excel/excel.datapivothierarchy),
          // and the tabular layout heads the rows with the field's own bilingual name instead of
          // Excel's "Row Labels"/"Column Labels" (PivotLayout.layoutType,
          // https://learn.microsoft.com/javascript/api/excel/excel.pivotlayout). The "Grand Total"
          // caption has no API: Excel writes it in its own UI language.
          data.name = spec.dataName;
          pivot.layout.layoutType = "Tabular";
          const title = reviewSheet.getRangeByIndexes(spec.row - 1, spec.column, 1, 1);
          title.values = [[spec.title]];
          title.format.font.bold = true;
        }
      }
      // Widths from what each column holds, after the pivots so their first layout does not undo them
      // (RangeFormat.columnWidth is in points and sets whole columns).
      plan.columnWidths.forEach((width, column) => {
        reviewSheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
      });
      for (const chart of plan.charts)
        addChart(reviewSheet, chart.name, chart.type, chart.title, chart.source, chart.position);

      // 6. The KPI history: one row per week, the trend chart beside it.
      if (kpiTable.isNullObject)
        await writeTable(
          context,
          kpiSheet,
          KPI_SHEET,
          KPI_TABLE,
          KPI_HISTORY_HEADER,
          history,
          (_h, i) => KPI_HISTORY_FORMATS[i] ?? "",
        );
      else if (kpiBody) updateHistory(kpiTable, kpiBody, history);
      kpiSheet.freezePanes.freezeRows(1);
      addChart(
        kpiSheet,
        CHART_NAMES.trend,
        "Line",
        REVIEW_MESSAGES["chart.trend"][options.locale],
        { row: 0, column: 0, rowCount: history.length + 1, columnCount: 2 },
        { row: 1, column: KPI_HISTORY_HEADER.length + 1, rowCount: 16, columnCount: 8 },
      );
      await context.sync();

      return {
        week,
        from: review.from,
        to: review.to,
        sheetName: REVIEW_SHEET,
        kpis: review.kpis,
        summaries: pivots ? "pivotTables" : "staticTables",
        problemCount: review.problems.length,
      };
    },
    { sheet: REVIEW_SHEET, requiredApi: REVIEW_REQUIRED_API },
  );
}

/**
 * What the review needs at least: Worksheet.getRangeByIndexes and freezePanes (1.7). Lower than the
 * manifest's 1.12 so that its static-table fallback (below 1.8, no PivotTable API) stays reachable.
 */
export const REVIEW_REQUIRED_API = "1.7";

/**
 * Writes the merged history into the existing KPI table: its rows overwritten in place (the merge keeps
 * every past week, so a row only ever gets this week's figures), new weeks added through the table.
 * The table is never deleted, so no failure can lose a past week.
 */
function updateHistory(
  table: Excel.Table,
  body: Excel.Range,
  history: readonly (readonly CellValue[])[],
): void {
  const width = KPI_HISTORY_HEADER.length;
  const rows = history.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
  const inside = Math.min(body.values.length, rows.length);
  if (inside > 0)
    table.worksheet.getRangeByIndexes(body.rowIndex, body.columnIndex, inside, width).values = rows.slice(
      0,
      inside,
    );
  if (rows.length > inside) table.rows.add(undefined, rows.slice(inside));
  const formats = Array.from({ length: rows.length }, () =>
    KPI_HISTORY_HEADER.map((_h, i) => KPI_HISTORY_FORMATS[i] || "General"),
  );
  if (rows.length > 0)
    table.worksheet.getRangeByIndexes(body.rowIndex, body.columnIndex, rows.length, width).numberFormat =
      formats;
}

/** Writes header and body from A1 in chunks, formats first, and makes them a table. */
async function writeTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  tableName: string,
  header: readonly string[],
  body: readonly (readonly CellValue[])[],
  formatOf: (header: string, column: number) => string,
): Promise<Excel.Table> {
  const writer = new ChunkedWriter(context, sheet);
  const width = header.length;
  sheet.getRangeByIndexes(0, 0, 1, width).values = [header.slice()];
  if (body.length > 0) {
    for (let column = 0; column < width; column++) {
      const format = formatOf(header[column] ?? "", column);
      if (format !== "")
        await writer.writeNumberFormat({ row: 1, column, rowCount: body.length, columnCount: 1 }, format);
    }
    await writer.writeValues({
      area: { row: 1, column: 0, rowCount: body.length, columnCount: width },
      values: body,
    });
  }
  await writer.flush();
  const table = sheet.tables.add(
    areaToAddress({ row: 0, column: 0, rowCount: body.length + 1, columnCount: width }, sheetName),
    true,
  );
  table.name = tableName;
  table.style = "TableStyleLight9";
  return table;
}

function writeReviewSheet(sheet: Excel.Worksheet, plan: ReviewSheetPlan): void {
  const cell = (row: number, column: number): Excel.Range => sheet.getRangeByIndexes(row, column, 1, 1);
  const title = cell(0, 0);
  title.values = [[plan.title]];
  title.format.font.bold = true;
  title.format.font.size = 16;
  cell(1, 0).values = [[plan.howToRead]];
  const notes = [plan.note, plan.emptyWeek].filter((n): n is string => n !== null);
  if (notes.length > 0) {
    cell(2, 0).values = [[notes.join(" ")]];
    cell(2, 0).format.font.color = RED;
  }
  for (const block of plan.blocks) {
    const heading = cell(block.area.row - 1, block.area.column);
    heading.values = [[block.title]];
    heading.format.font.bold = true;
    const { row, column, rowCount, columnCount } = block.area;
    const bodyRows = rowCount - 1;
    if (bodyRows > 0) {
      const formats = Array.from({ length: bodyRows }, (_, r) =>
        block.formats.map((f, c) =>
          c === 1 && block.valueFormats ? (block.valueFormats[r] ?? "General") : f || "General",
        ),
      );
      sheet.getRangeByIndexes(row + 1, column, bodyRows, columnCount).numberFormat = formats;
    }
    sheet.getRangeByIndexes(row, column, rowCount, columnCount).values = block.values.map((r) => r.slice());
    const header = sheet.getRangeByIndexes(row, column, 1, columnCount);
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    block.marks?.forEach((missed, r) => {
      if (missed === null) return;
      cell(row + 1 + r, column + (block.markColumn ?? columnCount - 1)).format.font.color = missed
        ? RED
        : GREEN;
    });
    for (const c of block.wrap ?? [])
      sheet.getRangeByIndexes(row, column + c, rowCount, 1).format.wrapText = true;
  }
}

function addChart(
  sheet: Excel.Worksheet,
  name: string,
  type: "BarClustered" | "Line",
  title: string,
  source: Area,
  position: Area,
): void {
  const chart = sheet.charts.add(
    type,
    sheet.getRangeByIndexes(source.row, source.column, source.rowCount, source.columnCount),
    "Columns",
  );
  chart.name = name;
  chart.title.text = title;
  chart.setPosition(
    sheet.getRangeByIndexes(position.row, position.column, 1, 1),
    sheet.getRangeByIndexes(
      position.row + position.rowCount - 1,
      position.column + position.columnCount - 1,
      1,
      1,
    ),
  );
}
