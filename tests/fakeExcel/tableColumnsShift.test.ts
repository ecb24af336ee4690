import type { SeedCell } from "./index";
import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

/** A table A1:B3 with the user's notes beside it (D2, and D5 below the table's rows) and a title above. */
const SEED: SeedCell[][] = [
  ["Order ID", "Status", null, "Title"],
  ["A-1", "New", null, "note 1"],
  ["A-2", "Done", null, null],
  [null, null, null, null],
  [null, null, null, "note below"],
];

async function addColumn(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.getItem("Orders").columns.add(undefined, undefined, name);
    await context.sync();
  });
}

function start(strict: { tableColumnsShift?: boolean } = {}) {
  const s = setup({ strict }, SEED);
  restore = s.restore;
  return s.host;
}

async function makeTable(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.add("Orders!A1:B3", true).name = "Orders";
    await context.sync();
  });
}

describe("table.columns.add shifts cells beside the table, in its rows only, as Excel inserts cells", () => {
  it("moves the user's cells right of the table one column right; rows above and below stay", async () => {
    const host = start();
    await makeTable();
    await addColumn("Due");
    expect(host.sheetValues("Orders", "A1:E5")).toEqual([
      ["Order ID", "Status", "Due", "", "Title"],
      ["A-1", "New", "", "", "note 1"],
      ["A-2", "Done", "", "", ""],
      ["", "", "", "", ""],
      ["", "", "", "note below", ""],
    ]);
  });

  it("moves a whole table beside it along, and refuses to move part of one", async () => {
    const host = start();
    await makeTable();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").getRange("E1:F2").values = [
        ["K", "V"],
        ["a", "b"],
      ];
      context.workbook.tables.add("Orders!E1:F2", true).name = "Side";
      await context.sync();
    });
    await addColumn("Due");
    expect(host.tables().find((t) => t.name === "Side")?.address).toBe("Orders!F1:G2");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").getRange("I2:I5").values = [["x"], ["y"], ["z"], ["w"]];
      context.workbook.tables.add("Orders!I2:I5", true).name = "Tall";
      await context.sync();
    });
    const error = await rejection(addColumn("Tags"));
    expect(error.code).toBe("InvalidOperation");
    expect(error.message).toContain("shift cells in table 'Tall'");
    // Nothing moved by the refused statement.
    expect(host.tables().find((t) => t.name === "Side")?.address).toBe("Orders!F1:G2");
  });

  it("with the switch off, refuses instead of shifting (the fake's older, kinder behaviour)", async () => {
    const host = start({ tableColumnsShift: false });
    await makeTable();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").getRange("C2").values = [["right beside"]];
      await context.sync();
    });
    const error = await rejection(addColumn("Due"));
    expect(error.code).toBe("InvalidOperation");
    expect(host.sheetValues("Orders", "C2:D2")).toEqual([["right beside", "note 1"]]);
  });
});
