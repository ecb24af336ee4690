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
});

describe("conditional formats", () => {
  it("fails loudly on a kind OrderFlow does not write, so a new kind in src needs the fake first", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Orders")
          .getRange("C2:C4")
          .conditionalFormats.add("ContainsText");
        await context.sync();
      }),
    );
    expect(err.code).toBe("NotImplemented");
  });
});
