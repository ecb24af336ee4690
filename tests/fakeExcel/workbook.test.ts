import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options = {}): ReturnType<typeof setup>["host"] {
  const s = setup(options);
  restore = s.restore;
  return s.host;
}

describe("worksheets", () => {
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

describe("settings", () => {
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
