/**
 * Issue 12's preview journey, without the browser: the preview's workbook set up as with `setup=1`, the
 * three sample exports read from their bytes (GBK, UTF-8 with BOM, tab-separated) exactly as the pane
 * reads them, imported through the real Office port. The counts each export promises are what the import
 * does; the tracking numbers land on the rows that had none; the team's owners stay; a second import
 * changes nothing.
 */
import { readExport } from "../../src/adapters/exportFiles/readExport";
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { workflowRuntime } from "../../src/adapters/office/workflowRuntime";
import type { ExportFile } from "../../src/core/import";
import { createPreviewWorkbook } from "./previewWorkbook";
import { sampleExportBytes } from "./sampleExportBytes";
import { makeSampleExports } from "./sampleExports";
import { setUpPreviewSheet } from "./setUpPreview";

const NOW = 46351 + 9 / 24;

describe("the preview's sample exports imported into the sample sheet", () => {
  afterEach(() => workflowRuntime.stop());

  it("adds the new orders, fills the tracking numbers, flags the cancellation, and a second import changes nothing", async () => {
    const workbook = createPreviewWorkbook({ rows: 300, now: NOW });
    const port = createOfficeWorkbookPort();
    await setUpPreviewSheet(workbook, port, { now: NOW });
    const samples = makeSampleExports(workbook.host.sheetValues(workbook.orderSheet));
    const files: ExportFile[] = [];
    for (const sample of samples) {
      const read = await readExport(sample.name, sampleExportBytes(sample));
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      files.push(read.value);
    }
    const expected = samples.reduce(
      (sum, s) => ({
        added: sum.added + s.expect.added,
        changed: sum.changed + s.expect.changed,
        unchanged: sum.unchanged + s.expect.unchanged,
      }),
      { added: 0, changed: 0, unchanged: 0 },
    );
    const before = workbook.host.sheetValues(workbook.orderSheet);

    const preview = await port.importOrders!(files, { who: "李娜", dryRun: true });
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.value).toMatchObject({ ...expected, duplicates: 0, conflicts: 1, written: false });
    expect(preview.value.files.map((f) => f.platform)).toEqual(["taobao", "douyin", "amazon"]);
    expect(preview.value.refused).toEqual([]);

    const done = await port.importOrders!(files, { who: "李娜", dryRun: false });
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    expect(done.value).toMatchObject({ ...expected, written: true });
    const after = workbook.host.sheetValues(workbook.orderSheet);
    expect(after.filter((r) => r.some((v) => v !== ""))).toHaveLength(
      before.filter((r) => r.some((v) => v !== "")).length + expected.added,
    );
    const header = after[1] ?? [];
    const col = (text: string): number => header.findIndex((h) => String(h).includes(text));
    const [id, tracking, owner] = [col("订单号"), col("快递单号"), col("负责人")];
    // The Taobao orders shipped since have the export's tracking numbers, and keep their owners.
    expect(preview.value.conflictList).toEqual([
      expect.objectContaining({ market: "已关闭", to: "cancelled", applied: false }),
    ]);
    // The Taobao file as read: 订单编号 first, 订单状态 fourth, 物流单号 eleventh, ids as ="…".
    const shippedIds = (files[0]?.grid ?? [])
      .filter((row) => row[3] === "卖家已发货，等待买家确认")
      .map((row) => [String(row[0]).replace(/^="|"$/g, ""), String(row[10]).replace(/^="|"$/g, "")]);
    expect(shippedIds).toHaveLength(4);
    for (const [orderId, number] of shippedIds) {
      const index = after.findIndex((r) => r[id] === orderId);
      expect(after[index]?.[tracking]).toBe(number);
      expect(after[index]?.[owner]).toBe(before[index]?.[owner]);
    }

    const again = await port.importOrders!(files, { who: "李娜", dryRun: false });
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value).toMatchObject({ added: 0, changed: 0, written: false });
    expect(workbook.host.sheetValues(workbook.orderSheet)).toEqual(after);
  });
});
