import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options = {}): ReturnType<typeof setup>["host"] {
  const s = setup(options);
  restore = s.restore;
  return s.host;
}

describe("load and sync", () => {
  it("refuses to read a property that was never loaded", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Orders").getRange("A1");
        await context.sync();
        return r.values;
      }),
    );
    expect(err.code).toBe("PropertyNotLoaded");
    expect(err.message).toContain("values");
  });

  it("refuses to read a loaded property before the sync", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Orders").getRange("A1");
        r.load("values");
        const early = r.values;
        await context.sync();
        return early;
      }),
    );
    expect(err.code).toBe("PropertyNotLoaded");
  });

  it.each([
    ["a comma string", "values, address"],
    ["an array", ["values", "address"]],
    ["an object", { values: true, address: true }],
    ["a select option", { select: "values,address" }],
  ])("accepts load(%s)", async (_label, option) => {
    start();
    const out = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Orders").getRange("B2:C2");
      r.load(option as string);
      await context.sync();
      return { values: r.values, address: r.address };
    });
    expect(out).toEqual({ values: [["Li", "New"]], address: "Orders!B2:C2" });
  });

  it("keeps the loaded snapshot after later writes until loaded again", async () => {
    start();
    const out = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Orders").getRange("C2");
      r.load("values");
      await context.sync();
      const other = context.workbook.worksheets.getItem("Orders").getRange("C2");
      other.values = [["Shipped"]];
      await context.sync();
      const stale = r.values[0]![0];
      r.load("values");
      await context.sync();
      return [stale, r.values[0]![0]] as unknown[];
    });
    expect(out).toEqual(["New", "Shipped"]);
  });

  it("does not apply a write before the sync", async () => {
    const host = start();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      sheet.getRange("C2").values = [["Shipped"]];
      const probe = sheet.getRange("C2");
      expect(host.cell("Orders", "C2").value).toBe("New");
      await context.sync();
      probe.load("values");
      await context.sync();
      expect(probe.values).toEqual([["Shipped"]]);
    });
  });

  it("makes a written property unreadable until it is loaded again", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Orders").getRange("C2");
        r.load("values");
        await context.sync();
        r.values = [["x"]];
        return r.values;
      }),
    );
    expect(err.code).toBe("PropertyNotLoaded");
  });

  it("needs a sync before a ClientResult value", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        const count = context.workbook.worksheets.getCount();
        return Promise.resolve(count.value);
      }),
    );
    expect(err.code).toBe("ValueNotLoaded");
    const ok = await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      await context.sync();
      return count.value;
    });
    expect(ok).toBe(1);
  });

  it("rejects loading a property that does not exist", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("A1").load("valuez");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });
});

describe("null objects and missing items", () => {
  it("reports isNullObject only after a sync", async () => {
    start();
    const out = await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Orders");
      let early = "";
      try {
        early = String(missing.isNullObject);
      } catch (e) {
        early = (e as { code: string }).code;
      }
      await context.sync();
      return [early, missing.isNullObject, present.isNullObject];
    });
    expect(out).toEqual(["PropertyNotLoaded", true, false]);
  });

  it("fails the sync with ItemNotFound when getItem names nothing", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
  });

  it("refuses to write through a null object", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        const t = context.workbook.tables.getItemOrNullObject("Nope");
        t.name = "Other";
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
  });

  it("gives a null used range on an empty sheet and A1 for getUsedRange", async () => {
    const host = start();
    host.workbook.addSheet("Empty");
    const out = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Empty");
      const nullable = sheet.getUsedRangeOrNullObject();
      const used = sheet.getUsedRange();
      used.load("address");
      await context.sync();
      return [nullable.isNullObject, used.address];
    });
    expect(out).toEqual([true, "Empty!A1"]);
  });
});

describe("object lifetime", () => {
  it("refuses an object after its run has resolved (InvalidObjectPath)", async () => {
    start();
    const range = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Orders").getRange("A1");
      r.load("values");
      await context.sync();
      return r;
    });
    const codeOf = (fn: () => unknown): string => {
      try {
        fn();
        return "none";
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    expect(codeOf(() => range.values)).toBe("InvalidObjectPath");
    expect(codeOf(() => (range.values = [["x"]]))).toBe("InvalidObjectPath");
  });

  it("refuses an object of another request context (InvalidRequestContext)", async () => {
    start();
    const err = await rejection(
      Excel.run(async (outer) => {
        const source = outer.workbook.worksheets.getItem("Orders").getRange("A1:D4");
        await Excel.run(async (inner) => {
          inner.workbook.worksheets.getItem("Orders").tables.add(source, true);
          await inner.sync();
        });
      }),
    );
    expect(err.code).toBe("InvalidRequestContext");
  });

  it("drops the statements of a batch that throws before syncing", async () => {
    const host = start();
    await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("C2").values = [["Lost"]];
        return Promise.reject(new Error("boom"));
      }),
    );
    expect(host.cell("Orders", "C2").value).toBe("New");
  });
});
