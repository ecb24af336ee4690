import type { CellValue } from "../grid";
import type { Message, MessageParams } from "../i18n/translate";
import { translate } from "../i18n/translate";
import type { ProblemReason } from "../lifecycle";
import type { Area } from "../plan";
import type { KpiFigure } from "../port";
import type { Locale } from "../schema";
import { formatSerial } from "../values";
import { crossTab } from "./crossTab";
import { REVIEW_MESSAGES } from "./messages";
import { PROBLEM_COLUMNS, PROBLEM_HEADER, problemsToGrid } from "./problemTable";
import type { WeekReview } from "./reviewWeek";

export const REVIEW_SHEET = "周复盘 Weekly review";

/** A block of cells on the review sheet: a bold title above a grid whose first row is its header. */
export interface ReviewBlock {
  readonly id: string;
  readonly title: string;
  /** The grid's area (header row included); the title sits on the row above. */
  readonly area: Area;
  readonly values: readonly (readonly CellValue[])[];
  /** Number format per column of the grid (body rows), "" for General. */
  readonly formats: readonly string[];
  /** Per body row: true = red (missed), false = green (met), null = no mark (the KPI block's last column). */
  readonly marks?: readonly (boolean | null)[];
  /** Per body row number format of the second column (the KPI block, whose values mix counts, % and hours). */
  readonly valueFormats?: readonly string[];
}

/** A PivotTable over the Problems table: axes by header text, counting `data`. */
export interface PivotSpec {
  readonly name: string;
  readonly title: string;
  /** Top-left cell of the pivot (0-based row/column on the review sheet). */
  readonly row: number;
  readonly column: number;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly data: string;
}

export interface ChartSpec {
  readonly name: string;
  readonly type: "BarClustered" | "Line";
  readonly title: string;
  readonly source: Area;
  /** The cells the chart covers. */
  readonly position: Area;
}

export interface ReviewSheetPlan {
  readonly title: string;
  readonly howToRead: string;
  /** Set when static tables stand in for pivots. */
  readonly note: string | null;
  readonly blocks: readonly ReviewBlock[];
  /** Real pivots (empty in the fallback, where `blocks` hold static tables in their places). */
  readonly pivots: readonly PivotSpec[];
  readonly charts: readonly ChartSpec[];
}

export const PIVOT_NAMES = {
  stage: "OrderFlowPivotStage",
  owner: "OrderFlowPivotOwner",
  customer: "OrderFlowPivotCustomer",
  productType: "OrderFlowPivotProductType",
} as const;

export const CHART_NAMES = {
  byType: "OrderFlowChartByType",
  stageMedian: "OrderFlowChartStageMedian",
  trend: "OrderFlowChartTrend",
} as const;

/** Rows a chart spans on the review sheet. */
const CHART_ROWS = 16;
/** First row of the top blocks' titles. */
const TOP_ROW = 3;

const FORMAT_OF: Readonly<Record<KpiFigure["format"], string>> = {
  count: "0",
  percent: "0.0%",
  hours: "0.0",
  days: "0.0",
};

function targetText(figure: KpiFigure): string {
  if (!figure.target) return "";
  const value =
    figure.format === "percent" ? `${+(figure.target.value * 100).toFixed(2)}%` : String(figure.target.value);
  return `${figure.target.op} ${value}`;
}

/**
 * Where everything goes on the review sheet. Top: title, how-to-read line, then five small blocks side
 * by side (KPIs, stage times, problems by type, top products, top customers) whose heights are known
 * now, and the two charts below them. Then the four pivots on one row, in column bands left to right:
 * stage (A), owner (D), customer (G), product × problem type (J). The first three have one row field
 * and one data field and no column field, so they are exactly two columns wide however many items they
 * hold, and a three-column band always fits them; they grow only downwards, where nothing is. The one
 * with a column field (problem types) is the rightmost, so it grows right into empty columns. Nothing
 * can overlap as the data grows, and no pivot sits below another.
 */
