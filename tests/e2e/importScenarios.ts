/**
 * Issue 12's journey in the preview: a lead imports the morning's Taobao (GBK), Douyin (UTF-8 with BOM)
 * and Amazon (tab-separated) exports into the sample sheet through the pane's 导入 tab — the file picker,
 * the preview's counts, the import — and the grid shows the new rows with statuses and owners, the
 * tracking numbers on existing rows, the team's own columns untouched; importing again changes nothing.
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Locator, Page, Worker } from "playwright-core";
import { sampleExportBytes, sampleExportXlsx } from "../preview/sampleExportBytes";
import { makeSampleExports } from "../preview/sampleExports";
import type { CellValue, PreviewPage, Scenario } from "./harness";
import { columnOf, HEADER_ROW } from "./harness";

const paneOf = (page: Page): Locator => page.locator("#pane");

/** The sample exports for the sheet as the preview holds it, written to files as a browser would pick them. */
async function writeExports(
  preview: PreviewPage,
): Promise<{ files: string[]; added: number; changed: number }> {
  const values = await preview.sheetValues(await preview.orderSheet);
  const samples = makeSampleExports(values);
  const dir = mkdtempSync(path.join(tmpdir(), "orderflow-import-"));
  const files: string[] = [];
  for (const sample of samples) {
    // Douyin's export as the XLSX 抖店 also gives: read by ExcelJS in the pane's worker.
    const xlsx = sample.name.startsWith("抖店");
    const file = path.join(dir, xlsx ? sample.name.replace(/\.csv$/, ".xlsx") : sample.name);
    writeFileSync(file, xlsx ? await sampleExportXlsx(sample) : sampleExportBytes(sample));
    files.push(file);
  }
  return {
    files,
    added: samples.reduce((n, s) => n + s.expect.added, 0),
    changed: samples.reduce((n, s) => n + s.expect.changed, 0),
  };
}

async function count(pane: Locator, key: string): Promise<number> {
  return Number((await pane.locator(`[data-count="${key}"]`).textContent())?.replace(/,/g, ""));
}

const dataRows = (values: CellValue[][]): CellValue[][] =>
  values.slice(HEADER_ROW).filter((row) => row.some((cell) => cell !== "" && cell !== null));

export const IMPORT_SCENARIOS: readonly Scenario[] = [
  {
    name: "import › a lead imports Taobao, Douyin and Amazon exports, sees the preview, imports, and a second import changes nothing",
    screenshot: "import-preview",
    query: "setup=1",
    async run(preview) {
      const { page } = preview;
      const pane = paneOf(page);
      const sheet = await preview.orderSheet;
      const before = await preview.sheetValues(sheet);
      const exports = await writeExports(preview);

      await pane.getByRole("combobox", { name: "我是" }).click();
      await page.getByRole("option", { name: "李娜" }).click();
      await pane.getByRole("tab", { name: "导入" }).click();
      const workers: Worker[] = [];
      page.on("worker", (worker) => workers.push(worker));
      const chooser = page.waitForEvent("filechooser");
      await pane.getByRole("button", { name: "选择导出文件…" }).click();
      await (await chooser).setFiles(exports.files);

      // The preview: per file its platform, then the counts, before anything is written.
      await pane.getByText("预览（订单行）").waitFor({ timeout: 30_000 });
      await pane.getByText(/ExportOrderList202611260830\.csv：淘宝\/天猫/).waitFor();
      await pane.getByText(/抖店订单导出_20261126\.xlsx：抖音/).waitFor();
      // Read off the main thread: the worker started and took messages (a failing worker falls back).
      assert.equal(await workers[0]?.evaluate(() => typeof globalThis.onmessage), "function");
      await pane.getByText(/Amazon-orders-report-2026-11-26\.txt：亚马逊/).waitFor();
      assert.equal(await count(pane, "countNew"), exports.added);
      assert.equal(await count(pane, "countChanged"), exports.changed);
      assert.equal(await count(pane, "countConflicts"), 1);
      await pane.getByText(/变化的字段：.*快递单号/).waitFor();
      assert.deepEqual(await preview.sheetValues(sheet), before, "the preview writes nothing");
      await page.screenshot({ path: path.join("test-results", "e2e", "import-preview-counts.png") });

      await pane.getByRole("button", { name: /^导入：新增/ }).click();
      await pane.getByText(/已导入到/).waitFor({ timeout: 30_000 });
      const after = await preview.sheetValues(sheet);
      const header = after[HEADER_ROW - 1] ?? [];
      const [id, status, owner, tracking, tags] = [
        columnOf(header, "订单号"),
        columnOf(header, "状态 Status"),
        columnOf(header, "负责人"),
        columnOf(header, "快递单号"),
        columnOf(header, "标签"),
      ];
      const oldRows = dataRows(before);
      const newRows = dataRows(after);
      assert.equal(newRows.length, oldRows.length + exports.added, "one row per new order line");
      const added = newRows.slice(oldRows.length);
      for (const row of added) {
        assert.match(String(row[status]), /^待处理/, `a new order has a status: ${JSON.stringify(row)}`);
        assert.match(String(row[id]), /^\S+$/, "the id is there, as text");
      }
      assert.ok(
        added.some((row) => String(row[owner]) !== ""),
        "routing gave new orders an owner of the stage's role",
      );
      // Existing rows: the team's columns as they were; tracking numbers filled where the export shipped.
      let filled = 0;
      oldRows.forEach((row, i) => {
        const now = newRows[i]!;
        assert.equal(now[owner], row[owner], `row ${i}: the owner stays`);
        assert.equal(now[tags], row[tags], `row ${i}: the tags stay`);
        if (row[tracking] === "" && now[tracking] !== "") filled++;
      });
      assert.equal(filled, 4, "the four Taobao orders shipped since have their tracking numbers");
      await preview.scrollToRow(HEADER_ROW + newRows.length);
      await page.screenshot({ path: path.join("test-results", "e2e", "import-done.png") });
      const log = await preview.sheetValues("Activity");
      assert.ok(log.filter((row) => row[7] === "导入 Import").length >= exports.added + filled);

      // The same files again: nothing to do, nothing written.
      const again = page.waitForEvent("filechooser");
      await pane.getByRole("button", { name: "选择其他文件…" }).click();
      await (await again).setFiles(exports.files);
      await pane.getByText("表格已是最新：没有新订单，也没有变化。").waitFor({ timeout: 30_000 });
      assert.equal(await count(pane, "countNew"), 0);
      assert.deepEqual(await preview.sheetValues(sheet), after, "importing again changes nothing");
    },
  },
];
