/**
 * What every e2e scenario gets: the preview page (opened and ready), helpers that act like a user in the
 * grid, and read-outs of the fake workbook through `window.orderflowPreview` to assert on.
 */
import type { Page } from "playwright-core";

export interface Scenario {
  /** Reads as a sentence: `describe › it`. */
  readonly name: string;
  /** File name (without .png) of the screenshot saved under test-results/e2e/. */
  readonly screenshot: string;
  /** Query string of the preview URL (`setup=1&lang=en-US`). */
  readonly query?: string;
  run(preview: PreviewPage): Promise<void>;
}

export type CellValue = string | number | boolean;

const ROW_HEADER = '[role="rowheader"]';

export class PreviewPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /**
   * Opens the preview and waits until the pane is mounted (and the sheet set up with `setup=1`);
   * a large sheet (`rows=10000`) needs a longer `timeoutMs`.
   */
  async open(baseUrl: string, query = "", timeoutMs = 60_000): Promise<void> {
    await this.page.goto(query ? `${baseUrl}?${query}` : baseUrl);
    await this.page.waitForFunction(
      () => window.orderflowPreview?.ready === true || window.orderflowPreview?.error !== undefined,
      null,
      { timeout: timeoutMs },
    );
    const error = await this.page.evaluate(() => window.orderflowPreview?.error);
    if (error) throw new Error(`the preview did not start: ${error}`);
  }

  get orderSheet(): Promise<string> {
    return this.page.evaluate(() => window.orderflowPreview!.workbook.orderSheet);
  }

  /** The sheet's values from A1 to the end of its used range (or of `address`). */
  sheetValues(sheet: string, address?: string): Promise<CellValue[][]> {
    return this.page.evaluate(([s, a]) => window.orderflowPreview!.workbook.host.sheetValues(s, a), [
      sheet,
      address,
    ] as const);
  }

  sheetNames(): Promise<string[]> {
    return this.page.evaluate(() => window.orderflowPreview!.workbook.host.workbook.sheetNames());
  }

  /** Excel's current selection as the grid shows it (`{ sheet, address }`). */
  selection(): Promise<{ sheet: string; address: string } | null> {
    return this.page.evaluate(() => window.orderflowPreview!.workbook.selection());
  }

  /** Selects sheet rows `first`..`last` (1-based) with the mouse: click the first row number, shift-click the last. */
  async selectRows(first: number, last = first): Promise<void> {
    await this.scrollToRow(first);
    await this.page.locator(`[role="row"][aria-rowindex="${first}"] ${ROW_HEADER}`).click();
    if (last !== first) {
      await this.scrollToRow(last);
      await this.page
        .locator(`[role="row"][aria-rowindex="${last}"] ${ROW_HEADER}`)
        .click({ modifiers: ["Shift"] });
    }
  }

  /** Scrolls the grid so that column `index` (0-based) is in view, as a user would to see it. */
  async revealColumn(index: number): Promise<void> {
    const cell = this.page.locator('[role="columnheader"]').nth(index);
    await cell.evaluate((el) => el.scrollIntoView({ block: "nearest", inline: "center" }));
  }

  async scrollToRow(row: number): Promise<void> {
    await this.page.locator(".grid-scroller").evaluate((el, r) => {
      const top = (r - 1) * 22;
      if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 66)
        el.scrollTop = Math.max(0, top - 88);
    }, row);
    await this.page.locator(`[role="row"][aria-rowindex="${row}"]`).waitFor({ timeout: 10_000 });
  }

  /** Polls `read` until `accept` holds; fails with `what` and the last value after `timeoutMs`. */
  async until<T>(
    what: string,
    read: () => Promise<T>,
    accept: (value: T) => boolean,
    timeoutMs = 15_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: T = await read();
    while (!accept(last)) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 400)}`);
      await this.page.waitForTimeout(100);
      last = await read();
    }
    return last;
  }
}

/** Column index (0-based) of the header cell whose text contains `text` in the header row. */
export function columnOf(header: readonly CellValue[], text: string): number {
  const index = header.findIndex((cell) => String(cell).includes(text));
  if (index < 0) throw new Error(`no column "${text}" in ${JSON.stringify(header)}`);
  return index;
}

/** The preview sample's header row, 1-based: a title row, then the header (tests/preview/sampleOrders.ts). */
export const HEADER_ROW = 2;

export interface OrderSheet {
  readonly header: CellValue[];
  /** Data rows with their 1-based sheet row. */
  readonly rows: { readonly row: number; readonly cells: CellValue[] }[];
  readonly status: number;
}

/** The order sheet as the grid holds it: its header, its non-empty data rows and the status column. */
export async function readOrderSheet(preview: PreviewPage): Promise<OrderSheet> {
  const values = await preview.sheetValues(await preview.orderSheet);
  const header = values[HEADER_ROW - 1] ?? [];
  return {
    header,
    // Setup formats empty rows below the data as Text for new ids; those are not order lines.
    rows: values
      .slice(HEADER_ROW)
      .map((cells, i) => ({ row: HEADER_ROW + 1 + i, cells }))
      .filter((r) => r.cells.some((cell) => cell !== "" && cell !== null)),
    status: columnOf(header, "状态 Status"),
  };
}

/** The first `count` consecutive sheet rows whose status text starts with `status`. */
export function consecutiveRows(sheet: OrderSheet, status: string, count: number): number[] {
  for (let i = 0; i + count <= sheet.rows.length; i++) {
    const run = sheet.rows.slice(i, i + count);
    if (run.every((r) => String(r.cells[sheet.status]).startsWith(status))) return run.map((r) => r.row);
  }
  throw new Error(`no ${count} consecutive rows with status ${status}`);
}
