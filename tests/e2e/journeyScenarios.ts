/**
 * The journeys of issue 10 that the pane finishes: shipping with carrier and tracking, a flagged
 * problem's note found again, and an advance done with the keyboard alone. Each asserts on the fake
 * workbook (what Excel would hold), not only on what the pane says.
 */
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import type { CellValue, PreviewPage, Scenario } from "./harness";
import type { OrderSheet as Sheet } from "./harness";
import { columnOf, consecutiveRows, readOrderSheet as readSheet } from "./harness";

const ACTIVITY = "Activity";

const paneOf = (page: Page): Locator => page.locator("#pane");

const cellOf = (sheet: Sheet, row: number, column: number): string =>
  String(sheet.rows.find((r) => r.row === row)?.cells[column] ?? "");

async function activityLines(preview: PreviewPage): Promise<CellValue[][]> {
  if (!(await preview.sheetNames()).includes(ACTIVITY)) return [];
  return (await preview.sheetValues(ACTIVITY)).filter((line) => line.some((cell) => cell !== ""));
}

async function pickMe(page: Page, name: string): Promise<void> {
  await paneOf(page).getByRole("combobox", { name: "我是" }).click();
  await page.getByRole("option", { name }).click();
}

async function selectRows(preview: PreviewPage, rows: readonly number[]): Promise<void> {
  await preview.selectRows(rows[0]!, rows[rows.length - 1]);
  await paneOf(preview.page).getByText(`已选中 ${rows.length} 个订单`).waitFor();
}

async function waitForStatus(preview: PreviewPage, rows: readonly number[], status: string): Promise<Sheet> {
  return preview.until(
    `rows ${rows.join(", ")} to reach ${status}`,
    () => readSheet(preview),
    (s) => rows.every((row) => cellOf(s, row, s.status).startsWith(status)),
  );
}

