/**
 * The end-to-end scenarios of issue 4, in the order a new user meets them. Each drives the real pane
 * (by role and accessible name, in Chinese unless it is about English) and the grid (with the mouse),
 * then asserts on the fake workbook itself: what Excel would hold, not just what the pane says.
 */
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import { columnLetter } from "../../src/core/grid";
import type { CellValue, PreviewPage, Scenario } from "./harness";
import { consecutiveRows, HEADER_ROW, readOrderSheet } from "./harness";
import { JOURNEY_SCENARIOS } from "./journeyScenarios";
import { PREVIEW_SCENARIOS } from "./previewScenarios";
import { IMPORT_SCENARIOS } from "./importScenarios";
import { WAREHOUSE_SCENARIOS } from "./warehouseScenarios";

const ACTIVITY = "Activity";

const paneOf = (page: Page): Locator => page.locator("#pane");

/** Picks the user in the pane's "I am" dropdown, as the selection actions require. */
async function pickMe(page: Page, name: string): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("combobox", { name: "我是" }).click();
  await page.getByRole("option", { name }).click();
}

async function openTab(page: Page, name: string): Promise<void> {
  await paneOf(page).getByRole("tab", { name }).click();
}

/** As `user`, on the Selection tab, selects sheet rows `rows` in the grid and waits for the pane to count them. */
async function selectOrdersAs(preview: PreviewPage, user: string, rows: readonly number[]): Promise<void> {
  const { page } = preview;
  await pickMe(page, user);
  await openTab(page, "选中");
  await preview.selectRows(rows[0]!, rows[rows.length - 1]);
  await paneOf(page).getByText(`已选中 ${rows.length} 个订单`).waitFor();
}

