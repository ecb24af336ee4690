import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { TABLE_NAMES } from "../../../src/core/plan";
import { makeHost, NOW, OFFSET } from "./fixtures";

async function tableArea(
  name: string,
): Promise<{ row: number; column: number; rowCount: number; columnCount: number }> {
  return Excel.run(async (context) => {
    const range = context.workbook.tables.getItem(name).getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    return {
      row: range.rowIndex,
      column: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
    };
  });
}

async function write(row: number, column: number, text: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("OrderFlow").getRangeByIndexes(row, column, 1, 1).values = [[text]];
    await context.sync();
  });
}

describe("setup again with new status words, the lead's notes on the settings sheet", () => {
  it("are never overwritten by a longer Lists table: refused, nothing changed", async () => {
    const { host, restore } = makeHost();
    try {
      const first = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
      if (!first.ok) throw new Error(JSON.stringify(first.error));
      const lists = await tableArea(TABLE_NAMES.lists);
      await write(lists.row + lists.rowCount, lists.column, "我的备注 my note");
      const before = host.snapshot("OrderFlow");
      const words = ["待发", "待打包", "待拣货", "拣货中", "打包中", "待揽收", "已揽收"].map((value) => ({
        value,
        status: value.includes("揽") ? "shipped" : "toProcess",
      }));
      const again = await setupSheet({
        now: NOW,
        utcOffsetMinutes: OFFSET,
        choices: { vocabulary: words, labels: "zh-CN", addStatusColumn: true },
      });
      expect(again.ok).toBe(false);
      expect(JSON.stringify(again.ok ? null : again.error)).toContain("OrderFlow!");
      expect(host.snapshot("OrderFlow")).toEqual(before);
    } finally {
      restore();
    }
  });

  it("follow a lifecycle table the lead moved, and keep a note out of the way", async () => {
    const { host, restore } = makeHost();
    try {
      const first = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
      if (!first.ok) throw new Error(JSON.stringify(first.error));
      const lists = await tableArea(TABLE_NAMES.lists);
      // A note well below the Lists table: one more word does not reach it.
      await write(lists.row + lists.rowCount + 30, lists.column, "我的备注 my note");
      // The lead moves the lifecycle table 20 rows down (cut and paste).
      const lifecycle = await tableArea(TABLE_NAMES.lifecycle);
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("OrderFlow");
        const from = sheet.getRangeByIndexes(
          lifecycle.row,
          lifecycle.column,
          lifecycle.rowCount,
          lifecycle.columnCount,
        );
        from.load("values");
        await context.sync();
        const values = from.values;
        context.workbook.tables.getItem(TABLE_NAMES.lifecycle).delete();
        sheet.getRangeByIndexes(
          lifecycle.row + 20,
          lifecycle.column,
          lifecycle.rowCount,
          lifecycle.columnCount,
        ).values = values;
        sheet.tables.add(
          sheet.getRangeByIndexes(
            lifecycle.row + 20,
            lifecycle.column,
            lifecycle.rowCount,
            lifecycle.columnCount,
          ),
          true,
        ).name = TABLE_NAMES.lifecycle;
        await context.sync();
      });
      const again = await setupSheet({
        now: NOW,
        utcOffsetMinutes: OFFSET,
        choices: {
          vocabulary: [{ value: "待发", status: "toProcess" }],
          labels: "zh-CN",
          addStatusColumn: true,
        },
      });
      if (!again.ok) throw new Error(JSON.stringify(again.error));
      expect((await tableArea(TABLE_NAMES.lifecycle)).row).toBe(lifecycle.row + 20);
      // Setup wrote nothing where it was.
      expect(
        host
          .sheetValues("OrderFlow")
          .slice(lifecycle.row, lifecycle.row + lifecycle.rowCount)
          .every((row) =>
            row.slice(lifecycle.column, lifecycle.column + lifecycle.columnCount).every((v) => v === ""),
          ),
      ).toBe(true);
      expect(host.sheetValues("OrderFlow")[lists.row + lists.rowCount + 30]?.[lists.column]).toBe(
        "我的备注 my note",
      );
    } finally {
      restore();
    }
  });
});
