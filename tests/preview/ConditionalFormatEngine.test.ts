/**
 * The preview paints what Excel would: the highlight rules setup stored on the sheet, evaluated by the
 * formula engine, checked against a hand count of the sheet's own cells (never the core's opinion).
 */
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { DEFAULT_WORKFLOW, findStatus } from "../../src/core/lifecycle";
// The colours setup gives its rules.
import { OVERDUE_FILL, PROBLEM_FILL } from "../../src/core/plan/highlights";
import { createFakeExcel } from "../fakeExcel";
import { ConditionalFormatEngine } from "./ConditionalFormatEngine";
import type { PreviewWorkbook } from "./previewWorkbook";
import { createPreviewWorkbook } from "./previewWorkbook";
import { setUpPreviewSheet } from "./setUpPreview";

/** 2026-11-25 09:00 local. */
const NOW = 46351 + 9 / 24;
const CLOSED_FONT = "#7A7574";
const CLOSED = ["已完成 Completed", "已退款 Refunded", "已取消 Cancelled"];
const HEADER_ROW = 1; // 0-based: a title row, then the header

describe("ConditionalFormatEngine on the set-up sample sheet", () => {
  let workbook: PreviewWorkbook;
  beforeAll(async () => {
    jest.useFakeTimers({
      now: new Date(2026, 10, 25, 9, 0, 0),
      doNotFake: ["nextTick", "setImmediate", "setTimeout", "clearTimeout", "queueMicrotask", "performance"],
    });
    workbook = createPreviewWorkbook({ rows: 300, now: NOW, displayLanguage: "zh-CN" });
    await setUpPreviewSheet(workbook, createOfficeWorkbookPort(), { now: NOW });
  });
  afterAll(() => jest.useRealTimers());

  const sheetOf = () => {
    const values = workbook.host.sheetValues(workbook.orderSheet);
    const header = (values[HEADER_ROW] ?? []).map(String);
    const col = (name: string): number => header.indexOf(name);
    const rows = values
      .map((cells, r) => ({ r, cells }))
      .filter(({ r, cells }) => r > HEADER_ROW && cells.some((v) => v !== ""));
    return {
      rows,
      status: col("状态 Status"),
      due: col("截止 Due"),
      problem: col("问题 Problem"),
      width: header.length,
    };
  };

  it("paints problem rows, overdue due times and closed statuses exactly where the cells say so", () => {
    const sheet = sheetOf();
    const engine = new ConditionalFormatEngine(workbook.host);
    const last = sheet.rows[sheet.rows.length - 1]!.r;
    const looks = engine.looks(workbook.orderSheet, 0, last, 1);
    let problems = 0;
    let overdue = 0;
    let closed = 0;
    for (const { r, cells } of sheet.rows) {
      const status = String(cells[sheet.status]);
      const isClosed = CLOSED.includes(status);
      const hasProblem = String(cells[sheet.problem]).trim() !== "";
      const due = cells[sheet.due];
      // Overdue counts for orders in an open stage only (a text the workflow does not know is not one).
      const isOverdue =
        typeof due === "number" && due < NOW && findStatus(DEFAULT_WORKFLOW, status)?.open === true;
      const dueLook = looks.get(`${r}:${sheet.due}`);
      if (hasProblem) {
        problems++;
        for (let c = 0; c < sheet.width; c++) expect(looks.get(`${r}:${c}`)?.fill).toBe(PROBLEM_FILL);
      }
      if (isOverdue) {
        overdue++;
        // The problem rule ranks higher: its fill wins, the overdue rule still adds its bold.
        expect(dueLook?.fill).toBe(hasProblem ? PROBLEM_FILL : OVERDUE_FILL);
        expect(dueLook?.bold).toBe(true);
      } else {
        expect(dueLook?.bold).toBeUndefined();
        if (!hasProblem) expect(dueLook?.fill === OVERDUE_FILL).toBe(false);
      }
      if (isClosed) {
        closed++;
        if (!hasProblem) {
          expect(looks.get(`${r}:${sheet.status}`)?.fontColor).toBe(CLOSED_FONT);
          // A closed order carries no tag colour and no overdue mark.
          expect(looks.get(`${r}:0`)?.fill).toBeUndefined();
        }
      }
    }
    expect(problems).toBeGreaterThan(5);
    expect(overdue).toBeGreaterThan(5);
    expect(closed).toBeGreaterThan(5);
  });

  it("re-evaluates a row when its cells change, copying only what changed", () => {
    const sheet = sheetOf();
    const engine = new ConditionalFormatEngine(workbook.host);
    const calm = sheet.rows.find(
      ({ cells }) =>
        String(cells[sheet.problem]).trim() === "" && !CLOSED.includes(String(cells[sheet.status])),
    )!;
    expect(engine.looks(workbook.orderSheet, calm.r, calm.r, 1).get(`${calm.r}:0`)?.fill).not.toBe(
      PROBLEM_FILL,
    );
    const copied = engine.cellsCopied;
    workbook.host.workbook.setCells(workbook.orderSheet, `A${calm.r + 1}`, []);
    const at = `${String.fromCharCode(65 + sheet.problem)}${calm.r + 1}`;
    workbook.host.workbook.setCells(workbook.orderSheet, at, [["缺货 Out of stock"]]);
    try {
      const after = engine.looks(workbook.orderSheet, calm.r, calm.r, 2);
      expect(after.get(`${calm.r}:0`)?.fill).toBe(PROBLEM_FILL);
      expect(engine.cellsCopied - copied).toBe(1);
    } finally {
      workbook.host.workbook.setCells(workbook.orderSheet, at, [[""]]);
    }
  });

  it("evaluates only the rows asked for", () => {
    const engine = new ConditionalFormatEngine(workbook.host);
    const looks = engine.looks(workbook.orderSheet, 40, 59, 1);
    const rowsSeen = new Set([...looks.keys()].map((k) => Number(k.split(":")[0])));
    expect([...rowsSeen].every((r) => r >= 40 && r <= 59)).toBe(true);
    // Twenty rows of the sheet (and the settings lists the names point to), not all 300.
    expect(engine.cellsCopied).toBeLessThan(20 * 30 + 200);
  });
});

