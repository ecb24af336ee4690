import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options = {}): ReturnType<typeof setup>["host"] {
  const s = setup(options);
  restore = s.restore;
  return s.host;
}

describe("requirement sets", () => {
  it("answers isSetSupported against the highest supported version", () => {
    const host = start();
    host.setRequirementSet("ExcelApi", "1.8");
    expect([
      Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
      Office.context.requirements.isSetSupported("ExcelApi", "1.12"),
      Office.context.requirements.isSetSupported("ExcelApi", "1.7"),
      Office.context.requirements.isSetSupported("SharedRuntime", "1.1"),
    ]).toEqual([true, false, true, true]);
    host.setRequirementSet("SharedRuntime", false);
    expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
  });

  it.each([
    [
      "1.7",
      "pivotTables.add",
      (c: Excel.RequestContext) => void c.workbook.pivotTables.add("P", "Orders!A1:D4", "Orders!H1"),
    ],
    [
      "1.12",
      "getMergedAreasOrNullObject",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets
          .getItem("Orders")
          .getRange("A1:B2")
          .getMergedAreasOrNullObject()
          .load("address"),
    ],
    [
      "1.8",
      "getTables",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets.getItem("Orders").getRange("A1:B2").getTables().load("items"),
    ],
    [
      "1.7",
      "dataValidation",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets.getItem("Orders").getRange("A1").dataValidation.clear(),
    ],
  ])(
    "with ExcelApi %s, %s fails the sync with ApiNotFound and applies nothing",
    async (version, _member, use) => {
      const host = start();
      host.setRequirementSet("ExcelApi", version);
      const err = await rejection(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Orders").getRange("B2").values = [["changed"]];
          use(context);
          await context.sync();
        }),
      );
      expect(err.code).toBe("ApiNotFound");
      expect(host.cell("Orders", "B2").value).toBe("Li");
    },
  );
});

describe("protected sheets", () => {
  it("refuses a write to locked cells with AccessDenied and applies nothing of the batch", async () => {
    const host = start();
    host.workbook.addSheet("Log");
    host.protectSheet("Orders");
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Log").getRange("A1").values = [["first"]];
        context.workbook.worksheets.getItem("Orders").getRange("C2").values = [["Shipped"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("AccessDenied");
    expect([host.sheetValues("Log"), host.cell("Orders", "C2").value]).toEqual([[], "New"]);
  });

  it("refuses to unlock cells or add validation while protected", async () => {
    start().protectSheet("Orders");
    const errs = await Promise.all([
      rejection(
        Excel.run(async (c) => {
          c.workbook.worksheets.getItem("Orders").getRange("C:C").format.protection.locked = false;
          await c.sync();
        }),
      ),
      rejection(
        Excel.run(async (c) => {
          c.workbook.worksheets.getItem("Orders").getRange("C2:C4").dataValidation.rule = {
            list: { inCellDropDown: true, source: "a,b" },
          };
          await c.sync();
        }),
      ),
    ]);
    expect(errs.map((e) => e.code)).toEqual(["AccessDenied", "AccessDenied"]);
  });
});

describe("cell edit mode", () => {
  it("fails a sync with InvalidOperationInCellEditMode and applies nothing", async () => {
    const host = start();
    host.setCellEditMode(true);
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("C2").values = [["Shipped"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperationInCellEditMode");
    expect(host.cell("Orders", "C2").value).toBe("New");
  });

  it("holds a delayForCellEdit batch until edit mode ends, then applies it", async () => {
    const host = start();
    host.setCellEditMode(true);
    const run = Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Orders").getRange("C2").values = [["Shipped"]];
      await context.sync();
      return "done";
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(host.cell("Orders", "C2").value).toBe("New");
    host.setCellEditMode(false);
    await expect(run).resolves.toBe("done");
    expect(host.cell("Orders", "C2").value).toBe("Shipped");
  });
});
