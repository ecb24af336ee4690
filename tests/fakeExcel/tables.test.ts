import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(seed?: Parameters<typeof setup>[1]): ReturnType<typeof setup>["host"] {
  const s = setup({}, seed);
  restore = s.restore;
  return s.host;
}

async function addTable(address: string): Promise<string> {
  return Excel.run(async (context) => {
    const t = context.workbook.worksheets.getItem("Orders").tables.add(address, true);
    t.load("name");
    await context.sync();
    return t.name;
  });
}

describe("tables.add", () => {
  it("renames blank and duplicate headers like Excel (Column2, Name2)", async () => {
    const host = start([
      ["Name", "", "Name", "name"],
      [1, 2, 3, 4],
    ]);
    await addTable("A1:D2");
    expect(host.tables()[0]!.columns).toEqual(["Name", "Column2", "Name2", "name3"]);
    expect(host.sheetValues("Orders", "A1:D1")).toEqual([["Name", "Column2", "Name2", "name3"]]);
  });

  it("refuses a range overlapping another table with InvalidArgument", async () => {
    const host = start();
    await addTable("A1:B4");
    const err = await rejection(addTable("B1:D4"));
    expect(err.code).toBe("InvalidArgument");
    expect(host.tables()).toHaveLength(1);
  });

  it("refuses a range containing merged cells with MergedRangeConflict", async () => {
    const host = start();
    host.mergeCells("Orders", "B2:C2");
    const err = await rejection(addTable("A1:D4"));
    expect(err.code).toBe("MergedRangeConflict");
    expect(host.tables()).toEqual([]);
  });

  it("lets code find merged cells through getMergedAreasOrNullObject", async () => {
    const host = start();
    host.mergeCells("Orders", "B2:C2");
    host.mergeCells("Orders", "A6:D6");
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      const merged = sheet.getRange("A1:D9").getMergedAreasOrNullObject();
      const none = sheet.getRange("F1:G2").getMergedAreasOrNullObject();
      merged.load("address,areaCount");
      await context.sync();
      return [merged.address, merged.areaCount, none.isNullObject];
    });
    expect(out).toEqual(["Orders!B2:C2,Orders!A6:D6", 2, true]);
  });
});

describe("table growth", () => {
  it("refuses rows.add when the cells below the table are not empty (no cell shifting)", async () => {
    const host = start();
    await addTable("A1:D4");
    host.workbook.setCells("Orders", "B5", [["note"]]);
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Table1").rows.add(undefined, [["A-4", "Zhao", "New", 7]]);
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
    expect(host.tables()[0]!.address).toBe("Orders!A1:D4");
  });

  it("refuses rows.add on a filtered table", async () => {
    const host = start();
    await addTable("A1:D4");
    host.setTableFiltered("Table1", true);
    const err = await rejection(
      Excel.run(async (context) => {
        const t = context.workbook.tables.getItem("Table1");
        t.autoFilter.load("isDataFiltered");
        await context.sync();
        expect(t.autoFilter.isDataFiltered).toBe(true);
        t.rows.add(undefined, [["A-4", "Zhao", "New", 7]]);
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
  });

  it("grows on a full-width write just below the body, and not on other writes", async () => {
    const host = start();
    await addTable("A1:D4");
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Table1");
      t.getDataBodyRange().getRowsBelow(2).values = [
        ["A-4", "Zhao", "New", 7],
        ["A-5", "Zhao", "New", 8],
      ];
      await context.sync();
      const sheet = context.workbook.worksheets.getItem("Orders");
      sheet.getRange("A7:B7").values = [["partial", "width"]];
      sheet.getRange("E1:E2").values = [["right"], ["of it"]];
      await context.sync();
    });
    expect(host.tables()[0]!.address).toBe("Orders!A1:D6");
  });

  it("refuses columns.add values whose shape is not rowCount x 1", async () => {
    const host = start();
    await addTable("A1:D4");
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Table1").columns.add(undefined, [["Tags"], ["u"]], "Tags");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(host.tables()[0]!.columns).toHaveLength(4);
  });

  it("finds columns by name and fails ItemNotFound for unknown ones", async () => {
    start();
    await addTable("A1:D4");
    const out = await Excel.run(async (context) => {
      const cols = context.workbook.tables.getItem("Table1").columns;
      const status = cols.getItem("status").getDataBodyRange();
      const missing = cols.getItemOrNullObject("Priority");
      status.load("address");
      await context.sync();
      return [status.address, missing.isNullObject];
    });
    expect(out).toEqual(["Orders!C2:C4", true]);
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Table1").columns.getItem("Priority").load("name");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
  });
});
