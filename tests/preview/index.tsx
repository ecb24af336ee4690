/**
 * Entry of the browser preview (`npm run preview`): the real pane bundle beside a grid view of an
 * in-memory workbook. The strict fake Excel is installed as the `Excel`/`Office`/`OfficeExtension`
 * globals, so the real Office adapter (`createOfficeWorkbookPort`) runs unchanged against it.
 *
 * Query parameters: `rows` (order lines, default 300), `lang` (zh-CN / en-US; default the browser's),
 * `setup=1` (set the sheet up before the pane opens, with the orders' history since they came in on the
 * Activity sheet, so last week's review has figures: the board, queue and review scenarios start there),
 * `seed` (another sample sheet), `pane` (pane width in pixels, default 380: Excel's pane is resizable too).
 */
import { createRoot } from "react-dom/client";
import { localNow } from "../../src/adapters/office/clock";
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { pickLocale } from "../../src/core/i18n/translate";
import { mountPane } from "../../src/taskpane/mountPane";
import { PreviewApp } from "./PreviewApp";
import { createPreviewWorkbook } from "./previewWorkbook";
import { setUpPreviewSheet } from "./setUpPreview";
import type { PreviewWorkbook } from "./previewWorkbook";
import type { WorkbookPort } from "../../src/core/port";

/** What the e2e tests and the board benchmark reach through `window.orderflowPreview`. */
export interface PreviewHandle {
  readonly workbook: PreviewWorkbook;
  readonly port: WorkbookPort;
  /** Set once the pane is mounted (and the sheet set up when `setup=1`). */
  ready: boolean;
  /** Set when start-up failed, with the reason. */
  error?: string;
}

declare global {
  interface Window {
    orderflowPreview?: PreviewHandle;
  }
}

const MAX_ROWS = 200_000;
/** The widest a column of the sample sheet is sized (points). */
const MAX_COLUMN_POINTS = 150;

function readRows(params: URLSearchParams): number {
  const rows = Number(params.get("rows") ?? "300");
  return Number.isInteger(rows) && rows > 0 ? Math.min(rows, MAX_ROWS) : 300;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const rows = readRows(params);
  const seed = params.has("seed") ? Number(params.get("seed")) : undefined;
  const locale = pickLocale(params.get("lang") ?? navigator.language);
  // The adapter's own clock, so the sample sheet and the port agree on now.
  const now = localNow().serial;
  // Office's display language follows the pane's, so the review sheet is written in the language the preview opened in.
  const workbook = createPreviewWorkbook({
    rows,
    now,
    displayLanguage: locale,
    ...(seed === undefined ? {} : { seed }),
  });
  const port = createOfficeWorkbookPort();
  const handle: PreviewHandle = { workbook, port, ready: false };
  window.orderflowPreview = handle;

  const workbookElement = document.getElementById("workbook");
  const paneElement = document.getElementById("pane");
  if (!workbookElement || !paneElement) throw new Error("preview.html lacks #workbook or #pane");
  const paneWidth = Number(params.get("pane"));
  if (Number.isInteger(paneWidth) && paneWidth >= 300) paneElement.style.width = `${paneWidth}px`;
  // The team's own sheet has its columns sized to fit from the header down, long notes kept to a
  // readable width, as a team's working sheet is (the grid shows the sheet's widths; columns setup adds
  // later keep Excel's default width unless something sizes them).
  await workbook.host.Excel.run(async (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItem(workbook.orderSheet);
    const used = sheet.getUsedRange();
    used.load("rowCount,columnCount");
    await context.sync();
    sheet.getRangeByIndexes(1, 0, used.rowCount - 1, used.columnCount).format.autofitColumns();
    const columns = Array.from({ length: used.columnCount }, (_, c) => {
      const format = sheet.getRangeByIndexes(0, c, 1, 1).format;
      format.load("columnWidth");
      return format;
    });
    await context.sync();
    for (const format of columns)
      if (format.columnWidth > MAX_COLUMN_POINTS) format.columnWidth = MAX_COLUMN_POINTS;
    await context.sync();
  });
  createRoot(workbookElement).render(<PreviewApp workbook={workbook} rows={rows} />);

  // Set up, the team saved, and the orders' past on the Activity sheet (tests/preview/sampleHistory.ts).
  if (params.get("setup") === "1")
    await setUpPreviewSheet(workbook, port, { now, ...(seed === undefined ? {} : { seed }) });
  mountPane(paneElement, { port, locale });
  handle.ready = true;
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if (window.orderflowPreview) window.orderflowPreview.error = message;
  else window.orderflowPreview = { error: message } as PreviewHandle;
  console.error("OrderFlow preview failed to start:", error);
});