describe("ConditionalFormatEngine rule semantics", () => {
  const hostWith = () => {
    const host = createFakeExcel();
    host.workbook.addSheet("S", [
      ["n", "t"],
      [5, "apple"],
      [15, "Banana"],
      [25, "cherry"],
    ]);
    return host;
  };
  const addRule = async (
    host: ReturnType<typeof createFakeExcel>,
    address: string,
    build: (cf: Excel.ConditionalFormat) => void,
  ): Promise<void> => {
    await host.Excel.run(async (context: Excel.RequestContext) => {
      const cf = context.workbook.worksheets.getItem("S").getRange(address).conditionalFormats.add("Custom");
      build(cf);
      await context.sync();
    });
  };

  it("moves relative references per cell and honours priority and Stop If True", async () => {
    const host = hostWith();
    host.install();
    // Lower priority (added first): every data cell of column A green when A > 10.
    await addRule(host, "A2:A4", (cf) => {
      cf.custom.rule.formula = "=A2>10";
      cf.custom.format.fill.color = "#00FF00";
      cf.custom.format.font.bold = true;
    });
    // Higher priority: red fill when B contains an "a" at the start, stopping the rest.
    await addRule(host, "A2:A4", (cf) => {
      cf.custom.rule.formula = '=LEFT($B2,1)="c"';
      cf.custom.format.fill.color = "#FF0000";
      cf.stopIfTrue = true;
    });
    const looks = new ConditionalFormatEngine(host).looks("S", 0, 3, 1);
    expect(looks.get("1:0")).toBeUndefined(); // 5: neither
    expect(looks.get("2:0")).toEqual({ fill: "#00FF00", bold: true }); // 15 > 10
    expect(looks.get("3:0")).toEqual({ fill: "#FF0000" }); // cherry: red, and the stop keeps the bold away
  });
});
