import * as path from "node:path";
import { readSpreadsheet } from "../../../src/adapters/file";
import type { Grid } from "../../../src/core/grid";
import { detectHeader, mapColumns, matchHeader } from "../../../src/core/headers";
import { DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import { checkRows } from "../../../src/core/rules";
import { TEAM_SHEETS } from "../../fixtures/team-sheets/expectedMappings";
import { scoreSheet } from "../../tools/measureTeamSheets";

async function gridOf(file: string): Promise<Grid> {
  const read = await readSpreadsheet(path.join(__dirname, "../../fixtures/team-sheets", file));
  if (!read.ok) throw new Error(read.error.kind);
  return read.value.sheets[0]?.grid ?? [];
}

describe("header recognition on the team's own sheets", () => {
  it.each(TEAM_SHEETS.map((sheet) => [sheet.file, sheet] as const))(
    "maps every column of %s as a person would",
    async (_file, sheet) => {
      const score = await scoreSheet(sheet);
      expect(score.misses).toEqual([]);
      expect(score.headerRow).toBe(sheet.headerRow);
    },
  );

  it.each([
    // Words teams type that no fixture uses: the vocabulary, not the fixtures.
    ["快递单号 Tracking", "tracking"],
    ["跟单员", "owner"],
    ["责任人", "owner"],
    ["Handled by", "owner"],
    ["紧急", "tags"],
    ["发货截止", "due"],
    ["Due date", "due"],
    ["异常类型", "problem"],
    ["跟进记录", "note"],
    ["Comments", "note"],
    ["留言", "buyerNote"],
    ["货款(元)", "orderAmount"],
    ["金额（元）", "orderAmount"],
    ["Amount ($)", "orderAmount"],
    ["数量(件)", "quantity"],
    ["Pcs", "quantity"],
    ["客户昵称", "buyer"],
    ["旺旺名", "buyer"],
    ["面单号", "tracking"],
    ["Waybill", "tracking"],
    ["当前状态", "status"],
    ["Current status", "status"],
    ["颜色分类", "variant"],
    ["下单日期 Order date", "createdAt"],
    ["颜色尺码", "variant"],
    ["发货日期", "shippedAt"],
    ["Ship Date", "shippedAt"],
    ["问题描述", "problem"],
    ["Assignee", "owner"],
    ["Due Date", "due"],
  ])("reads %s as %s", (header, field) => {
    expect(matchHeader(header)[0]?.field).toBe(field);
  });
});

describe("a bare 单号 read by its neighbours", () => {
  it("is the tracking number beside the carrier", () => {
    const { mapping } = mapColumns(["订单号", "快递", "单号", "状态"]);
    expect(mapping).toMatchObject({ orderId: 0, carrier: 1, tracking: 2 });
  });

  it("is the order id when the sheet has no other order id", () => {
    const { mapping, columns } = mapColumns(["单号", "日期", "客户", "快递单号"]);
    expect(mapping.orderId).toBe(0);
    expect(columns.find((c) => c.column === 0)?.confidence).toBeLessThan(0.8);
  });

  it("stays unmapped beside an order id and a tracking column: no guess", () => {
    const { mapping } = mapColumns(["订单号", "单号", "快递单号"]);
    expect(Object.values(mapping)).not.toContain(1);
  });

  it("reports two bare 单号 columns as ambiguous instead of picking one", () => {
    const { mapping, ambiguities } = mapColumns(["单号", "客户", "单号"]);
    expect(mapping.orderId).toBeUndefined();
    expect(ambiguities).toEqual([
      expect.objectContaining({
        field: "orderId",
        candidates: [expect.objectContaining({ column: 0 }), expect.objectContaining({ column: 2 })],
      }),
    ]);
  });
});

describe("team sheets' bad rows are reported", () => {
  it("finds the second, English header row and does not read it as an order", async () => {
    const grid = await gridOf("bilingual-two-headers.csv");
    const detection = detectHeader(grid);
    if (!detection.ok) throw new Error("no header");
    expect(detection.value.extraHeaderRows).toEqual([1]);
    expect(detection.value.dataRows).toEqual([2, 3, 4]);
  });

  it.each([
    ["en-tracker.csv", "invalidDate", 4, "2026-11-31"],
    ["bilingual-orders.csv", "missingOrderId", 4, ""],
  ])("%s: reports %s on row %i", async (file, kind, row, value) => {
    const grid = await gridOf(file);
    const detection = detectHeader(grid);
    if (!detection.ok) throw new Error("no header");
    const problems = checkRows({
      grid,
      headerRow: detection.value.headerRow,
      mapping: detection.value.mapping,
      dataRows: detection.value.dataRows,
      platform: detection.value.platform,
      workflow: DEFAULT_WORKFLOW,
    });
    expect(problems.filter((p) => p.kind === kind).map((p) => [p.row, p.value])).toEqual([[row, value]]);
  });
});
