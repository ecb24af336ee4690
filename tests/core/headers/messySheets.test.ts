import type { CellValue, Grid } from "../../../src/core/grid";
import { detectHeader } from "../../../src/core/headers";
import type { HeaderDetection } from "../../../src/core/headers";
import type { Field } from "../../../src/core/schema";

/** A team sheet: optional rows above the header, the header, data rows, optional rows below. */
function makeSheet(parts: {
  above?: readonly (readonly CellValue[])[];
  header: readonly CellValue[];
  rows: readonly (readonly CellValue[])[];
  below?: readonly (readonly CellValue[])[];
}): Grid {
  return [...(parts.above ?? []), parts.header, ...parts.rows, ...(parts.below ?? [])];
}

function detect(grid: Grid, fileName?: string): HeaderDetection {
  const result = detectHeader(grid, fileName === undefined ? {} : { fileName });
  if (!result.ok) throw new Error(`expected a header, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function headerOf(detection: HeaderDetection, field: Field): string | undefined {
  const column = detection.mapping[field];
  return column === undefined ? undefined : detection.headers[column];
}

describe("detectHeader on a team's own sheet", () => {
  const grid = makeSheet({
    above: [
      ["杭州小店 2026年5月 订单跟踪表", "", "", "", "", "", "", ""], // merged title: text in the first cell only
      ["", "", "", "", "", "", "", ""],
      [null, "导出人：小王", null],
      [],
    ],
    header: [
      "*订单号",
      "下单时间：",
      "商品名称",
      "数量",
      "收货地址 ",
      "备注（买家）",
      "状态 Status",
      "负责人 Owner",
    ],
    rows: [
      ["'260521001", "2026/5/21 10:00", "不粘锅 28cm", "1", "浙江省 杭州市", "", "待处理", "小王"],
      ["'260521002", "2026/5/21 11:00", "玻璃盖", "2", "江苏省 南京市", "加急", "处理中", "小李"],
      ["", "", "", "", "", "", "", ""],
      ["'260521003", "2026/5/21 12:00", "锅铲", "1", "上海市", "", "待处理", ""],
    ],
    below: [
      ["合计", "", "", "4", "", "", "", ""],
      ["制表：小王", "", "", "", "", "", "", ""],
    ],
  });
  const detection = detect(grid);

  it("skips the merged title, the blank rows and the exporter line to find the header", () => {
    expect(detection.headerRow).toBe(4);
    expect(detection.rowRoles.slice(0, 5)).toEqual(["title", "blank", "title", "blank", "header"]);
  });

  it.each<[Field, string]>([
    ["orderId", "*订单号"],
    ["createdAt", "下单时间："],
    ["product", "商品名称"],
    ["quantity", "数量"],
    ["address", "收货地址"],
    ["buyerNote", "备注（买家）"],
    ["status", "状态 Status"],
    ["owner", "负责人 Owner"],
  ])("maps %s to the column headed %p", (field, header) => {
    expect(headerOf(detection, field)).toBe(header);
  });

  it("gives OrderFlow's own bilingual workflow headers full confidence", () => {
    const workflow = detection.columns.filter((c) => c.field === "status" || c.field === "owner");
    expect(workflow.map((c) => c.confidence)).toEqual([1, 1]);
  });

  it("reads the qualified note header with less than full confidence", () => {
    expect(detection.columns.find((c) => c.field === "buyerNote")?.confidence).toBeLessThan(1);
  });

  it("treats the totals row and what follows it as footer, not orders", () => {
    expect(detection.rowRoles.slice(5)).toEqual(["data", "data", "blank", "data", "footer", "footer"]);
    expect(detection.dataRows).toEqual([5, 6, 8]);
  });

  it("calls it generic with no fingerprint", () => {
    expect([detection.platform, detection.platformConfidence]).toEqual(["generic", 0]);
  });
});

describe("detectHeader with an English/Chinese mix", () => {
  it("maps mixed-language headers and full-width brackets", () => {
    const detection = detect([
      [
        "Order ID",
        "商品",
        "Qty",
        "快递单号",
        "Status",
        "标签 Tags",
        "截止 Due",
        "问题 Problem",
        "状态时间 Status since",
      ],
      ["A1", "杯子", 1, "SF1", "待处理", "VIP", 46163.5, "", 46163.2],
    ]);
    expect(Object.fromEntries(detection.columns.map((c) => [c.field, [c.header, c.confidence]]))).toEqual({
      orderId: ["Order ID", 1],
      product: ["商品", 1],
      quantity: ["Qty", 1],
      tracking: ["快递单号", 1],
      status: ["Status", 1],
      tags: ["标签 Tags", 1],
      due: ["截止 Due", 1],
      problem: ["问题 Problem", 1],
      statusSince: ["状态时间 Status since", 1],
    });
  });

  it("keeps the marketplace status apart from the team's status", () => {
    const detection = detect([
      ["订单编号", "订单状态", "状态"],
      ["1", "交易成功", "已完成"],
    ]);
    expect([headerOf(detection, "marketStatus"), headerOf(detection, "status")]).toEqual([
      "订单状态",
      "状态",
    ]);
  });

  it("does not take a contains-match of 订单状态 for the team's status", () => {
    const detection = detect([
      ["订单编号", "订单状态", "商品名称"],
      ["1", "交易成功", "杯"],
    ]);
    expect(detection.mapping.status).toBeUndefined();
  });

  it("does not read PDD's 订单来源 as the platform", () => {
    const detection = detect([
      ["订单号", "商品", "订单来源"],
      ["1", "杯", "搜索"],
    ]);
    expect(detection.mapping.platform).toBeUndefined();
  });

  it("prefers a line quantity over Taobao's order-level 宝贝总数量", () => {
    const detection = detect([
      ["订单编号", "宝贝总数量", "购买数量", "标题"],
      ["1", "3", "1", "杯"],
    ]);
    expect(headerOf(detection, "quantity")).toBe("购买数量");
  });

  it("finds a header with a remark in brackets by its main words", () => {
    const detection = detect([
      ["订单号（必填）", "商品名称", "数量"],
      ["1", "杯", "1"],
    ]);
    expect(detection.columns[0]).toEqual({
      field: "orderId",
      column: 0,
      header: "订单号（必填）",
      confidence: 0.85,
    });
  });
});

describe("detectHeader with two columns of one name", () => {
  const detection = detect([
    ["订单号", "商品名称", "订单号", "数量"],
    ["1", "杯", "1", "2"],
  ]);

  it("reports the ambiguity with both candidates", () => {
    expect(detection.ambiguities).toEqual([
      {
        field: "orderId",
        candidates: [
          { column: 0, header: "订单号", confidence: 1 },
          { column: 2, header: "订单号", confidence: 1 },
        ],
      },
    ]);
  });

  it("leaves the field unmapped instead of guessing", () => {
    expect(detection.mapping.orderId).toBeUndefined();
    expect(detection.columns.map((c) => c.field)).toEqual(["product", "quantity"]);
  });
});

describe("detectHeader refusals", () => {
  it("refuses an empty grid", () => {
    expect(detectHeader([])).toEqual({ ok: false, error: { kind: "emptyGrid" } });
    expect(detectHeader([["", null], []])).toEqual({ ok: false, error: { kind: "emptyGrid" } });
  });

  it("refuses a sheet without a header and says which row came closest", () => {
    const grid: Grid = [
      ["小王的记账本"],
      ["杯子", 12, "2026/5/21"],
      ["商品名称", "好评"],
      ["锅", 30, "2026/5/22"],
    ];
    expect(detectHeader(grid)).toEqual({
      ok: false,
      error: { kind: "noHeaderRow", scannedRows: 4, bestRow: 2, bestHits: 1 },
    });
  });

  it("refuses a data-only sheet with no best row at all", () => {
    expect(
      detectHeader([
        ["A1", 1],
        ["A2", 2],
      ]),
    ).toEqual({
      ok: false,
      error: { kind: "noHeaderRow", scannedRows: 2, bestRow: null, bestHits: 0 },
    });
  });

  it("does not look below maxScanRows", () => {
    const grid: Grid = [
      ...Array.from({ length: 5 }, () => ["说明"]),
      ["订单号", "商品", "数量"],
      ["1", "杯", "1"],
    ];
    expect(detectHeader(grid, { maxScanRows: 5 }).ok).toBe(false);
    expect(detectHeader(grid).ok).toBe(true);
  });
});
