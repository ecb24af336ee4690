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
  /** Per body row: true = red (missed), false = green (met), null = no mark (the KPI block's mark column). */
  readonly marks?: readonly (boolean | null)[];
  /** The block's column (0-based within it) that carries the marks; default the last. */
  readonly markColumn?: number;
  /** Per body row number format of the second column (the KPI block, whose values mix counts, % and hours). */
  readonly valueFormats?: readonly string[];
  /** Block columns (0-based within it) whose long texts wrap instead of running into the next block. */
  readonly wrap?: readonly number[];
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
  /** The data caption in the sheet's language (DataPivotHierarchy.name), not "Count of 订单号 Order". */
  readonly dataName: string;
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
  /** What the week lacks, when it lacks something: "no orders this week" or "no problem orders". */
  readonly emptyWeek: string | null;
  readonly blocks: readonly ReviewBlock[];
  /** Real pivots (empty in the fallback, where `blocks` hold static tables in their places). */
  readonly pivots: readonly PivotSpec[];
  readonly charts: readonly ChartSpec[];
  /** Width of each column from A, in points: every header and value fits, long names are capped. */
  readonly columnWidths: readonly number[];
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
/** Columns a chart spans. */
const CHART_COLUMNS = 8;
/** First row of the top blocks' titles. */
const TOP_ROW = 3;
/** First column of each top block and each pivot band: a pivot sits below the block whose column it shares. */
const COLUMN = {
  kpis: 0,
  stageTimes: 6,
  byType: 12,
  topProducts: 15,
  topCustomers: 20,
} as const;

/** Excel's default column width (8.43 characters), in points. */
const MIN_WIDTH = 48;
/** Points per character of Calibri 11 (a CJK character counts two), and the cell's padding. */
const POINTS_PER_CHAR = 5.6;
const PADDING = 9;
/** A column never gets wider than this many characters (a long product name is cut, not the layout). */
const MAX_CHARS = 30;
/** The KPI block's "how counted" column wraps at this width instead. */
const BASIS_CHARS = 34;

const FORMAT_OF: Readonly<Record<KpiFigure["format"], string>> = {
  count: "0",
  percent: "0.0%",
  hours: "0.0",
  days: "0.0",
};

function targetText(figure: KpiFigure): string {
  if (!figure.target) return "";
  const value =
    figure.format === "percent"
      ? `${+(figure.target.value * 100).toFixed(2)}%`
      : `${figure.target.value}${figure.format === "hours" ? " h" : ""}`;
  return `${figure.target.op} ${value}`;
}

/** Display width of a text in character units: wide (CJK, full-width) characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

/** How a value shows in a cell, for its width: numbers as formatted (about eight characters at most). */
function shownWidth(value: CellValue): number {
  if (value === null || value === "") return 0;
  if (typeof value === "number") return Math.min(String(Math.round(value * 100) / 100).length + 2, 10);
  return textWidth(String(value));
}

/** The basis text of a KPI: the counts it divides and what they are. */
function basisOf(
  key: string,
  counts: WeekReview["counts"],
): { message: Message; params: MessageParams } | null {
  const pair = (a: number, b: number): MessageParams => ({ a, b });
  switch (key) {
    case "orders":
    case "activeOrders":
    case "problemOrders":
    case "slowestStage":
    case "carrierHours":
      return { message: REVIEW_MESSAGES[`basis.${key}`], params: {} };
    case "problemRate":
      return {
        message: REVIEW_MESSAGES["basis.problemRate"],
        params: pair(counts.problemOrders, counts.activeOrders),
      };
    case "onTimeShipRate":
      return {
        message: REVIEW_MESSAGES["basis.onTimeShipRate"],
        params: pair(counts.shippedOnTime, counts.shipDue),
      };
    case "lateShipmentRate":
      return {
        message: REVIEW_MESSAGES["basis.lateShipmentRate"],
        params: pair(counts.shipMissed, counts.shipDue),
      };
    case "cancellationRate":
      return {
        message: REVIEW_MESSAGES["basis.cancellationRate"],
        params: pair(counts.cancelled, counts.orders),
      };
    case "trackingRate":
      return {
        message: REVIEW_MESSAGES["basis.trackingRate"],
        params: pair(counts.shippedWithTracking, counts.shipped),
      };
    default:
      return null;
  }
}