export const JOURNEY_SCENARIOS: readonly Scenario[] = [
  {
    name: "journeys › ships three orders from the pane with one carrier and a tracking number each",
    screenshot: "journey-ship-three",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const sheet = await readSheet(preview);
      const rows = consecutiveRows(sheet, "待处理", 3);
      const tracking = columnOf(sheet.header, "快递单号");
      const carrier = columnOf(sheet.header, "快递公司");
      await pickMe(page, "李娜");
      await pane.getByRole("tab", { name: /^选中/ }).click();
      await selectRows(preview, rows);
      // First to 处理中 (needs nothing), then on to 已发货, which needs carrier and tracking.
      await pane.getByRole("button", { name: "推进", exact: true }).click();
      await waitForStatus(preview, rows, "处理中");
      await pane.getByRole("button", { name: "推进", exact: true }).click();
      const form = pane.getByRole("form", { name: /进入“已发货”需要：快递公司、快递单号/ });
      await form.waitFor();
      assert.ok(
        (await waitForStatus(preview, rows, "处理中")).rows.length > 0,
        "nothing moved before the fields were given",
      );
      await form.getByRole("textbox", { name: /^快递公司（所有订单）/ }).fill("中通快递");
      const numbers = rows.map((row) => `ZT${row}0001`);
      for (const [i, row] of rows.entries())
        await form
          .getByRole("textbox", { name: new RegExp(`^快递单号 · 订单 .*（第 ${row} 行）`) })
          .fill(numbers[i]!);
      await form.getByRole("button", { name: "写入并移动 3 个订单" }).click();

      const after = await waitForStatus(preview, rows, "已发货");
      assert.deepEqual(
        rows.map((row) => cellOf(after, row, tracking)),
        numbers,
        "each order got its own tracking number",
      );
      for (const row of rows)
        assert.notEqual(
          cellOf(after, row, carrier),
          "",
          `row ${row} has a carrier (the typed one or its own)`,
        );
      const log = await preview.until(
        "the tracking numbers on the Activity sheet",
        () => activityLines(preview),
        (lines) =>
          numbers.every((n) => lines.some((line) => line[3] === "快递单号 Tracking number" && line[5] === n)),
      );
      for (const line of log.filter((l) => l[3] === "快递单号 Tracking number"))
        assert.equal(line[6], "李娜");
      await pane.getByText("已更新 3 行").waitFor();
      await preview.revealColumn(tracking);
    },
  },
  {
    name: "journeys › flags a problem with a note, and the note is found in the note column and on the Activity sheet",
    screenshot: "journey-flag-note",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const sheet = await readSheet(preview);
      const note = columnOf(sheet.header, "处理备注 Note");
      const [row] = consecutiveRows(sheet, "待处理", 1);
      await pickMe(page, "王芳");
      await pane.getByRole("tab", { name: /^选中/ }).click();
      await selectRows(preview, [row!]);
      await pane.getByRole("combobox", { name: "问题原因" }).selectOption({ label: "缺货" });
      const text = "供应商周五补货，先联系买家";
      await pane.getByRole("textbox", { name: "备注" }).fill(text);
      await pane.getByRole("button", { name: "标记问题" }).click();

      const after = await preview.until(
        "the note in the sheet's note column",
        () => readSheet(preview),
        (s) => cellOf(s, row!, note) === text,
      );
      assert.match(cellOf(after, row!, columnOf(after.header, "问题 Problem")), /^缺货/);
      const log = await preview.until(
        "the note on the Activity sheet",
        () => activityLines(preview),
        (lines) => lines.some((line) => line[3] === "处理备注 Note" && line[5] === text),
      );
      const entry = log.find((line) => line[3] === "处理备注 Note" && line[5] === text)!;
      assert.equal(entry[6], "王芳", "the note is logged under the name picked in the pane");
      await preview.revealColumn(note);
    },
  },
  {
    name: "journeys › advances the selected order with the keyboard alone",
    screenshot: "journey-keyboard-advance",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const sheet = await readSheet(preview);
      const [row] = consecutiveRows(sheet, "待处理", 1);
      // The grid's selection is the preview's (its keyboard is another journey); from here on, only keys.
      await preview.selectRows(row!);
      await pane.getByRole("tab", { name: "选中 (1)" }).waitFor();
      const picker = pane.getByRole("combobox", { name: "我是" });
      await picker.focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await pane
        .getByText("操作按钮不可用")
        .waitFor({ state: "detached" })
        .catch(() => undefined);
      assert.notEqual((await picker.innerText()).trim(), "", "a name was picked with the keyboard");
      // Tab into the tab list, move to 选中 with the arrow keys and open it.
      await page.keyboard.press("Tab");
      for (let i = 0; i < 6; i++) {
        const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
        if (focused.startsWith("选中")) break;
        await page.keyboard.press("ArrowRight");
      }
      await page.keyboard.press("Enter");
      await pane.getByRole("heading", { name: /已选中 1 个订单/ }).waitFor();
      // The first stop in the panel is 推进.
      const advance = pane.getByRole("button", { name: "推进", exact: true });
      for (let i = 0; i < 8; i++) {
        if (await advance.evaluate((el) => el === document.activeElement)) break;
        await page.keyboard.press("Tab");
      }
      assert.ok(await advance.evaluate((el) => el === document.activeElement), "推进 is reachable by Tab");
      await page.keyboard.press("Enter");
      await waitForStatus(preview, [row!], "处理中");
      // The result is said in the live region, and the keyboard is still on 推进.
      await pane.getByRole("status").filter({ hasText: "已更新 1 行" }).waitFor();
      assert.ok(await advance.evaluate((el) => el === document.activeElement), "focus stays on 推进");
    },
  },
  {
    name: "journeys › moves a card with the keyboard on the board in a 350 px pane, and the keyboard stays on it",
    screenshot: "journey-board-350-keyboard",
    query: "setup=1&pane=350",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      await pickMe(page, "王芳");
      await pane.getByRole("tab", { name: "看板" }).click();
      // One lane at a time: 待付款 is shown first; its orders may go on to 待处理.
      const switcher = pane.getByRole("group", { name: "订单看板" });
      await switcher.getByRole("button", { name: /^待付款，/ }).waitFor();
      assert.equal(await pane.locator("section[data-lane]").count(), 1, "one lane at a time at 350 px");
      const card = pane.locator("section[data-lane='awaitingPayment'] [data-card] button").first();
      const label = (await card.getAttribute("aria-label")) ?? "";
      const row = Number(await card.locator("xpath=..").getAttribute("data-card"));
      await card.focus();
      await page.keyboard.press("m");
      await pane.page().getByRole("menuitem", { name: "移到“待处理”" }).waitFor();
      await page.keyboard.press("Enter");
      await preview.until(
        `row ${row} to reach 待处理`,
        () => readSheet(preview),
        (s) => cellOf(s, row, s.status).startsWith("待处理"),
      );
      // The new lane is shown and the keyboard is on the moved card.
      await pane.locator("section[data-lane='toProcess']").waitFor();
      await preview.until(
        "the keyboard on the moved card",
        () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? ""),
        (focused) => focused === label,
      );
      await pane.getByRole("button", { name: label }).waitFor();
    },
  },
];
