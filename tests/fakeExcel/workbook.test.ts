import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options = {}): ReturnType<typeof setup>["host"] {
  const s = setup(options);
  restore = s.restore;
  return s.host;
}

describe("worksheets", () => {
  it("adds, renames, hides, freezes and activates sheets", async () => {
    const host = start();
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Activity");
      sheet.freezePanes.freezeRows(1);
      sheet.visibility = "Hidden";
      const frozen = sheet.freezePanes.getLocationOrNullObject();
      frozen.load("address");
      sheet.load("name,position,visibility");
      await context.sync();
      return [sheet.name, sheet.position, sheet.visibility, frozen.address];
    });
    expect(out).toEqual(["Activity", 1, "Hidden", "Activity!1:1"]);
    expect(host.frozen("Activity")).toEqual({ rows: 1, cols: 0 });
  });

  it.each([
    ["a duplicate name (any case)", "orders", "ItemAlreadyExists"],
    ["a name with a slash", "a/b", "InvalidArgument"],
    ["a 32-character name", "x".repeat(32), "InvalidArgument"],
  ])("refuses %s", async (_label, name, code) => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(err.code).toBe(code);
  });
});

describe("names and settings", () => {
  it("adds a defined name and resolves it to a range", async () => {
    const host = start();
    const out = await Excel.run(async (context) => {
      context.workbook.names.add(
        "StatusList",
        context.workbook.worksheets.getItem("Orders").getRange("C2:C4"),
      );
      const item = context.workbook.names.getItemOrNullObject("StatusList");
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      const range = item.getRange();
      item.load("formula");
      range.load("values");
      await context.sync();
      return [item.formula, range.values, missing.isNullObject] as unknown[];
    });
    expect(out).toEqual(["=Orders!$C$2:$C$4", [["New"], ["Done"], ["Done"]], true]);
    expect(host.names()).toEqual([{ name: "StatusList", formula: "=Orders!$C$2:$C$4", comment: "" }]);
  });

  it("stores settings as JSON and returns copies", async () => {
    const host = start();
    const out = await Excel.run(async (context) => {
      context.workbook.settings.add("orderflow.mapping", { status: "C", version: 2 });
      const s = context.workbook.settings.getItemOrNullObject("orderflow.mapping");
      const none = context.workbook.settings.getItemOrNullObject("other");
      s.load("value");
      await context.sync();
      return [s.value as unknown, none.isNullObject];
    });
    expect(out).toEqual([{ status: "C", version: 2 }, true]);
    expect(host.settings()).toEqual({ "orderflow.mapping": { status: "C", version: 2 } });
  });
});

describe("charts and selection", () => {
  it("adds a chart with a title and position, and deletes it", async () => {
    const host = start();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:D4"), "Auto");
      chart.name = "Weekly";
      chart.title.text = "Orders by status";
      chart.setPosition("F2", "L15");
      await context.sync();
    });
    expect(host.charts("Orders")).toEqual([
      {
        name: "Weekly",
        chartType: "ColumnClustered",
        sourceAddress: "Orders!A1:D4",
        seriesBy: "Auto",
        title: "Orders by status",
        position: { start: "F2", end: "L15" },
      },
    ]);
    await Excel.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Orders").charts.getItemOrNullObject("Weekly");
      await context.sync();
      if (!chart.isNullObject) chart.delete();
      await context.sync();
    });
    expect(host.charts("Orders")).toEqual([]);
  });

  it("returns the selection set by the test", async () => {
    const host = start();
    await host.select("Orders", "B2:B3");
    const address = await Excel.run(async (context) => {
      const r = context.workbook.getSelectedRange();
      r.load("address");
      await context.sync();
      return r.address;
    });
    expect(address).toBe("Orders!B2:B3");
  });
});

describe("scale", () => {
  it("writes and reads 100,000 rows in 5,000-row chunks within the payload limit", async () => {
    const host = start();
    const rows = 100_000;
    const chunk = 5_000;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      for (let r = 0; r < rows; r += chunk) {
        sheet.getRangeByIndexes(10 + r, 0, chunk, 4).values = Array.from({ length: chunk }, (_, i) => [
          `O-${r + i}`,
          "Li",
          "New",
          r + i,
        ]);
        await context.sync();
      }
      const used = sheet.getUsedRange(true);
      used.load("rowCount");
      await context.sync();
      expect(used.rowCount).toBe(10 + rows);
    });
    expect(host.stats.syncs).toBe(rows / chunk + 1);
    expect(host.stats.largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(host.cell("Orders", "D100010").value).toBe(99_999);
  });
});
