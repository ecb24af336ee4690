import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options = {}): ReturnType<typeof setup>["host"] {
  const s = setup(options);
  restore = s.restore;
  return s.host;
}

async function write(
  address: string,
  prop: "values" | "formulas" | "numberFormat",
  value: unknown,
): Promise<void> {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Orders").getRange(address);
    (r as unknown as Record<string, unknown>)[prop] = value;
    await context.sync();
  });
}

describe("2-D writes", () => {
  it.each([
    ["too few rows", "values", "A1:B2", [["x", "y"]]],
    [
      "too many columns",
      "values",
      "A1:B2",
      [
        ["x", "y", "z"],
        ["x", "y", "z"],
      ],
    ],
    ["ragged rows", "formulas", "A1:B2", [["x", "y"], ["x"]]],
    ["a scalar for values", "values", "A1:B2", "x"],
    ["a 1-D array", "values", "A1:B1", ["x", "y"]],
    ["wrong numberFormat shape", "numberFormat", "A1:B2", [["@"]]],
  ] as const)("refuses %s with InvalidArgument and applies nothing", async (_label, prop, address, value) => {
    const host = start();
    const before = host.snapshot("Orders");
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Orders");
        sheet.getRange("F1").values = [["written first"]];
        (sheet.getRange(address) as unknown as Record<string, unknown>)[prop] = value;
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(host.snapshot("Orders")).toEqual(before);
  });

  it("accepts one number format string for a whole range", async () => {
    const host = start();
    await write("D2:D4", "numberFormat", "#,##0.00");
    expect(host.sheetFormats("Orders", "D2:D4").numberFormat).toEqual([
      ["#,##0.00"],
      ["#,##0.00"],
      ["#,##0.00"],
    ]);
  });

  it("parses written strings like typed input unless the cell is text-formatted", async () => {
    const host = start();
    await write("F1:F2", "numberFormat", [["General"], ["@"]]);
    await write("F1:K2", "values", [
      ["00123", "TRUE", "=1+1", "'007", "2024-05-01", "1e3"],
      ["00123", "TRUE", "=1+1", "'007", "2024-05-01", "1e3"],
    ]);
    expect(host.sheetValues("Orders", "F1:K1")).toEqual([[123, true, "", "007", 45413, 1000]]);
    expect(host.cell("Orders", "H1").formula).toBe("=1+1");
    expect(host.cell("Orders", "J1").numberFormat).toBe("yyyy-mm-dd");
    expect(host.sheetValues("Orders", "F2")).toEqual([["00123"]]);
  });

  it("leaves a cell unchanged where a values write holds null", async () => {
    const host = start();
    await write("B2:C2", "values", [[null, "Held"]]);
    expect(host.sheetValues("Orders", "B2:C2")).toEqual([["Li", "Held"]]);
  });

  it("reads formulas as their text and constants as values", async () => {
    const host = start();
    host.workbook.setCells("Orders", "E2", [[{ formula: "=D2*2", value: 20 }]]);
    const out = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Orders").getRange("D2:E2");
      r.load("values,formulas");
      await context.sync();
      return [r.values, r.formulas];
    });
    expect(out).toEqual([[[10, 20]], [[10, "=D2*2"]]]);
  });

  it("renders text through the number format", async () => {
    const host = start();
    host.workbook.setCells("Orders", "F1", [
      [
        { value: 45413.5, numberFormat: "yyyy-mm-dd hh:mm" },
        { value: 1234.5, numberFormat: "#,##0.00" },
        { value: 0.125, numberFormat: "0.0%" },
        { value: 42, numberFormat: "@" },
        { value: 0.1 + 0.2 },
        { value: 45413, numberFormat: "m/d/yyyy" },
      ],
    ]);
    const text = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Orders").getRange("F1:K1");
      r.load("text");
      await context.sync();
      return r.text;
    });
    expect(text).toEqual([["2024-05-01 12:00", "1,234.50", "12.5%", "42", "0.3", "5/1/2024"]]);
  });

  it("writes fill, font and column width, and reads null for mixed fills", async () => {
    const host = start();
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      const header = sheet.getRange("A1:D1");
      header.format.fill.color = "#ffc7ce";
      header.format.font.bold = true;
      header.format.columnWidth = 90;
      const mixed = sheet.getRange("A1:A2").format.fill;
      mixed.load("color");
      const same = header.format.fill;
      same.load("color");
      await context.sync();
      return [mixed.color, same.color];
    });
    expect(out).toEqual([null, "#FFC7CE"]);
    expect(host.cell("Orders", "B1")).toMatchObject({ fill: "#FFC7CE", bold: true, value: "Owner" });
    expect(host.cell("Orders", "B2").bold).toBe(false);
    expect(host.columnWidth("Orders", 3)).toBe(90);
  });
});

describe("addresses", () => {
  it.each([
    ["Orders", "A1:C3", "Orders!A1:C3"],
    ["My Sheet", "A:A", "'My Sheet'!A:A"],
    ["订单", "B2", "订单!B2"],
    ["2024", "A1", "'2024'!A1"],
    ["A1", "A1", "'A1'!A1"],
    ["It's", "1:3", "'It''s'!1:3"],
  ])("formats sheet %s, range %s as %s", async (sheet, address, expected) => {
    const host = start();
    if (sheet !== "Orders") host.workbook.addSheet(sheet);
    const out = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem(sheet).getRange(address);
      r.load("address");
      await context.sync();
      return r.address;
    });
    expect(out).toBe(expected);
  });

  it("accepts sheet-qualified addresses, $ signs, indexes and defined names", async () => {
    const host = start();
    host.workbook.addName("Amounts", "=Orders!$D$2:$D$4");
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      const ranges = [
        sheet.getRange("Orders!$B$2:C3"),
        sheet.getRangeByIndexes(1, 3, 3, 1),
        sheet.getRange("Amounts"),
        sheet.getRange("2:2"),
      ];
      ranges.forEach((r) => r.load("address,rowCount,columnCount"));
      await context.sync();
      return ranges.map((r) => `${r.address} ${r.rowCount}x${r.columnCount}`);
    });
    expect(out).toEqual(["Orders!B2:C3 2x2", "Orders!D2:D4 3x1", "Orders!D2:D4 3x1", "Orders!2:2 1x16384"]);
  });

  it("refuses ranges beyond 1,048,576 rows or 16,384 columns", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRangeByIndexes(1_048_575, 0, 2, 1).load("address");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });
});

describe("used range", () => {
  it("spans values only, or values and formats", async () => {
    const host = start();
    host.workbook.setCells("Orders", "F8", [[{ value: null, fill: "#FFFF00" }]]);
    expect(host.usedAddress("Orders", true)).toBe("Orders!A1:D4");
    expect(host.usedAddress("Orders", false)).toBe("Orders!A1:F8");
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      const a = sheet.getUsedRange(true);
      const b = sheet.getUsedRange();
      a.load("address");
      b.load("address");
      await context.sync();
      return [a.address, b.address];
    });
    expect(out).toEqual(["Orders!A1:D4", "Orders!A1:F8"]);
  });
});
