import { setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options = {}): ReturnType<typeof setup>["host"] {
  const s = setup(options);
  restore = s.restore;
  return s.host;
}

type Args = Excel.WorksheetChangedEventArgs;

async function listen(seen: Args[]): Promise<OfficeExtension.EventHandlerResult<Args>> {
  return Excel.run(async (context) => {
    const result = context.workbook.worksheets.getItem("Orders").onChanged.add((args) => {
      seen.push(args);
      return Promise.resolve();
    });
    await context.sync();
    return result;
  });
}

describe("worksheet onChanged", () => {
  it("gives details (before/after) only for a single-cell change", async () => {
    const host = start();
    const seen: Args[] = [];
    await listen(seen);
    await host.userEdit("Orders", "C2", [["Done"]]);
    await host.userEdit("Orders", "C3:C4", [["New"], ["New"]]);
    expect(seen.map((a) => [a.address, a.source, a.changeType, a.triggerSource, a.details])).toEqual([
      [
        "C2",
        "Local",
        "RangeEdited",
        "Unknown",
        { valueBefore: "New", valueAfter: "Done", valueTypeBefore: "String", valueTypeAfter: "String" },
      ],
      ["C3:C4", "Local", "RangeEdited", "Unknown", undefined],
    ]);
    const id = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      sheet.load("id");
      await context.sync();
      return sheet.id;
    });
    expect(seen[0]!.worksheetId).toBe(id);
    expect(host.sheetValues("Orders", "C2:C4")).toEqual([["Done"], ["New"], ["New"]]);
  });

  it("passes the Remote source of co-author changes", async () => {
    const host = start();
    const seen: Args[] = [];
    await listen(seen);
    await host.raiseChange({ sheet: "Orders", address: "B2", source: "Remote" });
    expect(seen.map((a) => a.source)).toEqual(["Remote"]);
  });

  it("omits triggerSource below ExcelApi 1.14", async () => {
    const host = start();
    host.setRequirementSet("ExcelApi", "1.13");
    const seen: Args[] = [];
    await listen(seen);
    await host.raiseChange({ sheet: "Orders", address: "B2" });
    expect("triggerSource" in seen[0]!).toBe(false);
  });

  it("raises ThisLocalAddin events for the add-in's own writes while events are enabled", async () => {
    const host = start();
    const seen: Args[] = [];
    await listen(seen);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").getRange("C2").values = [["Done"]];
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Orders").getRange("C3").values = [["Done"]];
      await context.sync();
      context.runtime.enableEvents = true;
    });
    await host.flushEvents();
    expect(seen.map((a) => [a.address, a.triggerSource, a.details.valueBefore as unknown])).toEqual([
      ["C2", "ThisLocalAddin", "New"],
    ]);
  });

  it("stops calling a handler after remove() in its own context", async () => {
    const host = start();
    const seen: Args[] = [];
    const result = await listen(seen);
    await Excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    await host.raiseChange({ sheet: "Orders", address: "B2" });
    expect([seen.length, host.handlerCount("Orders")]).toEqual([0, 0]);
  });
});

describe("selection events", () => {
  it("tells onSelectionChanged handlers about a user's selection and the add-in's own select()", async () => {
    const { host, restore } = setup();
    const seen: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").onSelectionChanged.add((args) => {
        seen.push(args.address);
        return Promise.resolve();
      });
      await context.sync();
    });
    await host.select("Orders", "A2:D3");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").getRange("B4").select();
      await context.sync();
    });
    await host.flushEvents();
    expect(seen).toEqual(["A2:D3", "B4"]);
    restore();
  });
});
