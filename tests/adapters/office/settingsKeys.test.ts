import { applySettings } from "../../../src/adapters/office/applySettings";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { TABLE_NAMES } from "../../../src/core/plan";
import type { FakeExcelHost } from "../../fakeExcel";
import { makeHost, NOW, OFFSET } from "./fixtures";

/** The table's area on the settings sheet: first column (0-based), header row, headers. */
async function tableAt(name: string): Promise<{ row: number; column: number; headers: string[] }> {
  return Excel.run(async (context) => {
    const header = context.workbook.tables.getItem(name).getHeaderRowRange();
    header.load("values,rowIndex,columnIndex");
    await context.sync();
    return { row: header.rowIndex, column: header.columnIndex, headers: header.values[0] as string[] };
  });
}

/** Adds a row to a settings table by header, as the lead types it (the hidden key cell left blank). */
async function addRow(name: string, cells: Record<string, string>): Promise<void> {
  const { headers } = await tableAt(name);
  await Excel.run(async (context) => {
    context.workbook.tables.getItem(name).rows.add(undefined, [headers.map((h) => cells[h] ?? "")]);
    await context.sync();
  });
}

async function setCell(name: string, header: string, rowIndex: number, value: string): Promise<void> {
  const { row, column, headers } = await tableAt(name);
  await Excel.run(async (context) => {
    context.workbook.worksheets
      .getItem("OrderFlow")
      .getRangeByIndexes(row + rowIndex, column + headers.indexOf(header), 1, 1).values = [[value]];
    await context.sync();
  });
}

describe("the settings sheet's internal keys are hidden, and the lead never types one", () => {
  let host: FakeExcelHost;
  let restore: () => void;
  beforeEach(async () => {
    ({ host, restore } = makeHost());
    const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  });
  afterEach(() => restore());

  it("hides the key columns of the lifecycle and reasons tables, and only them; the titles stay visible", async () => {
    const hiddenColumns: string[] = [];
    const values = host.sheetValues("OrderFlow");
    const width = Math.max(...values.map((r) => r.length));
    for (let c = 0; c < width; c++) {
      if (host.columnHidden("OrderFlow", c)) hiddenColumns.push(String(values[1]?.[c] ?? ""));
    }
    expect(hiddenColumns).toEqual(["key（内部，勿改）internal", "键 Key"]);
    const lifecycle = await tableAt(TABLE_NAMES.lifecycle);
    expect(host.columnHidden("OrderFlow", lifecycle.column)).toBe(true);
    // The title sits over the first shown column.
    expect(values[0]?.[lifecycle.column + 1]).toBe("流程 Lifecycle");
    expect(host.columnHidden("OrderFlow", lifecycle.column + 1)).toBe(false);
  });

  it("a status and a reason the lead adds by name only reach the dropdowns (by the team's word) after Apply settings", async () => {
    await addRow(TABLE_NAMES.lifecycle, {
      中文: "等库存",
      English: "Waiting stock",
      "下一步 Next": "待处理、已取消",
      "团队写法 Team's words": "缺货中",
    });
    await addRow(TABLE_NAMES.reasons, { 中文: "发票问题", English: "Invoice" });
    // The new status is reachable from 待处理 (row 2 of the table body: toProcess), by its name.
    await setCell(TABLE_NAMES.lifecycle, "下一步 Next", 2, "处理中、异常、等库存、售后中、已取消");
    const result = await applySettings();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.changedLists).toBe(true);
    const lists = await tableAt(TABLE_NAMES.lists);
    const listValues = host.sheetValues("OrderFlow").map((r) => r.slice(lists.column, lists.column + 4));
    const column = (header: string): string[] =>
      listValues.map((r) => String(r[lists.headers.indexOf(header)] ?? ""));
    expect(column("状态 Statuses")).toContain("缺货中");
    expect(column("问题原因 Problem reasons")).toContain("发票问题 Invoice");
    // The hidden key cells stay blank: the keys are derived from the names whenever the table is read.
    const lifecycle = await tableAt(TABLE_NAMES.lifecycle);
    const added = host.sheetValues("OrderFlow")[lifecycle.row + 11];
    expect(added?.slice(lifecycle.column, lifecycle.column + 3)).toEqual(["", "等库存", "Waiting stock"]);
  });

  it("Apply settings hides the key columns of an older settings sheet (or ones the lead unhid), once", async () => {
    const lifecycle = await tableAt(TABLE_NAMES.lifecycle);
    const reasons = await tableAt(TABLE_NAMES.reasons);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("OrderFlow");
      for (const column of [lifecycle.column, reasons.column])
        sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().columnHidden = false;
      await context.sync();
    });
    expect(host.columnHidden("OrderFlow", lifecycle.column)).toBe(false);
    const first = await applySettings();
    expect(first.ok && first.value.upToDate).toBe(false);
    expect(host.columnHidden("OrderFlow", lifecycle.column)).toBe(true);
    expect(host.columnHidden("OrderFlow", reasons.column)).toBe(true);
    expect(host.columnHidden("OrderFlow", lifecycle.column + 1)).toBe(false);
    const second = await applySettings();
    expect(second.ok && second.value.upToDate).toBe(true);
  });

  it("names a broken row by row and column, and a row without names by row", async () => {
    await addRow(TABLE_NAMES.lifecycle, {
      中文: "等库存",
      English: "Waiting stock",
      "下一步 Next": "打包中",
    });
    await addRow(TABLE_NAMES.lifecycle, { "下一步 Next": "已取消" });
    const before = host.snapshot("OrderFlow");
    const result = await applySettings();
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result.ok ? null : result.error);
    // Header on sheet row 2, ten statuses on rows 3–12: the added rows are 13 and 14.
    expect(text).toContain(
      'Row 13, column \\"下一步 Next\\" (等库存 Waiting stock): \\"打包中\\" is not a status',
    );
    expect(text).toContain("Row 14: the status has no name");
    expect(host.snapshot("OrderFlow")).toEqual(before);
  });
});