async function activityRowCount(preview: PreviewPage): Promise<number> {
  const names = await preview.sheetNames();
  if (!names.includes(ACTIVITY)) return 0;
  return (await preview.sheetValues(ACTIVITY)).filter((row) => row.some((cell) => cell !== "")).length;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: "onboarding › sets up the sample sheet from the pane, and the grid shows the new workflow columns",
    screenshot: "onboarding-setup",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const before = await readOrderSheet(preview).catch(() => null);
      assert.equal(before, null, "the sample sheet has no status column before setup");

      await pane.getByRole("button", { name: "设置工作流", exact: true }).click();
      await pane.getByText("工作流已设置").waitFor({ timeout: 30_000 });

      const after = await readOrderSheet(preview);
      for (const header of ["状态 Status", "截止 Due", "问题 Problem", "状态时间 Status since"])
        assert.ok(after.header.includes(header), `setup added ${header}: ${JSON.stringify(after.header)}`);
      assert.ok(
        after.header.includes("负责人 Owner") && after.header.includes("标签 Tags"),
        "the sheet's own owner and tag columns are kept",
      );
      assert.ok(
        after.rows.every((r) => String(r.cells[after.status]) !== ""),
        "every order line got a status",
      );
      assert.deepEqual(
        (await preview.sheetNames()).filter((n) => n === "OrderFlow" || n === ACTIVITY).sort(),
        [ACTIVITY, "OrderFlow"],
      );
      // The grid shows the new column's header where setup put it.
      await page
        .locator(`[role="gridcell"][data-address="${columnLetter(after.status)}${HEADER_ROW}"]`)
        .filter({ hasText: "状态 Status" })
        .waitFor();
      await preview.revealColumn(after.status);
      await pane.getByRole("button", { name: "开始使用" }).click();
    },
  },
  {
    name: "selection › advances the rows selected in the grid and logs every move on the Activity sheet",
    screenshot: "advance-selection",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const sheet = await readOrderSheet(preview);
      const rows = consecutiveRows(sheet, "待处理", 3);
      const loggedBefore = await activityRowCount(preview);

      await selectOrdersAs(preview, "李娜", rows);
      await pane.getByRole("button", { name: "推进", exact: true }).click();

      const after = await preview.until(
        "the three rows to reach 处理中",
        () => readOrderSheet(preview),
        (s) =>
          rows.every((row) =>
            String(s.rows.find((r) => r.row === row)?.cells[s.status]).startsWith("处理中"),
          ),
      );
      const untouched = after.rows.filter(
        (r) =>
          !rows.includes(r.row) &&
          r.cells[after.status] !== sheet.rows.find((b) => b.row === r.row)?.cells[sheet.status],
      );
      assert.deepEqual(untouched, [], "no other row changed status");
      // One status row per advanced order, by the user picked in the pane (routing may log owner changes too).
      const statusMoves = (lines: CellValue[][]): CellValue[][] =>
        lines.slice(loggedBefore).filter((line) => line[3] === "状态 Status");
      const log = await preview.until(
        "three status moves on the Activity sheet",
        () => preview.sheetValues(ACTIVITY),
        (lines) => statusMoves(lines).length >= 3,
      );
      const moves = statusMoves(log);
      assert.equal(moves.length, 3, `one status row per move: ${JSON.stringify(moves)}`);
      for (const move of moves) {
        assert.ok(
          String(move[4]).startsWith("待处理") && String(move[5]).startsWith("处理中"),
          `from 待处理 to 处理中: ${JSON.stringify(move)}`,
        );
        assert.equal(move[6], "李娜", "logged under the name picked in the pane");
      }
      await pane.getByText("已更新 3 行").waitFor();
      await preview.revealColumn(after.status);
    },
  },
  {
    name: "board › refuses an illegal drop with a reason, and moves a card to an allowed lane by drag and drop",
    screenshot: "board-drag",
    // A wide pane so that the first lanes (待付款, 待处理, 处理中) are all on screen for the mouse.
    query: "setup=1&pane=760",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      await pickMe(page, "王芳");
      await openTab(page, "看板");
      const sheet = await readOrderSheet(preview);
      const [row] = consecutiveRows(sheet, "待处理", 1);
      const orderId = String(sheet.rows.find((r) => r.row === row)?.cells[0]);
      const card = (): Locator =>
        pane.getByRole("button", { name: new RegExp(`^订单 ${escapeRegExp(orderId)}，`) }).first();
      const statusOf = async (): Promise<string> => {
        const s = await readOrderSheet(preview);
        return String(s.rows.find((r) => r.row === row)?.cells[s.status]);
      };

      // 待处理 → 待付款 goes backwards: the lifecycle refuses it and the sheet keeps 待处理.
      await dragTo(page, card(), laneOf(pane, "待付款"));
      await pane.getByText(`订单 ${orderId} 未移动`).waitFor();
      assert.ok((await statusOf()).startsWith("待处理"), "the refused move wrote nothing");

      await dragTo(page, card(), laneOf(pane, "处理中"));
      await preview.until(`order ${orderId} to move to 处理中`, statusOf, (status) =>
        status.startsWith("处理中"),
      );
      await pane.getByText(new RegExp(`订单 ${escapeRegExp(orderId)} 已移到`)).waitFor();
    },
  },
  {
    name: "check › lists the sample's problems and jumps to the damaged order id in the grid",
    screenshot: "check-jump",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      await openTab(page, "检查");
      await pane.getByRole("button", { name: "检查工作表" }).click();
      await pane.getByText(/发现 \d+ 处需要核对/).waitFor({ timeout: 30_000 });
      for (const kind of ["编号被改坏", "重复订单", "缺少必填项", "无效日期", "无效数字"])
        await pane.getByText(kind).first().waitFor();

      // Problems are grouped by kind; open the damaged-id group and jump to its cell.
      await pane.getByRole("button", { name: /编号被改坏/ }).click();
      const jump = pane.getByRole("button", { name: /^转到 .*A9：/ }).first();
      await jump.click();
      const selected = await preview.until(
        "the grid to select A9",
        () => preview.selection(),
        (s) => s?.address === "A9",
      );
      assert.equal(selected?.sheet, await preview.orderSheet);
      await page.locator('[role="gridcell"][data-address="A9"][aria-selected="true"]').waitFor();
    },
  },
  {
    name: "language › switches the pane between Chinese and English and back",
    screenshot: "language-switch",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      await pane.getByRole("tab", { name: "看板" }).waitFor();
      await pane.getByRole("button", { name: /切换语言 Switch language/ }).click();
      await pane.getByRole("tab", { name: "Board" }).waitFor();
      assert.equal(await pane.getByRole("tab", { name: "看板" }).count(), 0, "no Chinese tab is left");
      await pane.getByRole("tab", { name: "Check" }).click();
      await pane.getByRole("button", { name: "Check the sheet" }).waitFor();
      await pane.getByRole("button", { name: /Switch language 切换语言/ }).click();
      await pane.getByRole("tab", { name: "检查" }).waitFor();
      await pane.getByRole("button", { name: /切换语言 Switch language/ }).click();
      await pane.getByRole("tab", { name: "Home" }).click();
    },
  },
  {
    name: "errors › shows the protected-sheet message bar when advancing on a protected sheet, and writes nothing",
    screenshot: "error-protected-sheet",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const sheet = await readOrderSheet(preview);
      const rows = consecutiveRows(sheet, "待处理", 2);
      await selectOrdersAs(preview, "李娜", rows);
      await page.getByRole("button", { name: "保护工作表 Protect sheet" }).click();
      const before = await preview.sheetValues(await preview.orderSheet);

      await pane.getByRole("button", { name: "推进", exact: true }).click();
      await pane
        .getByText(/受保护/)
        .first()
        .waitFor();
      assert.deepEqual(await preview.sheetValues(await preview.orderSheet), before, "nothing was written");
    },
  },
  {
    name: "errors › shows the cell-edit-mode message bar when checking while a cell is being edited",
    screenshot: "error-cell-edit-mode",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      await openTab(page, "检查");
      await page.getByRole("button", { name: "单元格编辑模式 Cell edit mode" }).click();
      await pane.getByRole("button", { name: "检查工作表" }).click();
      await pane
        .getByText(/有单元格正在编辑/)
        .first()
        .waitFor();
      // Leaving edit mode and trying again works.
      await page.getByRole("button", { name: "单元格编辑模式 Cell edit mode" }).click();
      await pane.getByRole("button", { name: "检查工作表" }).click();
      await pane.getByText(/发现 \d+ 处需要核对/).waitFor({ timeout: 30_000 });
    },
  },
  {
    name: "review › refreshes the weekly review from the pane, and the review sheet appears in the grid",
    screenshot: "weekly-review",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      await openTab(page, "周报");
      await pane.getByRole("button", { name: "刷新周报", exact: true }).click();
      const line = pane.getByText(/周报在工作表“周复盘 Weekly review”中（数据透视表）/);
      await line.waitFor({ timeout: 60_000 });
      // setup=1 gives the sample weeks of history (tests/preview/sampleHistory.ts): last week had problems.
      const problems = Number(/列出 (\d+) 条问题/.exec(await line.innerText())?.[1]);
      assert.ok(problems > 0, `the review found problem orders: ${await line.innerText()}`);
      const names = await preview.sheetNames();
      for (const sheet of ["周复盘 Weekly review", "问题订单 Problems", "周指标 Weekly KPIs"]) {
        assert.ok(names.includes(sheet), `the review added ${sheet}: ${JSON.stringify(names)}`);
      }
      // The KPI figures are shown in the pane, each with its yardstick mark where it has one.
      await pane.getByText(/目标/).first().waitFor();
      // The grid shows the review sheet: its title names the week.
      await page.getByRole("tab", { name: "周复盘 Weekly review" }).click();
      const review = await preview.sheetValues("周复盘 Weekly review");
      assert.match(
        String(review[0]?.[0] ?? ""),
        /第 \d+ 周|W\d+|week/i,
        `the title names the week: ${String(review[0]?.[0])}`,
      );
      // Refreshing again rebuilds rather than adds: still one review sheet.
      await pane.getByRole("button", { name: "刷新周报", exact: true }).click();
      await pane.getByText(/周报在工作表/).waitFor();
      const again = await preview.sheetNames();
      assert.equal(again.filter((n) => n === "周复盘 Weekly review").length, 1);
    },
  },
  ...JOURNEY_SCENARIOS,
  ...PREVIEW_SCENARIOS,
  ...WAREHOUSE_SCENARIOS,
  ...IMPORT_SCENARIOS,
];

/** A board lane by its stage name (lanes are regions labelled `{stage}，{count} 个订单`). */
function laneOf(pane: Locator, stage: string): Locator {
  return pane.getByRole("region", { name: new RegExp(`^${stage}，`) }).first();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Drags with real mouse events in small steps: dnd-kit's pointer sensor starts a drag only after the
 * pointer moved a few pixels, and finds the drop target from the pointer's last position.
 */
async function dragTo(page: Page, card: Locator, target: Locator): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  await target.scrollIntoViewIfNeeded();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("the card or the lane is not visible");
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(60, to.height / 2) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y + 8, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 16 });
  await page.waitForTimeout(100);
  await page.mouse.up();
}
