import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(): ReturnType<typeof setup>["host"] {
  const s = setup();
  restore = s.restore;
  return s.host;
}

describe("data validation", () => {
  it("stores a list rule, alert and prompt on the range, replacing rather than stacking on re-apply", async () => {
    const host = start();
    const apply = (): Promise<void> =>
      Excel.run(async (context) => {
        const dv = context.workbook.worksheets.getItem("Orders").getRange("C2:C4").dataValidation;
        dv.clear();
        dv.rule = { list: { inCellDropDown: true, source: "New,Done,Blocked" } };
        dv.errorAlert = { showAlert: true, style: "Stop", title: "Invalid", message: "Pick one" };
        dv.prompt = { showPrompt: true, title: "Status", message: "Choose" };
        dv.ignoreBlanks = false;
        await context.sync();
      });
    await apply();
    await apply();
    expect(host.validationRules("Orders")).toEqual([
      {
        address: "Orders!C2:C4",
        type: "list",
        rule: { list: { inCellDropDown: true, source: "New,Done,Blocked" } },
        errorAlert: { showAlert: true, style: "Stop", title: "Invalid", message: "Pick one" },
        prompt: { showPrompt: true, title: "Status", message: "Choose" },
        ignoreBlanks: false,
      },
    ]);
  });

  it("turns a Range source into an absolute reference and reads rule, type and validity back", async () => {
    const host = start();
    host.workbook.addSheet("Lists", [["New"], ["Done"]]);
    host.workbook.setCells("Orders", "C4", [["Bogus"]]);
    const out = await Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Orders").getRange("C2:C4").dataValidation;
      dv.rule = {
        list: {
          inCellDropDown: true,
          source: context.workbook.worksheets.getItem("Lists").getRange("A1:A2"),
        },
      };
      dv.load("rule,type,valid");
      await context.sync();
      return [dv.rule, dv.type, dv.valid];
    });
    expect(out).toEqual([{ list: { inCellDropDown: true, source: "=Lists!$A$1:$A$2" } }, "List", false]);
  });

  it("refuses a rule with zero or two rule types (whole-object assignment)", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("C2:C4").dataValidation.rule = {
          list: { inCellDropDown: true, source: "a" },
          custom: { formula: "=1" },
        };
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  it("refuses property-by-property edits of an unloaded rule", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        const dv = context.workbook.worksheets.getItem("Orders").getRange("C2:C4").dataValidation;
        dv.rule.list = { inCellDropDown: true, source: "a" };
        await context.sync();
      }),
    );
    expect(err.code).toBe("PropertyNotLoaded");
  });

  it("clears only the overlap", async () => {
    const host = start();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      sheet.getRange("B2:B9").dataValidation.rule = { custom: { formula: "=LEN(B2)>0" } };
      await context.sync();
      sheet.getRange("B5:B9").dataValidation.clear();
      await context.sync();
    });
    expect(host.validationRules("Orders").map((v) => v.address)).toEqual(["Orders!B2:B4"]);
  });
});

describe("conditional formats", () => {
  it("stores Custom, ContainsText and CellValue formats with priority and stopIfTrue", async () => {
    const host = start();
    await Excel.run(async (context) => {
      const body = context.workbook.worksheets.getItem("Orders").getRange("A2:D4");
      const custom = body.conditionalFormats.add("Custom");
      custom.custom.rule.formula = '=ISNUMBER(SEARCH("#urgent",$C2))';
      custom.custom.format.fill.color = "#FFC7CE";
      custom.custom.format.font.color = "#9C0006";
      custom.custom.format.font.bold = true;
      custom.stopIfTrue = true;
      const text = context.workbook.worksheets
        .getItem("Orders")
        .getRange("C2:C4")
        .conditionalFormats.add("ContainsText");
      text.textComparison.format.fill.color = "#FFEB9C";
      text.textComparison.rule = { operator: "Contains", text: "#blocked" };
      const value = context.workbook.worksheets
        .getItem("Orders")
        .getRange("D2:D4")
        .conditionalFormats.add("CellValue");
      value.cellValue.format.fill.color = "#F8CBAD";
      value.cellValue.rule = { formula1: "=14", operator: "GreaterThan" };
      value.priority = 2;
      await context.sync();
    });
    expect(
      host
        .conditionalFormats("Orders")
        .map((c) => [c.type, c.address, c.priority, c.stopIfTrue, c.rule, c.format.fill]),
    ).toEqual([
      ["ContainsText", "Orders!C2:C4", 0, false, { operator: "Contains", text: "#blocked" }, "#FFEB9C"],
      ["Custom", "Orders!A2:D4", 1, true, { formula: '=ISNUMBER(SEARCH("#urgent",$C2))' }, "#FFC7CE"],
      ["CellValue", "Orders!D2:D4", 2, false, { formula1: "=14", operator: "GreaterThan" }, "#F8CBAD"],
    ]);
    expect(host.conditionalFormats("Orders")[1]!.format).toMatchObject({ fontColor: "#9C0006", bold: true });
  });

  it("counts and clears the formats of a range, so re-applying is idempotent", async () => {
    const host = start();
    const apply = (): Promise<number> =>
      Excel.run(async (context) => {
        const cfs = context.workbook.worksheets.getItem("Orders").getRange("A2:D4").conditionalFormats;
        cfs.clearAll();
        cfs.add("Custom").custom.rule.formula = "=$D2>10";
        const count = cfs.getCount();
        await context.sync();
        return count.value;
      });
    expect([await apply(), await apply()]).toEqual([1, 1]);
    expect(host.conditionalFormats("Orders")).toHaveLength(1);
  });

  it("refuses a textComparison rule without operator and text, and .custom on a CellValue format", async () => {
    start();
    const errs = await Promise.all([
      rejection(
        Excel.run(async (context) => {
          const cf = context.workbook.worksheets
            .getItem("Orders")
            .getRange("C2:C4")
            .conditionalFormats.add("ContainsText");
          cf.textComparison.rule = { text: "x" } as Excel.ConditionalTextComparisonRule;
          await context.sync();
        }),
      ),
      rejection(
        Excel.run(async (context) => {
          const cf = context.workbook.worksheets
            .getItem("Orders")
            .getRange("C2:C4")
            .conditionalFormats.add("CellValue");
          cf.custom.rule.formula = "=1";
          await context.sync();
        }),
      ),
    ]);
    expect(errs.map((e) => e.code)).toEqual(["InvalidArgument", "InvalidOperation"]);
  });

  it("deletes one format and returns its range", async () => {
    const host = start();
    const address = await Excel.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("Orders").getRange("B2:B4").conditionalFormats;
      cfs.add("Custom").custom.rule.formula = "=TRUE";
      await context.sync();
      cfs.load("items");
      await context.sync();
      const range = cfs.items[0]!.getRange();
      range.load("address");
      cfs.items[0]!.delete();
      await context.sync();
      return range.address;
    });
    expect([address, host.conditionalFormats("Orders")]).toEqual(["Orders!B2:B4", []]);
  });
});
