import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

describe("Range.columnHidden", () => {
  it("hides every column of the range, reads true / false / null (mixed), and shows them again", async () => {
    const s = setup();
    restore = s.restore;
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      sheet.getRange("B1").getEntireColumn().columnHidden = true;
      const b = sheet.getRange("B2");
      const ab = sheet.getRange("A1:B1");
      const c = sheet.getRange("C:C");
      b.load("columnHidden");
      ab.load("columnHidden");
      c.load("columnHidden");
      await context.sync();
      return [b.columnHidden, ab.columnHidden, c.columnHidden];
    });
    expect(read).toEqual([true, null, false]);
    expect(s.host.columnHidden("Orders", 1)).toBe(true);
    // Values in a hidden column are still there and still read.
    expect(s.host.sheetValues("Orders", "B2")).toEqual([["Li"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").getRange("B:B").columnHidden = false;
      await context.sync();
    });
    expect(s.host.columnHidden("Orders", 1)).toBe(false);
  });

  it("is a format change: refused on a protected sheet", async () => {
    const s = setup();
    restore = s.restore;
    s.host.protectSheet("Orders");
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Orders");
        sheet.getRange("B:B").columnHidden = true;
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(s.host.columnHidden("Orders", 1)).toBe(false);
  });
});
