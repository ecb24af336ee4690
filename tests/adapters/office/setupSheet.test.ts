import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { HIGHLIGHT_MARKER } from "../../../src/core/plan";
import type { FakeExcelHost } from "../../fakeExcel";
import { makeHost, manyOrders, NOW, OFFSET, TAOBAO } from "./fixtures";

const run = (extra: Partial<Parameters<typeof setupSheet>[0]> = {}) =>
  setupSheet({ now: NOW, utcOffsetMinutes: OFFSET, ...extra });

/** The sheet's values without the empty rows below the data (setup formats 1,000 of them as text for new ids). */
function valuesOf(host: FakeExcelHost) {
  const values = host.sheetValues("Orders");
  while (values.length > 0 && values[values.length - 1]!.every((v) => v === "" || v === null)) values.pop();
  return values;
}

/** Everything setup could touch, to compare before and after. */
function census(host: FakeExcelHost) {
  return {
    columns: valuesOf(host)[1],
    validations: host.validationRules("Orders").length,
    highlights: host.conditionalFormats("Orders").length,
    tables: host
      .tables()
      .map((t) => t.name)
      .sort(),
    names: host
      .names()
      .map((n) => n.name)
      .sort(),
    sheets: host.workbook.sheetNames(),
  };
}

describe("setupSheet on the strict fake", () => {
  let host: FakeExcelHost;
  let restore: () => void;
  afterEach(() => restore());

  describe("on a fresh export", () => {
    beforeEach(() => ({ host, restore } = makeHost()));

    it("adds the workflow columns, a table, dropdowns, rules, settings and the activity sheet", async () => {
      const result = await run();
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const values = valuesOf(host);
      expect(values[1]).toEqual([
        ...TAOBAO[1]!,
        "状态 Status",
        "负责人 Owner",
        "标签 Tags",
        "截止 Due",
        "问题 Problem",
        "状态时间 Status since",
        "处理备注 Note",
      ]);
      // A Chinese export gets the Chinese labels.
      expect(values.slice(2).map((r) => r[6])).toEqual(["待处理", "已发货", "已完成", "待付款"]);
      expect(values[2]![11]).toBeCloseTo(NOW, 9);
      expect(result.value.table).toMatchObject({ kind: "create", name: "OrderFlowOrders" });
      expect(result.value.report.corruptedIds.map((p) => p.row)).toEqual([6]);
      expect(host.workbook.sheetNames()).toEqual(["Orders", "OrderFlow", "Activity"]);
      expect(
        host
          .tables()
          .map((t) => t.name)
          .sort(),
      ).toEqual([
        "OrderFlowActivity",
        "OrderFlowDeadlines",
        "OrderFlowDueSoon",
        "OrderFlowLifecycle",
        "OrderFlowLists",
        "OrderFlowOrders",
        "OrderFlowReasons",
        "OrderFlowTags",
        "OrderFlowTeam",
      ]);
      expect(
        host
          .names()
          .map((n) => n.name)
          .sort(),
      ).toEqual([
        "OrderFlow_Closed",
        "OrderFlow_ProblemStatuses",
        "OrderFlow_Problems",
        "OrderFlow_Statuses",
        "OrderFlow_Team",
      ]);
      expect(host.frozen("Orders").rows).toBe(2);
      expect(host.settings()["OrderFlow.mapping"]).toMatchObject({
        orderId: "订单编号",
        status: "状态 Status",
      });
    });

    it("puts Stop-alert dropdowns on status, owner and problem", async () => {
      await run();
      const rules = host.validationRules("Orders");
      expect(rules.map((r) => [r.address, JSON.stringify(r.rule), r.errorAlert?.style])).toEqual([
        [
          "Orders!G3:G6",
          JSON.stringify({ list: { inCellDropDown: true, source: "=OrderFlow_Statuses" } }),
          "Stop",
        ],
        [
          "Orders!H3:H6",
          JSON.stringify({ list: { inCellDropDown: true, source: "=OrderFlow_Team" } }),
          "Stop",
        ],
        [
          "Orders!K3:K6",
          JSON.stringify({ list: { inCellDropDown: true, source: "=OrderFlow_Problems" } }),
          "Stop",
        ],
      ]);
    });

    it("adds conditional-format rules, not static fills", async () => {
      await run();
      const rules = host.conditionalFormats("Orders");
      expect(rules).toHaveLength(11);
      expect(
        rules.every(
          (r) =>
            r.type === "Custom" && JSON.stringify(r.rule).includes(HIGHLIGHT_MARKER.replace(/"/g, '\\"')),
        ),
      ).toBe(true);
      expect(
        host
          .sheetFormats("Orders")
          .fill.flat()
          .filter((f) => f !== null),
      ).toEqual([]);
    });

    it("is idempotent: a second run adds no column, rule, validation, table, name or sheet", async () => {
      await run();
      const first = census(host);
      const again = await run();
      expect(again.ok).toBe(true);
      expect(census(host)).toEqual(first);
    });

    it("leaves every original cell's value, formula and format as it was", async () => {
      const before = host.sheetFormulas("Orders");
      const formatsBefore = host.sheetFormats("Orders");
      await run();
      const after = host.sheetFormulas("Orders").map((row) => row.slice(0, 6));
      expect(after.slice(0, before.length)).toEqual(before);
      const formatsAfter = host.sheetFormats("Orders");
      expect(formatsAfter.numberFormat.slice(0, 6).map((r) => r.slice(0, 6))).toEqual(
        formatsBefore.numberFormat,
      );
    });

    it("suspends calculation around the bulk work and keeps its own writes out of the change handler", async () => {
      await run();
      expect(host.suspensions.calculation).toBeGreaterThan(0);
      expect(host.eventErrors).toEqual([]);
    });
  });

  it("keeps formulas in the user's sheet", async () => {
    ({ host, restore } = makeHost([
      ["订单号", "商品", "数量", "单价", "小计"],
      ["1001", "杯子", 2, 10, null],
      ["1002", "锅", 1, 99, null],
    ]));
    host.workbook.typeCells("Orders", "E2", [["=C2*D2"], ["=C3*D3"]]);
    const before = host.sheetFormulas("Orders");
    expect((await run()).ok).toBe(true);
    expect(
      host
        .sheetFormulas("Orders")
        .slice(0, before.length)
        .map((r) => r.slice(0, 5)),
    ).toEqual(before);
  });

  it("adds only the missing columns to a sheet that has some", async () => {
    ({ host, restore } = makeHost([
      ["订单号", "商品", "状态", "负责人"],
      ["1001", "杯子", "已发货", "阿强"],
      ["1002", "锅", null, null],
    ]));
    await run();
    const values = valuesOf(host);
    expect(values[0]).toEqual([
      "订单号",
      "商品",
      "状态",
      "负责人",
      "标签 Tags",
      "截止 Due",
      "问题 Problem",
      "状态时间 Status since",
      "处理备注 Note",
    ]);
    expect(values.map((r) => r[2])).toEqual(["状态", "已发货", "待处理"]);
  });

  it("keeps the user's existing table and grows it over the new columns", async () => {
    ({ host, restore } = makeHost(TAOBAO.slice(1)));
    host.workbook.addTable("Orders", "A1:F5", "MyOrders");
    const result = await run();
    expect(result.ok && result.value.table).toEqual({ kind: "existing", name: "MyOrders" });
    expect(host.tables().find((t) => t.name === "MyOrders")?.address).toBe("Orders!A1:M5");
    expect(host.tables().some((t) => t.name === "OrderFlowOrders")).toBe(false);
  });

  it("works on the range when merged cells sit inside the data, and says why", async () => {
    ({ host, restore } = makeHost());
    host.mergeCells("Orders", "B3:B4");
    const result = await run();
    expect(result.ok && result.value.table).toEqual({ kind: "range", reason: "merged", detail: "B3:B4" });
    expect(valuesOf(host)[1]![6]).toBe("状态 Status");
  });

  it("refuses to add columns to a filtered table, saying to clear the filter, and changes nothing", async () => {
    ({ host, restore } = makeHost(TAOBAO.slice(1)));
    host.workbook.addTable("Orders", "A1:F5", "MyOrders");
    host.setTableFiltered("MyOrders", true);
    const before = host.snapshot("Orders");
    expect(await run()).toEqual({ ok: false, error: { kind: "tableFiltered", table: "MyOrders" } });
    expect(host.snapshot("Orders")).toEqual(before);
  });

  it("sets up a filtered table again once its workflow columns exist (writes reach the hidden rows too)", async () => {
    ({ host, restore } = makeHost(TAOBAO.slice(1)));
    host.workbook.addTable("Orders", "A1:F5", "MyOrders");
    expect((await run()).ok).toBe(true);
    host.setTableFiltered("MyOrders", true);
    const again = await run();
    expect(again.ok && again.value.report.addedColumns).toEqual([]);
  });

  it("refuses a protected sheet before writing anything, with a message that says what to do", async () => {
    ({ host, restore } = makeHost());
    host.protectSheet("Orders");
    const before = host.snapshot("Orders");
    const result = await run();
    expect(result).toEqual({ ok: false, error: { kind: "protectedSheet", sheet: "Orders" } });
    expect(host.snapshot("Orders")).toEqual(before);
    expect(host.workbook.sheetNames()).toEqual(["Orders"]);
  });

  it("refuses while a cell is being edited and changes nothing", async () => {
    ({ host, restore } = makeHost());
    const before = host.snapshot("Orders");
    host.setCellEditMode(true);
    const result = await run();
    expect(result).toEqual({ ok: false, error: { kind: "cellEditMode" } });
    host.setCellEditMode(false);
    expect(host.snapshot("Orders")).toEqual(before);
  });

  it("says so when the sheet has no order header", async () => {
    ({ host, restore } = makeHost([
      ["hello", "world"],
      [1, 2],
    ]));
    expect(await run()).toEqual({ ok: false, error: { kind: "noHeaderRow", sheet: "Orders" } });
  });

  it("says so when a named sheet is gone", async () => {
    ({ host, restore } = makeHost());
    expect(await run({ sheetName: "Deleted" })).toEqual({
      ok: false,
      error: { kind: "sheetMissing", sheet: "Deleted" },
    });
  });

  it("takes the user's mapping corrections", async () => {
    ({ host, restore } = makeHost());
    const result = await run({ mappingOverrides: { tracking: null, sellerMemo: 5 } });
    expect(result.ok && host.settings()["OrderFlow.mapping"]).toMatchObject({ sellerMemo: "物流单号" });
    expect(
      result.ok && (host.settings()["OrderFlow.mapping"] as Record<string, string>).tracking,
    ).toBeUndefined();
  });

  it("sets up 100,000 rows with no request over 5 MB and syncs bounded by chunks, not rows", async () => {
    ({ host, restore } = makeHost(manyOrders(100_000)));
    host.stats.reset?.();
    const result = await run();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(host.stats.largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(host.stats.largestResponse).toBeLessThan(5 * 1024 * 1024);
    expect(host.stats.syncs).toBeLessThan(60);
    expect(host.sheetValues("Orders", "F100001:F100001")).toEqual([["待处理"]]);
  }, 120_000);
});

describe("setupSheet's typed errors", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("says which Excel is needed when ExcelApi 1.12 is missing, and touches nothing", async () => {
    const made = makeHost();
    restore = made.restore;
    made.host.setRequirementSet("ExcelApi", "1.10");
    const before = made.host.snapshot("Orders");
    expect(await run()).toEqual({
      ok: false,
      error: { kind: "requirementMissing", set: "ExcelApi", version: "1.12" },
    });
    expect(made.host.snapshot("Orders")).toEqual(before);
  });

  it("reports a payload over the limit as such, and takes back what it added", async () => {
    const made = makeHost(manyOrders(2000), {
      requestLimit: 20_000,
      strict: { oversizedRequestCode: "RequestPayloadSizeLimitExceeded" },
    });
    restore = made.restore;
    const result = await run();
    expect(result).toEqual({ ok: false, error: { kind: "payloadTooLarge" } });
    expect(made.host.workbook.sheetNames()).toEqual(["Orders"]);
    expect(made.host.sheetValues("Orders")[0]).toHaveLength(5);
  });

  it("reports Excel on the web's GeneralException for an oversized request as Excel being busy, workbook unchanged", async () => {
    const made = makeHost(manyOrders(2000), { requestLimit: 20_000 });
    restore = made.restore;
    const result = await run();
    expect(result).toEqual({ ok: false, error: { kind: "excelBusy", code: "GeneralException" } });
    expect(made.host.workbook.sheetNames()).toEqual(["Orders"]);
    expect(made.host.sheetValues("Orders")[0]).toHaveLength(5);
  });

  it("names the broken row of a lifecycle table the lead edited", async () => {
    const made = makeHost();
    restore = made.restore;
    expect((await run()).ok).toBe(true);
    made.host.workbook.setCells("OrderFlow", "I4", [["chef"]]); // the role of the second status (lifecycle table starts at F2, after the team table with its e-mail column)
    const again = await run();
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.kind).toBe("settingsInvalid");
      expect(again.error.kind === "settingsInvalid" && again.error.detail).toContain("chef");
    }
  });
});

describe("setupSheet's first team", () => {
  it("starts the team from the owners the sheet already names, so 'who am I' works at once", async () => {
    const { host, restore } = makeHost([
      ["订单号", "商品", "负责人"],
      ["1001", "杯子", "小王"],
      ["1002", "锅", "阿强"],
      ["1003", "碗", "小王"],
    ]);
    try {
      expect((await run()).ok).toBe(true);
      expect(host.sheetValues("OrderFlow", "A3:C4")).toEqual([
        ["小王", "", "是 Yes"],
        ["阿强", "", "是 Yes"],
      ]);
    } finally {
      restore();
    }
  });
});