export function planReviewSheet(
  review: WeekReview,
  reasons: readonly ProblemReason[],
  locale: Locale,
  options: { readonly pivots: boolean },
): ReviewSheetPlan {
  const t = (m: Message, params?: MessageParams): string => translate(m, locale, params);
  const title = t(REVIEW_MESSAGES.title, {
    week: review.label,
    from: formatSerial(review.from).slice(0, 10),
    to: formatSerial(review.to).slice(0, 10),
  });
  const blocks: ReviewBlock[] = [];
  const top = (
    id: string,
    blockTitle: string,
    column: number,
    values: CellValue[][],
    formats: string[],
    kpiColumns?: Pick<ReviewBlock, "marks" | "valueFormats">,
  ): void => {
    blocks.push({
      id,
      title: blockTitle,
      area: { row: TOP_ROW + 1, column, rowCount: values.length, columnCount: values[0]?.length ?? 1 },
      values,
      formats,
      ...kpiColumns,
    });
  };
  const kpiValues: CellValue[][] = [
    [
      t(REVIEW_MESSAGES["column.figure"]),
      t(REVIEW_MESSAGES["column.value"]),
      t(REVIEW_MESSAGES["column.target"]),
      t(REVIEW_MESSAGES["column.mark"]),
    ],
    ...review.kpis.map((k) => [
      t(k.label),
      k.value ?? "",
      targetText(k),
      k.ok === null ? "" : t(k.ok ? REVIEW_MESSAGES.markOk : REVIEW_MESSAGES.markBad),
    ]),
  ];
  top("kpis", t(REVIEW_MESSAGES["block.kpis"]), 0, kpiValues, ["@", "", "@", "@"], {
    marks: review.kpis.map((k) => (k.ok === null ? null : !k.ok)),
    valueFormats: review.kpis.map((k) => FORMAT_OF[k.format]),
  });

  top(
    "stageTimes",
    t(REVIEW_MESSAGES["block.stageTimes"]),
    5,
    [
      [
        t(REVIEW_MESSAGES["column.stage"]),
        t(REVIEW_MESSAGES["column.median"]),
        t(REVIEW_MESSAGES["column.p85"]),
        t(REVIEW_MESSAGES["column.visits"]),
      ],
      ...review.stageTimes.map((s) => [
        s.stage.label[locale],
        s.medianHours ?? "",
        s.p85Hours ?? "",
        s.count,
      ]),
    ],
    ["@", "0.0", "0.0", "0"],
  );
  top(
    "byType",
    t(REVIEW_MESSAGES["block.byType"]),
    10,
    [
      [t(REVIEW_MESSAGES["column.type"]), t(REVIEW_MESSAGES["column.count"])],
      ...review.byType.map((b) => [b.label[locale], b.count]),
    ],
    ["@", "0"],
  );
  top(
    "topProducts",
    t(REVIEW_MESSAGES["block.topProducts"], { min: review.minProductOrders }),
    13,
    [
      [
        t(REVIEW_MESSAGES["column.product"]),
        t(REVIEW_MESSAGES["column.orders"]),
        t(REVIEW_MESSAGES["column.problemOrders"]),
        t(REVIEW_MESSAGES["column.rate"]),
      ],
      ...review.topProducts.map((p) => [p.product, p.orders, p.problemOrders, p.rate]),
    ],
    ["@", "0", "0", "0.0%"],
  );
  top(
    "topCustomers",
    t(REVIEW_MESSAGES["block.topCustomers"]),
    18,
    [
      [
        t(REVIEW_MESSAGES["column.customer"]),
        t(REVIEW_MESSAGES["column.afterSales"]),
        t(REVIEW_MESSAGES["column.problems"]),
      ],
      ...review.topCustomers.map((c) => [c.customer, c.afterSalesOrders, c.problems]),
    ],
    ["@", "0", "0"],
  );
  const topRows = Math.max(...blocks.map((b) => b.area.rowCount));
  const chartRow = TOP_ROW + 1 + topRows + 1;
  const byType = blocks.find((b) => b.id === "byType");
  const stageTimes = blocks.find((b) => b.id === "stageTimes");
  const charts: ChartSpec[] = [];
  if (byType)
    charts.push({
      name: CHART_NAMES.byType,
      type: "BarClustered",
      title: t(REVIEW_MESSAGES["chart.byType"]),
      source: byType.area,
      position: { row: chartRow, column: 0, rowCount: CHART_ROWS, columnCount: 8 },
    });
  if (stageTimes)
    charts.push({
      name: CHART_NAMES.stageMedian,
      type: "BarClustered",
      title: t(REVIEW_MESSAGES["chart.stageMedian"]),
      source: { ...stageTimes.area, columnCount: 2 },
      position: { row: chartRow, column: 9, rowCount: CHART_ROWS, columnCount: 8 },
    });

  const pivotTitleRow = chartRow + CHART_ROWS + 1;
  const specs: {
    key: keyof typeof PIVOT_NAMES;
    column: number;
    rows: string[];
    columns: string[];
    title: Message;
  }[] = [
    {
      key: "stage",
      column: 0,
      rows: [PROBLEM_COLUMNS.stage],
      columns: [],
      title: REVIEW_MESSAGES["pivot.stage"],
    },
    {
      key: "owner",
      column: 3,
      rows: [PROBLEM_COLUMNS.owner],
      columns: [],
      title: REVIEW_MESSAGES["pivot.owner"],
    },
    {
      key: "customer",
      column: 6,
      rows: [PROBLEM_COLUMNS.customer],
      columns: [],
      title: REVIEW_MESSAGES["pivot.customer"],
    },
    {
      key: "productType",
      column: 9,
      rows: [PROBLEM_COLUMNS.product],
      columns: [PROBLEM_COLUMNS.type],
      title: REVIEW_MESSAGES["pivot.productType"],
    },
  ];
  const pivots: PivotSpec[] = [];
  if (options.pivots) {
    for (const s of specs)
      pivots.push({
        name: PIVOT_NAMES[s.key],
        title: t(s.title),
        row: pivotTitleRow + 1,
        column: s.column,
        rows: s.rows,
        columns: s.columns,
        data: PROBLEM_COLUMNS.orderId,
      });
  } else {
    const records = problemsToGrid(review.problems, reasons, locale);
    const index = (header: string): number => PROBLEM_HEADER.indexOf(header);
    for (const s of specs) {
      const values = crossTab(records, index(s.rows[0] ?? ""), s.columns[0] ? index(s.columns[0]) : null, {
        row: s.rows[0] ?? "",
        count: `${t(REVIEW_MESSAGES["column.count"])} ${PROBLEM_COLUMNS.orderId}`,
        total: t(REVIEW_MESSAGES.grandTotal),
      });
      const columnCount = values[0]?.length ?? 1;
      blocks.push({
        id: `static.${s.key}`,
        title: t(s.title),
        area: { row: pivotTitleRow + 1, column: s.column, rowCount: values.length, columnCount },
        values,
        formats: ["@", ...Array.from({ length: columnCount - 1 }, () => "0")],
      });
    }
  }
  return {
    title,
    howToRead: t(REVIEW_MESSAGES.howToRead),
    note: options.pivots ? null : t(REVIEW_MESSAGES.pivotFallback),
    blocks,
    pivots,
    charts,
  };
}
