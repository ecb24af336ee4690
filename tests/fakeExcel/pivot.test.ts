import { rejection, setup } from "./testkit";
import type { SeedCell } from "./index";

let restore: () => void = () => undefined;
afterEach(() => restore());

const DATA: SeedCell[][] = [
  ["Order ID", "Owner", "Status", "Amount"],
  ["A-1", "Li", "New", 10],
  ["A-2", "Wang", "Done", 20],
  ["A-3", "Li", "Done", 5],
  ["A-4", "Li", "Done", 1],
  ["A-5", "", "New", 4],
];

function start(): ReturnType<typeof setup>["host"] {
  const s = setup({}, DATA);
  restore = s.restore;
  s.host.workbook.addTable("Orders", "A1:D6", "Orders");
  s.host.workbook.addSheet("Review");
  return s.host;
}

describe("pivot tables", () => {
  it("sums numbers by default and reflects new source rows only after refresh", async () => {
    const host = start();
    await Excel.run(async (context) => {
      const pt = context.workbook.pivotTables.add("Amounts", "Orders", "Review!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("Status"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("Amount"));
      await context.sync();
    });
    expect(host.sheetValues("Review", "A1:B4")).toEqual([
      ["Status", "Sum of Amount"],
      ["Done", 26],
      ["New", 14],
      ["Grand Total", 40],
    ]);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Orders").rows.add(undefined, [["A-6", "Wang", "New", 100]]);
      await context.sync();
      const range = context.workbook.worksheets.getItem("Review").getRange("B3");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[14]]);
      context.workbook.pivotTables.getItem("Amounts").refresh();
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[114]]);
    });
  });

  it("fails ItemNotFound on sync for a hierarchy name not in the source header", async () => {
    const host = start();
    const err = await rejection(
      Excel.run(async (context) => {
        const pt = context.workbook.worksheets
          .getItem("Review")
          .pivotTables.add("P", context.workbook.tables.getItem("Orders"), "A1");
        pt.rowHierarchies.add(pt.hierarchies.getItem("Priority"));
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    expect(host.pivots()).toEqual([]);
  });

  it("refuses a second pivot with the same name", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Review");
        sheet.pivotTables.add("P", "Orders", "A1");
        sheet.pivotTables.add("P", "Orders", "H1");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemAlreadyExists");
  });
});
