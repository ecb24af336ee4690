/**
 * `setup=1`: what a team that has used OrderFlow for a while would have — the sheet set up through the
 * port, the sample team saved, and the orders' past written in (tests/preview/sampleHistory.ts). Shared
 * by the preview page and the tests that check the preview's weekly review by hand.
 */
import { appendActivity } from "../../src/adapters/office/activityLog";
import { workflowRuntime } from "../../src/adapters/office/workflowRuntime";
import type { CellValue } from "../../src/core/grid";
import { cellText, columnLetter } from "../../src/core/grid";
import { DEFAULT_WORKFLOW, findStatus } from "../../src/core/lifecycle";
import { lineLabel } from "../../src/core/orderKey";
import type { WorkbookPort } from "../../src/core/port";
import type { Field } from "../../src/core/schema";
import { parseOrderId } from "../../src/core/values";
import type { PreviewWorkbook } from "./previewWorkbook";
import type { HistoryLine, SampleHistory } from "./sampleHistory";
import { makeSampleHistory } from "./sampleHistory";
import { SAMPLE_HEADER, SAMPLE_TEAM } from "./sampleOrders";

/** The sample's header row (1-based), below the title. */
export const SAMPLE_HEADER_ROW = 2;

/** Headers setup adds (core/fieldLabels workflowHeader). */
const WORKFLOW_HEADERS = {
  status: "状态 Status",
  due: "截止 Due",
  problem: "问题 Problem",
  statusSince: "状态时间 Status since",
} as const;

export interface SetUpOptions {
  /** Now as an Excel serial, local time (the history ends before it). */
  readonly now: number;
  readonly seed?: number;
}

/** Sets the sample sheet up as a user would, saves the team, then writes the orders' history. */
export async function setUpPreviewSheet(
  workbook: PreviewWorkbook,
  port: WorkbookPort,
  options: SetUpOptions,
): Promise<SampleHistory> {
  const setup = await port.setupSheet();
  if (!setup.ok) throw new Error(`setup failed: ${JSON.stringify(setup.error)}`);
  const team = await port.saveTeam(SAMPLE_TEAM);
  if (!team.ok) throw new Error(`saving the team failed: ${JSON.stringify(team.error)}`);
  return writeSampleHistory(workbook, options);
}

/**
 * Writes the history into the set-up sheet: status cells directly into the workbook (as if they had
 * been there all along: no change events), the log through the add-in's own Activity writer. The
 * workflow runtime then re-reads the sheet so its cache knows the statuses.
 */
export async function writeSampleHistory(
  workbook: PreviewWorkbook,
  options: SetUpOptions,
): Promise<SampleHistory> {
  const { host, orderSheet } = workbook;
  const values = host.sheetValues(orderSheet) as CellValue[][];
  const header = (values[SAMPLE_HEADER_ROW - 1] ?? []).map((h) => cellText(h));
  const columnOf = (text: string): number => {
    const index = header.indexOf(text);
    if (index < 0) throw new Error(`the set-up sheet has no column ${text}`);
    return index;
  };
  const sample = (name: string): number => columnOf(SAMPLE_HEADER.find((h) => h.includes(name))!);
  const fields: Partial<Record<Field, number>> = {
    orderId: sample("Order ID"),
    platform: sample("Platform"),
    createdAt: sample("Created at"),
    paidAt: sample("Paid at"),
    product: sample("Product"),
    variant: sample("Variant"),
    sku: sample("SKU"),
  };
  const column = {
    status: columnOf(WORKFLOW_HEADERS.status),
    due: columnOf(WORKFLOW_HEADERS.due),
    problem: columnOf(WORKFLOW_HEADERS.problem),
    statusSince: columnOf(WORKFLOW_HEADERS.statusSince),
  };
  const serial = (value: CellValue | undefined): number | null => (typeof value === "number" ? value : null);

  const lines: HistoryLine[] = [];
  values.forEach((row, index) => {
    if (index < SAMPLE_HEADER_ROW) return;
    const text = (field: Field): string => {
      const c = fields[field];
      return c === undefined ? "" : cellText(row[c]);
    };
    const id = parseOrderId(row[fields.orderId!]);
    const stage = findStatus(DEFAULT_WORKFLOW, cellText(row[column.status]));
    // A damaged id can not be told apart from its neighbours: it keeps what setup gave it.
    if (id.kind !== "ok" || !stage) return;
    lines.push({
      row: index,
      orderKey: `${text("platform")}\u241e${id.text}`,
      orderId: id.text,
      line: lineLabel(text),
      status: stage.key,
      createdAt: serial(row[fields.createdAt!]),
      paidAt: serial(row[fields.paidAt!]),
    });
  });

  const history = makeSampleHistory(lines, options);
  const at = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;
  for (const o of history.outcomes) {
    host.workbook.setCells(orderSheet, at(o.row, column.status), [[o.statusText]]);
    host.workbook.setCells(orderSheet, at(o.row, column.statusSince), [[o.statusSince]]);
    host.workbook.setCells(orderSheet, at(o.row, column.due), [[o.due]]);
    host.workbook.setCells(orderSheet, at(o.row, column.problem), [[o.problem]]);
  }
  // The first entry alone: it fills the new table's empty body row; a longer first write starting there
  // would not grow the table (appendActivity grows it only by writing just below it).
  const logged = await Excel.run(
    async (context) =>
      (await appendActivity(context, history.entries.slice(0, 1))) +
      (await appendActivity(context, history.entries.slice(1))),
  );
  if (logged !== history.entries.length)
    throw new Error(`logged ${logged} of ${history.entries.length} moves`);
  const restarted = await workflowRuntime.start();
  if (!restarted.ok) throw new Error(`re-reading the sheet failed: ${JSON.stringify(restarted.error)}`);
  workflowRuntime.notify();
  workbook.touch();
  return history;
}
