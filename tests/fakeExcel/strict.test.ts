/**
 * The strictness switches on their default (harsher) side: each test shows the fake failing the way Excel
 * does (or has been reported to) where the older fake was kinder. Sources are cited in the fake's code.
 */
import type { FakeExcelHost, FakeExcelOptions } from "./index";
import { createFakeExcel } from "./index";
import { ORDERS, rejection } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options: FakeExcelOptions = {}): FakeExcelHost {
  const host = createFakeExcel(options);
  host.workbook.addSheet("Orders", ORDERS);
  restore = host.install();
  return host;
}

describe("a failed sync", () => {
  it("keeps the statements before the failing one (no rollback)", async () => {
    const host = start();
    host.protectSheet("Orders");
    host.unlockCells("Orders", "C2:C4");
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Orders");
        sheet.getRange("C2").values = [["Shipped"]]; // unlocked: applies
        sheet.getRange("D2").values = [[99]]; // locked: AccessDenied
        sheet.getRange("C3").values = [["Shipped"]]; // never runs
        await context.sync();
      }),
    );
    expect(err.code).toBe("AccessDenied");
    expect(host.sheetValues("Orders", "C2:D3")).toEqual([
      ["Shipped", 10],
      ["Done", 20],
    ]);
  });

  it("rolls back everything on the all-or-nothing side of the switch", async () => {
    const host = start({ strict: { rollbackFailedSync: true } });
    host.protectSheet("Orders");
    host.unlockCells("Orders", "C2:C4");
    await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Orders");
        sheet.getRange("C2").values = [["Shipped"]];
        sheet.getRange("D2").values = [[99]];
        await context.sync();
      }),
    );
    expect(host.sheetValues("Orders", "C2")).toEqual([["New"]]);
  });

  it("fails the n-th sync on request: before it, at its middle write, or at its last statement", async () => {
    const host = start();
    host.failSync(2, "AccessDenied");
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Orders");
        sheet.getRange("A2").values = [["x1"]];
        await context.sync(); // sync 1: fine
        sheet.getRange("A3").values = [["x2"]];
        sheet.getRange("A4").values = [["x3"]]; // the middle write of three: fails
        sheet.getRange("A5").values = [["x4"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("AccessDenied");
    expect(host.sheetValues("Orders", "A2:A5")).toEqual([["x1"], ["x2"], ["A-3"], [""]]);

    host.failSync(1, "InvalidOperationInCellEditMode");
    await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("B2").values = [["nobody"]];
        await context.sync();
      }),
    );
    expect(host.sheetValues("Orders", "B2")).toEqual([["Li"]]);
  });
});

describe("payloads", () => {
  it("are measured in UTF-8 bytes: Chinese text costs three bytes a character", async () => {
    const text = "待发货".repeat(20); // 60 characters, 180 bytes
    const rows = Array.from({ length: 50 }, () => [text]);
    const write = async (host: FakeExcelHost): Promise<number> => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("F1:F50").values = rows;
        await context.sync();
      });
      return host.stats.largestRequest;
    };
    const bytes = await write(start());
    restore();
    const chars = await write(start({ strict: { payloadUnit: "utf16" } }));
    expect(bytes - chars).toBe(50 * 120);
  });

  it("an oversized request fails with GeneralException, as Excel on the web has answered", async () => {
    const host = start({ requestLimit: 5_000 });
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("F1:F300").values = Array.from(
          { length: 300 },
          () => ["订单备注订单备注"],
        );
        await context.sync();
      }),
    );
    expect(err.code).toBe("GeneralException");
    expect(host.sheetValues("Orders", "F1")).toEqual([[""]]);
  });
});

describe("selections of several areas", () => {
  it("getSelectedRange throws, getSelectedRanges returns every area", async () => {
    const host = start();
    await host.select("Orders", "A2:A3,C4");
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidSelection");
    const address = await Excel.run(async (context) => {
      const areas = context.workbook.getSelectedRanges();
      areas.load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("Orders!A2:A3,Orders!C4");
  });

  it("a change of several areas arrives as one comma-separated address without details", async () => {
    const host = start();
    const seen: { address: string; details?: unknown }[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").onChanged.add((event) => {
        seen.push({ address: event.address, details: event.details });
        return Promise.resolve();
      });
      await context.sync();
    });
    await host.userEdit("Orders", "C2,C4", [["Shipped"]]);
    expect(seen).toEqual([{ address: "C2,C4", details: undefined }]);
    expect(host.sheetValues("Orders", "C2:C4")).toEqual([["Shipped"], ["Done"], ["Shipped"]]);
  });
});

describe("events", () => {
  it("runtime.enableEvents is checked at delivery: the add-in's own write is heard once events are back on", async () => {
    const host = start();
    const heard: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").onChanged.add((event) => {
        heard.push(event.address);
        return Promise.resolve();
      });
      await context.sync();
    });
    await Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Orders").getRange("B2").values = [["Wang"]];
      context.runtime.enableEvents = true; // on again in the same request, before delivery
      await context.sync();
    });
    await host.flushEvents();
    expect(heard).toEqual(["B2"]);
  });

  it("a user's edit while events are off is never delivered", async () => {
    const host = start();
    const heard: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Orders").onChanged.add((event) => {
        heard.push(event.address);
        return Promise.resolve();
      });
      context.runtime.enableEvents = false;
      await context.sync();
    });
    await host.userEdit("Orders", "C3", [["New"]]);
    expect(heard).toEqual([]);
  });
});