/**
 * Where everything goes on the review sheet. Top: title, how-to-read line, what the week lacks, then
 * five blocks side by side (KPIs with how each is counted, stage times with whose time each is,
 * problems by type, top products, top customers). Right below them the four pivots, each under the
 * block whose column it shares: stage (A), owner (G), customer (M), product × problem type (P). The
 * first three have one row field and no column field, so they are two columns wide however many items
 * they hold and grow only downwards, where nothing is; the one with a column field is the rightmost
 * and grows right. The charts float to the right of everything, past the widest the product × type
 * pivot can grow (one column per problem type of the week plus its total), so nothing overlaps.
 * Column widths are set from what each column holds (pivot contents estimated by the same cross-tab
 * the fallback writes), capped so one long product name does not make a column huge.
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
    id: keyof typeof COLUMN,
    blockTitle: string,
    values: CellValue[][],
    formats: string[],
    extra?: Pick<ReviewBlock, "marks" | "markColumn" | "valueFormats" | "wrap">,
  ): void => {
    blocks.push({
      id,
      title: blockTitle,
      area: {
        row: TOP_ROW + 1,
        column: COLUMN[id],
        rowCount: values.length,
        columnCount: values[0]?.length ?? 1,
      },
      values,
      formats,
      ...extra,
    });
  };
  const kpiValues: CellValue[][] = [
    [
      t(REVIEW_MESSAGES["column.figure"]),
      t(REVIEW_MESSAGES["column.value"]),
      t(REVIEW_MESSAGES["column.target"]),
      t(REVIEW_MESSAGES["column.mark"]),
      t(REVIEW_MESSAGES["column.basis"]),
    ],
    ...review.kpis.map((k) => {
      const basis = basisOf(k.key, review.counts);
      return [
        t(k.label),
        k.value ?? "",
        targetText(k),
        k.ok === null ? "" : t(k.ok ? REVIEW_MESSAGES.markOk : REVIEW_MESSAGES.markBad),
        basis ? t(basis.message, basis.params) : "",
      ];
    }),
  ];
  top("kpis", t(REVIEW_MESSAGES["block.kpis"]), kpiValues, ["@", "", "@", "@", "@"], {
    marks: review.kpis.map((k) => (k.ok === null ? null : !k.ok)),
    markColumn: 3,
    valueFormats: review.kpis.map((k) => FORMAT_OF[k.format]),
    wrap: [4],
  });

  top(
    "stageTimes",
    t(REVIEW_MESSAGES["block.stageTimes"]),
    [
      [
        t(REVIEW_MESSAGES["column.stage"]),
        t(REVIEW_MESSAGES["column.median"]),
        t(REVIEW_MESSAGES["column.p85"]),
        t(REVIEW_MESSAGES["column.visits"]),
        t(REVIEW_MESSAGES["column.clock"]),
      ],
      ...review.stageTimes.map((s) => [
        s.stage.label[locale],
        s.medianHours ?? "",
        s.p85Hours ?? "",
        s.count,
        t(REVIEW_MESSAGES[`clock.${s.clock}`]),
      ]),
    ],
    ["@", "0.0", "0.0", "0", "@"],
  );
  top(
    "byType",
    t(REVIEW_MESSAGES["block.byType"]),
    [
      [t(REVIEW_MESSAGES["column.type"]), t(REVIEW_MESSAGES["column.count"])],
      ...review.byType.map((b) => [b.label[locale], b.count]),
    ],
    ["@", "0"],
  );
  top(
    "topProducts",
    t(REVIEW_MESSAGES["block.topProducts"], { min: review.minProductOrders }),
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
  const topRight = Math.max(...blocks.map((b) => b.area.column + b.area.columnCount));

  // The pivots, right below the top blocks: one blank row, then each pivot's title, then the pivot.
  const pivotTitleRow = TOP_ROW + 1 + topRows + 1;
  const dataName = t(REVIEW_MESSAGES["pivot.dataName"]);
  const specs: {
    key: keyof typeof PIVOT_NAMES;
    column: number;
    rows: string[];
    columns: string[];
    title: Message;
  }[] = [
    {
      key: "stage",
      column: COLUMN.kpis,
      rows: [PROBLEM_COLUMNS.stage],
      columns: [],
      title: REVIEW_MESSAGES["pivot.stage"],
    },
    {
      key: "owner",
      column: COLUMN.stageTimes,
      rows: [PROBLEM_COLUMNS.owner],
      columns: [],
      title: REVIEW_MESSAGES["pivot.owner"],
    },
    {
      key: "customer",
      column: COLUMN.byType,
      rows: [PROBLEM_COLUMNS.customer],
      columns: [],
      title: REVIEW_MESSAGES["pivot.customer"],
    },
    {
      key: "productType",
      column: COLUMN.topProducts,
      rows: [PROBLEM_COLUMNS.product],
      columns: [PROBLEM_COLUMNS.type],
      title: REVIEW_MESSAGES["pivot.productType"],
    },
  ];
  const records = problemsToGrid(review.problems, reasons, locale);
  const index = (header: string): number => PROBLEM_HEADER.indexOf(header);
  const tables = specs.map((s) => ({
    spec: s,
    values: crossTab(records, index(s.rows[0] ?? ""), s.columns[0] ? index(s.columns[0]) : null, {
      row: s.rows[0] ?? "",
      count: dataName,
      total: t(REVIEW_MESSAGES.grandTotal),
    }),
  }));
  const pivots: PivotSpec[] = [];
  const widthTexts: { column: number; width: number }[] = [];
  if (options.pivots) {
    for (const { spec, values } of tables) {
      pivots.push({
        name: PIVOT_NAMES[spec.key],
        title: t(spec.title),
        row: pivotTitleRow + 1,
        column: spec.column,
        rows: spec.rows,
        columns: spec.columns,
        data: PROBLEM_COLUMNS.orderId,
        dataName,
      });
      // What Excel writes there, estimated: the cross-tab, the data caption, the column field's name
      // and a grand-total caption in Excel's own language ("Grand Total" the widest of them).
      values.forEach((line) =>
        line.forEach((v, c) =>
          widthTexts.push({ column: spec.column + c, width: Math.min(shownWidth(v), MAX_CHARS) }),
        ),
      );
      const last = spec.column + (values[0]?.length ?? 1) - 1;
      widthTexts.push({ column: spec.column, width: textWidth(dataName) });
      widthTexts.push({ column: last, width: textWidth("Grand Total") });
      widthTexts.push({ column: spec.column, width: textWidth("Grand Total") });
      if (spec.columns[0]) widthTexts.push({ column: spec.column + 1, width: textWidth(spec.columns[0]) });
    }
  } else {
    for (const { spec, values } of tables) {
      const columnCount = values[0]?.length ?? 1;
      blocks.push({
        id: `static.${spec.key}`,
        title: t(spec.title),
        area: { row: pivotTitleRow + 1, column: spec.column, rowCount: values.length, columnCount },
        values,
        formats: ["@", ...Array.from({ length: columnCount - 1 }, () => "0")],
      });
    }
  }

  // Charts to the right of the blocks and of the widest product × type pivot, one above the other.
  const productTypeWidth = (tables.find((x) => x.spec.key === "productType")?.values[0]?.length ?? 1) + 1;
  const chartColumn = Math.max(topRight, COLUMN.topProducts + productTypeWidth) + 1;
  const byType = blocks.find((b) => b.id === "byType");
  const stageTimes = blocks.find((b) => b.id === "stageTimes");
  const charts: ChartSpec[] = [];
  if (byType)
    charts.push({
      name: CHART_NAMES.byType,
      type: "BarClustered",
      title: t(REVIEW_MESSAGES["chart.byType"]),
      source: byType.area,
      position: { row: TOP_ROW, column: chartColumn, rowCount: CHART_ROWS, columnCount: CHART_COLUMNS },
    });
  if (stageTimes)
    charts.push({
      name: CHART_NAMES.stageMedian,
      type: "BarClustered",
      title: t(REVIEW_MESSAGES["chart.stageMedian"]),
      source: { ...stageTimes.area, columnCount: 2 },
      position: {
        row: TOP_ROW + CHART_ROWS + 1,
        column: chartColumn,
        rowCount: CHART_ROWS,
        columnCount: CHART_COLUMNS,
      },
    });

  // Column widths: the widest header or value of each column (block titles run over empty cells).
  for (const block of blocks)
    block.values.forEach((line) =>
      line.forEach((v, c) => {
        const wraps = block.wrap?.includes(c) ?? false;
        widthTexts.push({
          column: block.area.column + c,
          width: Math.min(shownWidth(v), wraps ? BASIS_CHARS : MAX_CHARS),
        });
      }),
    );
  const columnCount = Math.max(chartColumn, ...widthTexts.map((w) => w.column + 1));
  const chars = Array.from({ length: columnCount }, () => 0);
  for (const { column, width } of widthTexts) chars[column] = Math.max(chars[column] ?? 0, width);
  const columnWidths = chars.map((c) => Math.max(MIN_WIDTH, Math.round(c * POINTS_PER_CHAR + PADDING)));

  const emptyWeek =
    review.counts.activeOrders === 0
      ? t(REVIEW_MESSAGES.noOrders)
      : review.problems.length === 0
        ? t(REVIEW_MESSAGES.noProblems)
        : null;
  return {
    title,
    howToRead: t(REVIEW_MESSAGES.howToRead),
    note: options.pivots ? null : t(REVIEW_MESSAGES.pivotFallback),
    emptyWeek,
    blocks,
    pivots,
    charts,
    columnWidths,
  };
}
