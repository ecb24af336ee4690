/**
 * The warehouse's day (issue 13) end to end: a pick list and packing slips for 待处理 orders appear as
 * sheets in the grid; scan mode ships two orders with the tracking numbers "scanned" after them (typed
 * fast, then Enter, as a keyboard-wedge scanner does); scan-to-verify refuses a wrong item; every move is
 * on the Activity sheet with the source `scan`.
 */
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import type { CellValue, PreviewPage, Scenario } from "./harness";
import { columnOf } from "./harness";

const HEADER_ROW = 2;
const ACTIVITY = "Activity";

const paneOf = (page: Page): Locator => page.locator("#pane");

interface Line {
  readonly row: number;
  readonly id: string;
  readonly status: string;
  readonly sku: string;
  readonly quantity: number;
  readonly tracking: string;
  /** An id Excel destroyed (more than 15 digits as a number): OrderFlow leaves such lines out. */
  readonly damaged: boolean;
}

async function readLines(preview: PreviewPage): Promise<Line[]> {
  const values = await preview.sheetValues(await preview.orderSheet);
  const header = values[HEADER_ROW - 1] ?? [];
  const col = (text: string): number => columnOf(header, text);
  const [id, status, sku, quantity, tracking] = [
    col("订单号 Order ID"),
    col("状态 Status"),
    col("SKU"),
    col("数量 Qty"),
    col("快递单号 Tracking"),
  ];
  return values
    .slice(HEADER_ROW)
    .map((cells, i) => ({
      row: HEADER_ROW + 1 + i,
      id: String(cells[id] ?? ""),
      status: String(cells[status] ?? ""),
      sku: String(cells[sku] ?? ""),
      quantity: Number.parseInt(String(cells[quantity] ?? "1"), 10) || 1,
      damaged: typeof cells[id] === "number" && String(cells[id]).length > 15,
      tracking: String(cells[tracking] ?? ""),
    }))
    .filter((line) => line.id !== "" && !line.damaged && !/E\+/.test(line.id));
}

/** Orders (by id) whose every line matches, with the lines. */
function ordersWhere(lines: readonly Line[], accept: (line: Line) => boolean): Map<string, Line[]> {
  const byId = new Map<string, Line[]>();
  for (const line of lines) byId.set(line.id, [...(byId.get(line.id) ?? []), line]);
  return new Map([...byId].filter(([, group]) => group.every(accept)));
}

/** Types a code the way a scanner sends it: fast keystrokes, then Enter. */
async function scan(page: Page, code: string): Promise<void> {
  const input = paneOf(page).getByRole("textbox", { name: "扫码或输入单号" });
  await input.pressSequentially(code, { delay: 5 });
  await input.press("Enter");
}

async function pickMe(page: Page, name: string): Promise<void> {
  await paneOf(page).getByRole("combobox", { name: "我是" }).click();
  await page.getByRole("option", { name }).click();
}

async function openScan(page: Page): Promise<void> {
  const pane = paneOf(page);
  await pane.getByRole("tab", { name: "仓库" }).click();
  await pane.getByRole("button", { name: "开始扫码" }).click();
  await pane.getByText(/已读取 \d+ 个订单/).waitFor({ timeout: 30_000 });
}

async function scanMoves(preview: PreviewPage, ids: readonly string[]): Promise<CellValue[][]> {
  return preview.until(
    `status moves logged with source scan for ${ids.join(", ")}`,
    () => preview.sheetValues(ACTIVITY),
    (log) =>
      ids.every((id) => log.some((r) => r[1] === id && r[3] === "状态 Status" && r[7] === "扫码 Scan")),
    20_000,
  );
}

