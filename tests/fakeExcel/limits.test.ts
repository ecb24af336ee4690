import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options = {}): ReturnType<typeof setup>["host"] {
  const s = setup(options);
  restore = s.restore;
  return s.host;
}

const block = (rows: number, cols: number, text: string): string[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => text));

describe("payload limits", () => {
  it("refuses a request over the limit with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const host = start({ requestLimit: 10_000 });
    const before = host.snapshot("Orders");
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Orders");
        sheet.getRange("A2").values = [["small write first"]];
        sheet.getRange("A10:J209").values = block(200, 10, "xxxxxxxx");
        await context.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.snapshot("Orders")).toEqual(before);
    expect(host.stats.history[0]).toMatchObject({ error: "RequestPayloadSizeLimitExceeded", ops: 2 });
    expect(host.stats.history[0]!.requestChars).toBeGreaterThan(200 * 10 * 10);
  });

  it("refuses a response over the limit with ResponsePayloadSizeLimitExceeded and rolls back the batch", async () => {
    const host = start({ responseLimit: 2_000 });
    host.workbook.setCells("Orders", "A10", block(100, 5, "yyyyyyyy"));
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Orders");
        sheet.getRange("B2").values = [["changed"]];
        sheet.getRange("A10:E109").load("values");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.cell("Orders", "B2").value).toBe("Li");
  });

  it("refuses to read more than 5,000,000 cells in one range", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("A:E").load("values");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(err.message).toContain("5000000");
  });
});
