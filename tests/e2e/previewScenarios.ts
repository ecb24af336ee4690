/**
 * Issue 10's preview scenarios: the grid shows what Excel would (the highlight rules' real formulas,
 * evaluated by the formula engine, assert on the fills the browser rendered) and takes input the way
 * Excel does (typing, paste, sort), so the add-in's real change handler runs and its results show.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { columnLetter } from "../../src/core/grid";
import { OVERDUE_FILL as OVERDUE_HEX, PROBLEM_FILL as PROBLEM_HEX } from "../../src/core/plan/highlights";
import { DEFAULT_TAGS } from "../../src/core/tags";
import type { CellValue, PreviewPage, Scenario } from "./harness";
import { columnOf } from "./harness";

const HEADER_ROW = 2; // a title row, then the header (tests/preview/sampleOrders.ts)
const ACTIVITY = "Activity";
// The colours setup gives its rules, as the browser reports them (CSS rgb()).
const PROBLEM_FILL = cssRgb(PROBLEM_HEX);
const OVERDUE_FILL = cssRgb(OVERDUE_HEX);
const URGENT_FILL = cssRgb(DEFAULT_TAGS.find((tag) => tag.name === "加急")!.fill);
const CLOSED_FONT = "rgb(122, 117, 116)"; // #7A7574
const NO_FILL = "rgba(0, 0, 0, 0)";
const CLOSED = ["已完成 Completed", "已退款 Refunded", "已取消 Cancelled"];
const URGENT_WORDS = ["加急", "urgent", "rush", "asap"];

/** `#C50F1F` → `rgb(197, 15, 31)`. */
function cssRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

interface Line {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cells: CellValue[];
}

interface Sheet {
  readonly name: string;
  readonly lines: Line[];
  readonly status: number;
  readonly due: number;
  readonly problem: number;
  readonly tags: number;
}

async function readSheet(preview: PreviewPage): Promise<Sheet> {
  const name = await preview.orderSheet;
  const values = await preview.sheetValues(name);
  const header = values[HEADER_ROW - 1] ?? [];
  return {
    name,
    lines: values
      .slice(HEADER_ROW)
      .map((cells, i) => ({ row: HEADER_ROW + 1 + i, cells }))
      .filter((l) => l.cells.some((cell) => cell !== "" && cell !== null)),
    status: columnOf(header, "状态 Status"),
    due: columnOf(header, "截止 Due"),
    problem: columnOf(header, "问题 Problem"),
    tags: columnOf(header, "标签 Tags"),
  };
}

/** Now as an Excel serial in the page's local time (the sample and the port use the same clock). */
const nowSerial = (page: Page): Promise<number> =>
  page.evaluate(() => (Date.now() - new Date().getTimezoneOffset() * 60_000) / 86_400_000 + 25_569);

/** The background and text colour the browser rendered for a cell (scrolled into view first). */
async function rendered(
  preview: PreviewPage,
  row: number,
  column: number,
): Promise<{ background: string; color: string; weight: string }> {
  await preview.scrollToRow(row);
  await preview.revealColumn(column);
  // The conditional formats of rows just scrolled in are painted a moment later (the grid is busy meanwhile).
  await preview.page.locator('[role="grid"]:not([aria-busy="true"])').waitFor();
  const cell = preview.page.locator(`[role="gridcell"][data-address="${columnLetter(column)}${row}"]`);
  return cell.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color, weight: style.fontWeight };
  });
}

const text = (value: CellValue | undefined): string => (value === undefined ? "" : String(value));
const hasProblem = (sheet: Sheet, line: Line): boolean => text(line.cells[sheet.problem]).trim() !== "";
const isClosed = (sheet: Sheet, line: Line): boolean => CLOSED.includes(text(line.cells[sheet.status]));

async function activityRows(preview: PreviewPage): Promise<CellValue[][]> {
  if (!(await preview.sheetNames()).includes(ACTIVITY)) return [];
  return (await preview.sheetValues(ACTIVITY)).filter((row) => row.some((cell) => cell !== ""));
}

/** Clicks a cell of the grid (scrolled into view), which selects it and focuses the grid. */
async function clickCell(preview: PreviewPage, row: number, column: number): Promise<void> {
  await preview.scrollToRow(row);
  await preview.revealColumn(column);
  await preview.page.locator(`[role="gridcell"][data-address="${columnLetter(column)}${row}"]`).click();
}