export const WAREHOUSE_SCENARIOS: readonly Scenario[] = [
  {
    name: "warehouse › generates a pick list and packing slips for 待处理 orders and shows them as sheets in the grid",
    screenshot: "warehouse-pick-list",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const lines = await readLines(preview);
      const toProcess = lines.filter((l) => l.status.startsWith("待处理"));
      assert.ok(toProcess.length > 0, "the sample has 待处理 orders");
      await pane.getByRole("tab", { name: "仓库" }).click();
      // Scope: 待处理 only (the default also takes 处理中).
      await pane.getByRole("checkbox", { name: "处理中", exact: true }).click();
      await pane.getByRole("button", { name: "生成拣货单" }).click();
      await pane.getByText(/已生成“拣货单 Pick list”/).waitFor({ timeout: 30_000 });
      await page.getByRole("tab", { name: "拣货单 Pick list" }).click();
      const pick = await preview.sheetValues("拣货单 Pick list");
      const headerAt = pick.findIndex((row) => row.includes("SKU"));
      assert.ok(headerAt > 0, `a table header below the title block: ${JSON.stringify(pick.slice(0, 7))}`);
      const qty = columnOf(pick[headerAt]!, "数量");
      const units = pick.slice(headerAt + 1).reduce((sum, row) => sum + Number(row[qty] ?? 0), 0);
      const expected = toProcess.reduce((sum, line) => sum + line.quantity, 0);
      assert.equal(units, expected, "the pick list's units are the 待处理 lines' quantities");

      await pane.getByRole("button", { name: "生成发货单" }).click();
      await pane.getByText(/已生成“发货单 Packing slips”/).waitFor({ timeout: 30_000 });
      await page.getByRole("tab", { name: "发货单 Packing slips" }).click();
      const slips = await preview.sheetValues("发货单 Packing slips");
      const slipIds = slips.filter((row) => row[0] === "订单号").map((row) => String(row[1]));
      assert.deepEqual(
        [...slipIds].sort(),
        [...new Set(toProcess.map((l) => l.id))].sort(),
        "one slip per 待处理 order",
      );
    },
  },
  {
    name: "warehouse › scan-to-ship two orders with the tracking numbers scanned after them, logged as scan",
    screenshot: "warehouse-scan-ship",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const candidates = ordersWhere(
        await readLines(preview),
        (l) => l.status.startsWith("处理中") && l.tracking === "",
      );
      const ids = [...candidates.keys()].slice(0, 2);
      assert.equal(ids.length, 2, "two 处理中 orders without tracking in the sample");
      await pickMe(page, "王芳");
      await openScan(page);
      for (const [i, id] of ids.entries()) {
        await scan(page, id);
        await pane.getByText(`${id}：请扫描包裹上的快递单号。`).waitFor();
        await scan(page, `SF90000${i}`);
        await pane.getByText(`✓ ${id} 已发货，单号 SF90000${i}。`).waitFor({ timeout: 20_000 });
      }
      await pane.getByText("本次：打包 0，发货 2，拒绝 0").waitFor();
      const after = await readLines(preview);
      for (const [i, id] of ids.entries()) {
        for (const line of after.filter((l) => l.id === id)) {
          assert.ok(line.status.startsWith("已发货"), `${id} is shipped: ${line.status}`);
          assert.equal(line.tracking, `SF90000${i}`, `${id} has the scanned tracking number`);
        }
      }
      await scanMoves(preview, ids);
    },
  },
  {
    name: "warehouse › scan-to-verify refuses a wrong item, then ships once every item is scanned",
    screenshot: "warehouse-scan-verify",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const lines = await readLines(preview);
      const candidates = ordersWhere(lines, (l) => l.status.startsWith("处理中") && l.sku !== "");
      const [id, group] = [...candidates.entries()][0] ?? [];
      assert.ok(id && group, "a 处理中 order with SKUs in the sample");
      const wrong = lines.find((l) => l.sku !== "" && !group.some((g) => g.sku === l.sku));
      assert.ok(wrong, "a SKU from another order");
      await pickMe(page, "王芳");
      await openScan(page);
      await pane.getByRole("radio", { name: "扫码核对" }).click();
      await scan(page, id);
      await pane.getByText(new RegExp(`^核对 ${id}：`)).waitFor();
      await scan(page, wrong.sku);
      const refusal = pane.getByText(/错货！/);
      await refusal.waitFor();
      assert.equal(await refusal.getAttribute("data-tone"), "error", "the wrong item is refused in red");
      assert.equal(await pane.getByRole("button", { name: "发货", exact: true }).isDisabled(), true);
      for (const line of group) for (let n = 0; n < line.quantity; n++) await scan(page, line.sku);
      await pane.getByText("✓ 全部商品已核对，可以发货。").waitFor();
      await pane.getByRole("textbox", { name: "快递单号" }).fill("YT700001");
      await pane.getByRole("button", { name: "发货", exact: true }).click();
      await pane.getByText(`✓ ${id} 已发货，单号 YT700001。`).waitFor({ timeout: 20_000 });
      await scanMoves(preview, [id]);
    },
  },
];
