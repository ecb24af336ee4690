/**
 * The grid's input reaches the add-in's real change handler with Excel's event semantics: these drive
 * UserInput on the preview's set-up workbook and read what the handler wrote (Activity rows, flags) and
 * what events it was given.
 */
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { columnLetter } from "../../src/core/grid";
import { ConditionalFormatEngine } from "./ConditionalFormatEngine";
import type { PreviewWorkbook } from "./previewWorkbook";
import { createPreviewWorkbook } from "./previewWorkbook";
import { setUpPreviewSheet } from "./setUpPreview";
import { headerRow, parseClipboardText, UserInput } from "./UserInput";

const NOW = 46351 + 9 / 24;
const HEADER_ROW = 1; // 0-based

interface Seen {
  address: string;
  details: unknown;
}

describe("UserInput on the set-up preview workbook", () => {
  let workbook: PreviewWorkbook;
  let input: UserInput;
  const events: Seen[] = [];
  let status = -1;
  let problem = -1;

  beforeAll(async () => {
    jest.useFakeTimers({
      now: new Date(2026, 10, 25, 9, 0, 0),
      doNotFake: ["nextTick", "setImmediate", "setTimeout", "clearTimeout", "queueMicrotask", "performance"],
    });
    workbook = createPreviewWorkbook({ rows: 300, now: NOW, displayLanguage: "zh-CN" });
    await setUpPreviewSheet(workbook, createOfficeWorkbookPort(), { now: NOW });
    input = new UserInput(workbook, new ConditionalFormatEngine(workbook.host));
    await workbook.host.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem(workbook.orderSheet).onChanged.add((e) => {
        // What the grid raises for the person; the add-in's own writes (routing) come marked as its own.
        if (e.triggerSource !== "ThisLocalAddin") events.push({ address: e.address, details: e.details });
        return Promise.resolve();
      });
      await context.sync();
    });
    const header = (workbook.host.sheetValues(workbook.orderSheet)[HEADER_ROW] ?? []).map(String);
    status = header.indexOf("状态 Status");
    problem = header.indexOf("问题 Problem");
  });
  afterAll(() => jest.useRealTimers());

  const values = () => workbook.host.sheetValues(workbook.orderSheet);
  const activity = () => workbook.host.sheetValues("Activity").filter((r) => r.some((v) => v !== ""));
  /** 0-based rows whose status is `text` and that have no problem. */
  const rowsWith = (text: string): number[] =>
    values()
      .map((row, r) => ({ row, r }))
      .filter(({ row, r }) => r > HEADER_ROW && row[status] === text && String(row[problem]).trim() === "")
      .map(({ r }) => r);

  it("typing one cell raises one event with details, and the handler logs the move", async () => {
    const [r] = rowsWith("待处理 To process");
    const before = activity().length;
    events.length = 0;
    const result = await input.type(workbook.orderSheet, r!, status, "处理中 Picking & packing");
    expect(result.ok).toBe(true);
    expect(events).toEqual([
      {
        address: `${columnLetter(status)}${r! + 1}`,
        details: expect.objectContaining({
          valueBefore: "待处理 To process",
          valueAfter: "处理中 Picking & packing",
        }),
      },
    ]);
    const added = activity().slice(before);
    expect(added.filter((row) => row.includes("处理中 Picking & packing"))).toHaveLength(1);
  });

  it("refuses a value the status list does not allow, with the sheet's own alert, and changes nothing", async () => {
    const [r] = rowsWith("待处理 To process");
    events.length = 0;
    const result = await input.type(workbook.orderSheet, r!, status, "发了");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.message).not.toBe("");
    expect(values()[r!]![status]).toBe("待处理 To process");
    expect(events).toHaveLength(0);
  });

  it("refuses typing into a locked cell of a protected sheet", async () => {
    workbook.host.protectSheet(workbook.orderSheet);
    try {
      const result = await input.type(workbook.orderSheet, HEADER_ROW + 1, status, "x");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.refusal.message).toMatch(/protected sheet/);
    } finally {
      workbook.host.unprotectSheet(workbook.orderSheet);
    }
  });

  it("a paste is one event over its range without details; each pasted status is logged once", async () => {
    // Three rows in a row that all may move to 异常 (on hold): from 待处理 or 处理中.
    const movable = new Set([...rowsWith("待处理 To process"), ...rowsWith("处理中 Picking & packing")]);
    const r = [...movable].sort((a, b) => a - b).find((x) => movable.has(x + 1) && movable.has(x + 2))!;
    const before = activity().length;
    events.length = 0;
    const result = await input.paste(
      workbook.orderSheet,
      r,
      status,
      "异常 On hold\r\n异常 On hold\r\n异常 On hold\r\n",
    );
    expect(result.ok).toBe(true);
    expect(events).toEqual([
      { address: `${columnLetter(status)}${r + 1}:${columnLetter(status)}${r + 3}`, details: undefined },
    ]);
    const moves = activity()
      .slice(before)
      .filter((row) => row.includes("异常 On hold"));
    expect(moves).toHaveLength(3);
  });

  it("fill down copies the top cell into the selection below it, one event over the filled cells", async () => {
    const r = rowsWith("处理中 Picking & packing").find((x) =>
      rowsWith("处理中 Picking & packing").includes(x + 1),
    )!;
    const owner = values()[HEADER_ROW]!.map(String).indexOf("负责人 Owner");
    events.length = 0;
    const area = { r0: r, c0: owner, r1: r + 1, c1: owner };
    const result = await input.fillDown(workbook.orderSheet, area);
    expect(result.ok).toBe(true);
    expect(values()[r + 1]![owner]).toBe(values()[r]![owner]);
    expect(events).toHaveLength(1);
    expect(events[0]!.address).toBe(`${columnLetter(owner)}${r + 2}`);
  });

  it("a sort moves whole rows in Excel's order, raises one event, and the handler logs nothing", async () => {
    const before = activity().length;
    const countBefore = values().filter((row) => row[status] === "待处理 To process").length;
    events.length = 0;
    const result = await input.sort(workbook.orderSheet, status, false);
    expect(result.ok).toBe(true);
    expect(events).toHaveLength(1);
    const statuses = values()
      .slice(HEADER_ROW + 1)
      .map((row) => String(row[status]))
      .filter((s) => s !== "");
    const runs = statuses.filter((s, i) => i === 0 || s !== statuses[i - 1]).length;
    expect(runs).toBe(new Set(statuses).size);
    expect(values().filter((row) => row[status] === "待处理 To process")).toHaveLength(countBefore);
    expect(activity().length).toBe(before);
  });
});

describe("parseClipboardText and headerRow", () => {
  it("reads tab-separated lines, quoted cells with tabs, breaks and quotes", () => {
    expect(parseClipboardText("a\tb\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseClipboardText('"x\ty"\t"say ""hi"""\n"two\nlines"')).toEqual([
      ["x\ty", 'say "hi"'],
      ["two\nlines", ""],
    ]);
    expect(parseClipboardText("")).toEqual([]);
  });

  it("finds the header below a title row", () => {
    expect(headerRow([["Title"], ["Order", "Status", "Owner"], ["A-1", "New", 3]])).toBe(1);
  });
});