describe("limits and codes", () => {
  it("getMergedAreasOrNullObject fails past 512 merged areas", async () => {
    const host = start();
    for (let i = 0; i < 513; i++) host.mergeCells("Orders", `F${i * 2 + 1}:G${i * 2 + 1}`);
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Orders")
          .getRange("A1:H2000")
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
      }),
    );
    expect(err.code).toBe("GeneralException");
  });

  it("a table over merged cells fails with MergedRangeConflict", async () => {
    const host = start();
    host.mergeCells("Orders", "A3:B3");
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.tables.add("Orders!A1:D4", true);
        await context.sync();
      }),
    );
    expect(err.code).toBe("MergedRangeConflict");
  });

  it("cell-edit mode can answer plain InvalidOperation", async () => {
    const host = start();
    host.setCellEditMode(true, "InvalidOperation");
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
  });

  it("a list validation naming an undefined name is refused; defined first, it is taken", async () => {
    const host = start();
    const setRule = (): Promise<unknown> =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Orders").getRange("C2:C4").dataValidation.rule = {
          list: { inCellDropDown: true, source: "=OF_Statuses" },
        };
        await context.sync();
      });
    expect((await rejection(setRule())).code).toBe("InvalidArgument");
    host.workbook.addName("OF_Statuses", "=Orders!$C$2:$C$4");
    await setRule();
    expect(host.validationRules("Orders")).toHaveLength(1);
  });
});

describe("tables", () => {
  const seedLog = (host: FakeExcelHost): void => {
    host.workbook.addSheet("Log", [
      ["Time", "What"],
      [1, "a"],
    ]);
    host.workbook.addTable("Log", "A1:B2", "Log");
  };

  it("with the Total Row on, a write below the body overwrites the totals and the table does not grow", async () => {
    const host = start();
    seedLog(host);
    host.setTableTotals("Log", true);
    await Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Log").getDataBodyRange();
      body.getRowsBelow(1).values = [[2, "b"]];
      await context.sync();
    });
    expect(host.sheetValues("Log")).toEqual([
      ["Time", "What"],
      [1, "a"],
      [2, "b"],
    ]);
    expect(host.tables().find((t) => t.name === "Log")?.address).toBe("Log!A1:B3");
  });

  it("rows.add puts new rows above the Total Row", async () => {
    const host = start();
    seedLog(host);
    host.setTableTotals("Log", true);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Log").rows.add(undefined, [[2, "b"]]);
      await context.sync();
    });
    expect(host.sheetValues("Log")).toEqual([
      ["Time", "What"],
      [1, "a"],
      [2, "b"],
      ["Total", ""],
    ]);
  });

  it("does not grow over rows written below it that start blank (#2097)", async () => {
    const host = start();
    seedLog(host);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Log").getRange("A3:B4").values = [
        ["", ""],
        [3, "c"],
      ];
      await context.sync();
    });
    expect(host.tables().find((t) => t.name === "Log")?.address).toBe("Log!A1:B2");
  });

  it("a co-author's append lands between our read and our write", async () => {
    const host = start();
    seedLog(host);
    const heard: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Log").onChanged.add((event) => {
        heard.push(`${event.source} ${event.address}`);
        return Promise.resolve();
      });
      await context.sync();
    });
    host.beforeSync(2, () => void host.coauthorAppend("Log", [[9, "theirs"]]));
    await Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Log").getDataBodyRange();
      body.load("rowIndex,rowCount");
      await context.sync();
      // Written where the end WAS: the co-author's row is overwritten.
      context.workbook.worksheets
        .getItem("Log")
        .getRangeByIndexes(body.rowIndex + body.rowCount, 0, 1, 2).values = [[2, "ours"]];
      await context.sync();
    });
    await host.flushEvents();
    expect(host.sheetValues("Log")).toEqual([
      ["Time", "What"],
      [1, "a"],
      [2, "ours"],
    ]);
    expect(heard).toEqual(["Remote A3:B3", "Local A3:B3"]);
  });
});

describe("conditional-format bugs", () => {
  const twoRules = async (): Promise<void> =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Orders").getRange("D2:D4");
      for (const formula of ["=D2>5", "=D2>15"]) {
        const cf = range.conditionalFormats.add("Custom");
        cf.custom.rule.formula = formula;
      }
      await context.sync();
    });

  it("deleting one of two stacked rules throws ItemNotFound (#5222)", async () => {
    start();
    await twoRules();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Orders")
          .getRange("D2:D4")
          .conditionalFormats.getItemAt(0)
          .delete();
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
  });

  it("reading a duplicated rule's formula throws (#6827, #6835)", async () => {
    start();
    await twoRules();
    const err = await rejection(
      Excel.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem("Orders")
          .getRange("D2:D4")
          .conditionalFormats.getItemAt(0);
        cf.custom.rule.load("formula");
        await context.sync();
      }),
    );
    expect(err.code).toBe("GeneralException");
  });
});

describe("undo", () => {
  it("each sync with writes is an undo record; mergeUndoGroup (ExcelApi 1.20) makes the run one", async () => {
    const host = start();
    const twoSyncs = async (context: Excel.RequestContext): Promise<void> => {
      const sheet = context.workbook.worksheets.getItem("Orders");
      sheet.getRange("A2").values = [["u1"]];
      await context.sync();
      sheet.getRange("A3").values = [["u2"]];
      await context.sync();
    };
    await Excel.run(twoSyncs);
    expect(host.undoRecords).toBe(2);
    expect((await rejection(Excel.run({ mergeUndoGroup: true }, twoSyncs))).code).toBe("ApiNotFound");
    host.setRequirementSet("ExcelApi", "1.20");
    await Excel.run({ mergeUndoGroup: true }, twoSyncs);
    expect(host.undoRecords).toBe(3);
  });
});