export const PREVIEW_SCENARIOS: readonly Scenario[] = [
  {
    name: "preview › after setup the grid paints the highlight rules Excel would: overdue, urgent, problem, closed",
    screenshot: "preview-highlights",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const sheet = await readSheet(preview);
      const now = await nowSerial(page);
      const calm = sheet.lines.filter((l) => !hasProblem(sheet, l) && !isClosed(sheet, l));
      const overdue = calm.find((l) => {
        const due = l.cells[sheet.due];
        return typeof due === "number" && due < now - 0.1;
      });
      const urgent = calm.find((l) => URGENT_WORDS.some((w) => text(l.cells[sheet.tags]).includes(w)));
      const problem = sheet.lines.find((l) => hasProblem(sheet, l));
      const completed = sheet.lines.find(
        (l) => text(l.cells[sheet.status]) === "已完成 Completed" && !hasProblem(sheet, l),
      );
      assert.ok(overdue && urgent && problem && completed, "the sample has each kind of row");

      const dueCell = await rendered(preview, overdue.row, sheet.due);
      assert.equal(dueCell.background, OVERDUE_FILL, `row ${overdue.row}'s overdue due time is orange`);
      assert.ok(Number(dueCell.weight) >= 600, "and bold");
      // A row's first cell carries the row rules (problem, tag); the selection overlay is an image, not a fill.
      assert.equal(
        (await rendered(preview, problem.row, 0)).background,
        PROBLEM_FILL,
        `problem row ${problem.row}`,
      );
      // The urgent tag's fill, unless a higher rule (problem) already painted the row.
      assert.equal(
        (await rendered(preview, urgent.row, 0)).background,
        URGENT_FILL,
        `urgent row ${urgent.row}`,
      );
      const done = await rendered(preview, completed.row, 0);
      assert.equal(done.background, NO_FILL, `completed row ${completed.row} has no fill`);
      assert.equal((await rendered(preview, completed.row, sheet.status)).color, CLOSED_FONT);

      // For the README (docs/images/preview-highlights.png): the workflow columns sized to fit the way a
      // user does it (double-click on the header's right edge), around the urgent row.
      for (const column of [sheet.status, sheet.due, sheet.problem, sheet.problem + 1]) {
        await preview.revealColumn(column);
        await page.locator(`.col-resize[data-column="${columnLetter(column)}"]`).dblclick();
      }
      await preview.scrollToRow(Math.max(3, urgent.row - 2));
      // The owner and tag columns at the left edge, then status, due and problem.
      await page.locator(".grid-scroller").evaluate(
        (el, letter) => {
          const header = [...el.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) =>
            h.textContent?.startsWith(letter),
          );
          if (header) el.scrollLeft = header.offsetLeft - 52;
        },
        columnLetter(sheet.tags - 1),
      );
      await page.locator("#workbook").screenshot({ path: "test-results/e2e/preview-highlights-grid.png" });
    },
  },
  {
    name: "preview › typing an illegal move into a status cell flags the row; a value the list refuses is refused",
    screenshot: "preview-type-illegal",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const sheet = await readSheet(preview);
      const line = sheet.lines.find(
        (l) => text(l.cells[sheet.status]) === "待处理 To process" && !hasProblem(sheet, l),
      );
      assert.ok(line, "a calm 待处理 row");

      // A value the status list does not have: Excel's Stop alert refuses it and nothing changes.
      await clickCell(preview, line.row, sheet.status);
      await page.keyboard.press("Backspace"); // starts editing an empty cell, as in Excel
      const editor = page.getByRole("textbox", { name: /^编辑 / });
      await editor.waitFor();
      assert.equal(
        await page.evaluate(() => window.orderflowPreview!.workbook.cellEditMode()),
        true,
        "editing a cell puts Excel in cell-edit mode",
      );
      await page.keyboard.insertText("发了");
      await page.keyboard.press("Enter");
      const alert = page.getByRole("alertdialog");
      await alert.waitFor();
      await alert.getByRole("button", { name: /取消 Cancel/ }).click();
      const still = await preview.sheetValues(sheet.name, `${columnLetter(sheet.status)}${line.row}`);
      assert.equal(still[0]?.[0], "待处理 To process", "the refused value was not written");
      assert.equal(await page.evaluate(() => window.orderflowPreview!.workbook.cellEditMode()), false);

      // 待处理 → 已签收 skips steps: an illegal move. The add-in's change handler flags the row.
      await clickCell(preview, line.row, sheet.status);
      await page.keyboard.press("F2");
      await editor.waitFor();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.insertText("已签收 Delivered");
      await page.keyboard.press("Enter");
      const problemCell = `${columnLetter(sheet.problem)}${line.row}`;
      const flagged = await preview.until(
        "the problem cell flagged",
        () => preview.sheetValues(sheet.name, problemCell).then((v) => text(v[0]?.[0])),
        (v) => v !== "",
      );
      assert.match(flagged, /非法流转|Illegal move/, `the flag names the illegal move: ${flagged}`);
      // And the grid shows it as Excel would: the problem rule paints the whole row.
      await preview.until(
        "the row painted as a problem",
        () => rendered(preview, line.row, 0).then((s) => s.background),
        (bg) => bg === PROBLEM_FILL,
      );
      // Enter moved the active cell down, as Excel does.
      const selection = await preview.selection();
      assert.equal(selection?.address, `${columnLetter(sheet.status)}${line.row + 1}`);

      // Keyboard: Ctrl+Home goes to A1 and scrolls back to the left edge.
      await page.keyboard.press("ControlOrMeta+Home");
      assert.equal((await preview.selection())?.address, "A1");
      const scroller = page.locator(".grid-scroller");
      await preview.until(
        "scrolled to the left edge",
        () => scroller.evaluate((el) => el.scrollLeft),
        (x) => x === 0,
      );
      // The add-in jumps to a far cell (Range.select, as the Check tab does): the grid scrolls sideways to it.
      const far = `${columnLetter(sheet.problem)}${line.row}`;
      await page.evaluate(
        async ([name, address]) => {
          await Excel.run(async (context) => {
            context.workbook.worksheets.getItem(name).getRange(address).select();
            await context.sync();
          });
        },
        [sheet.name, far] as const,
      );
      await preview.until(
        "the jumped-to cell in view",
        () =>
          page.evaluate((address) => {
            const cell = document.querySelector(`[role="gridcell"][data-address="${address}"]`);
            const box = cell?.getBoundingClientRect();
            const view = document.querySelector(".grid-scroller")!.getBoundingClientRect();
            return !!box && box.left >= view.left && box.right <= view.right;
          }, far),
        (inView) => inView,
      );
      // Another sheet opens at its top-left corner.
      await page.getByRole("tab", { name: ACTIVITY }).click();
      await preview.until(
        "the other sheet at its left edge",
        () => scroller.evaluate((el) => el.scrollLeft),
        (x) => x === 0,
      );
    },
  },
  {
    name: "preview › sorting by status moves no order, then pasting 50 statuses logs one Activity row each",
    screenshot: "preview-paste-50",
    query: "setup=1&rows=1000",
    async run(preview) {
      const { page } = preview;
      const before = await readSheet(preview);
      const loggedBefore = (await activityRows(preview)).length;

      // Sort A→Z by the status column from its header menu: the rows move, no status changes, nothing logged.
      await preview.revealColumn(before.status);
      await page
        .getByRole("button", {
          name: `排序 ${columnLetter(before.status)} 列 Sort column ${columnLetter(before.status)}`,
        })
        .click();
      await page.getByRole("menuitem", { name: /升序/ }).click();
      const sorted = await preview.until(
        "the sheet sorted by status",
        () => readSheet(preview),
        (s) => {
          // Sorted: every status forms one run of rows.
          const statuses = s.lines.map((l) => text(l.cells[s.status]));
          const runs = statuses.filter((v, i) => i === 0 || v !== statuses[i - 1]).length;
          return runs === new Set(statuses).size;
        },
        30_000,
      );
      const waiting = sorted.lines.filter((l) => text(l.cells[sorted.status]) === "待处理 To process");
      assert.ok(waiting.length >= 50, `at least 50 orders to process (${waiting.length})`);
      await page.waitForTimeout(1_000); // the change handler's turn
      assert.equal((await activityRows(preview)).length, loggedBefore, "a sort logs nothing");

      // Paste 50 × 处理中 (a legal move from 待处理) over the first 50 of them, as Ctrl+V of a column.
      const first = waiting[0]!.row;
      const rows = waiting.slice(0, 50).map((l) => l.row);
      assert.equal(rows[49], first + 49, "the 待处理 rows are together after the sort");
      await clickCell(preview, first, sorted.status);
      const clipboard = `${Array<string>(50).fill("处理中 Picking & packing").join("\r\n")}\r\n`;
      await page.locator('[role="grid"]').evaluate((grid, data) => {
        const transfer = new DataTransfer();
        transfer.setData("text/plain", data);
        grid.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
      }, clipboard);

      // One status row per pasted order (routing may add an owner row beside some: those are not counted).
      const isMove = (r: CellValue[]): boolean =>
        r.some((cell) => text(cell) === "待处理 To process") &&
        r.some((cell) => text(cell) === "处理中 Picking & packing");
      const moves = await preview.until(
        "50 new status rows on the Activity sheet",
        () => activityRows(preview).then((r) => r.slice(loggedBefore).filter(isMove)),
        (m) => m.length >= 50,
        60_000,
      );
      await page.waitForTimeout(500);
      const settled = (await activityRows(preview)).slice(loggedBefore).filter(isMove);
      assert.equal(settled.length, 50, "one Activity row per pasted status, no more");
      assert.equal(moves.length, 50);
      const after = await preview.sheetValues(
        sorted.name,
        `${columnLetter(sorted.status)}${first}:${columnLetter(sorted.status)}${first + 49}`,
      );
      assert.ok(after.every((r) => r[0] === "处理中 Picking & packing"));
      // The pasted range is selected afterwards, as Excel leaves it.
      assert.equal(
        (await preview.selection())?.address,
        `${columnLetter(sorted.status)}${first}:${columnLetter(sorted.status)}${first + 49}`,
      );
    },
  },
];
