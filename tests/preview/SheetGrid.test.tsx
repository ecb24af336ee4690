/** @jest-environment jsdom */
/**
 * The preview grid as a person uses it with the keyboard: an ARIA grid with one tab stop, Excel's
 * selection keys, typing in cell-edit mode, Escape, fill, paste and sort — each checked on the fake
 * workbook and the change events it raised.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PreviewApp } from "./PreviewApp";
import type { PreviewWorkbook } from "./previewWorkbook";
import { createPreviewWorkbook } from "./previewWorkbook";

jest.setTimeout(30_000);

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

const NOW = 46351 + 9 / 24;

interface Seen {
  address: string;
  details: unknown;
}

async function renderGrid(): Promise<{ workbook: PreviewWorkbook; events: Seen[]; grid: HTMLElement }> {
  const workbook = createPreviewWorkbook({ rows: 12, now: NOW });
  const events: Seen[] = [];
  await workbook.host.Excel.run(async (context: Excel.RequestContext) => {
    context.workbook.worksheets.getItem(workbook.orderSheet).onChanged.add((e) => {
      events.push({ address: e.address, details: e.details });
      return Promise.resolve();
    });
    await context.sync();
  });
  render(<PreviewApp workbook={workbook} rows={12} />);
  const grid = screen.getByRole("grid");
  act(() => grid.focus());
  return { workbook, events, grid };
}

const value = (workbook: PreviewWorkbook, address: string) =>
  workbook.host.cell(workbook.orderSheet, address).value;

describe("SheetGrid", () => {
  it("takes no room for a hidden column, as Excel (the settings sheet hides its key columns)", async () => {
    const workbook = createPreviewWorkbook({ rows: 12, now: NOW });
    await workbook.host.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem(workbook.orderSheet).getRange("B:B").columnHidden = true;
      await context.sync();
    });
    render(<PreviewApp workbook={workbook} rows={12} />);
    const headers = screen.getAllByRole("columnheader", { hidden: true });
    const shown = (letter: string) => headers.find((h) => h.textContent?.startsWith(letter));
    expect(shown("B")?.style.display).toBe("none");
    expect(shown("A")?.style.display).toBe("");
    expect(shown("C")?.style.display).toBe("");
  });

  it("is an ARIA grid with one tab stop whose active cell follows the keys Excel uses", async () => {
    const { workbook, grid } = await renderGrid();
    const user = userEvent.setup();
    expect(grid.getAttribute("tabindex")).toBe("0");
    expect(grid.getAttribute("aria-activedescendant")).toBe("grid-cell-0-0");
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowRight}");
    expect(workbook.selection()?.address).toBe("B3");
    expect(grid.getAttribute("aria-activedescendant")).toBe("grid-cell-2-1");
    await user.keyboard("{Shift>}{ArrowDown}{ArrowRight}{/Shift}");
    expect(workbook.selection()?.address).toBe("B3:C4");
    await user.keyboard("{Shift>} {/Shift}");
    expect(workbook.selection()?.address).toBe("A3:U4");
    await user.keyboard("{Control>}{Home}{/Control}");
    expect(workbook.selection()?.address).toBe("A1");
  });

  it("typing edits the cell in cell-edit mode; Enter commits with one detailed event and moves down", async () => {
    const { workbook, events } = await renderGrid();
    const user = userEvent.setup();
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}");
    const before = value(workbook, "C3");
    await user.keyboard("x");
    const editor = screen.getByRole("textbox", { name: /编辑 C3/ });
    expect(editor).toHaveProperty("value", "x");
    expect(workbook.cellEditMode()).toBe(true);
    await user.keyboard("yz{Enter}");
    expect(value(workbook, "C3")).toBe("xyz");
    expect(workbook.cellEditMode()).toBe(false);
    expect(workbook.selection()?.address).toBe("C4");
    expect(events).toEqual([
      { address: "C3", details: expect.objectContaining({ valueBefore: before, valueAfter: "xyz" }) },
    ]);
    // Tab commits and moves right while editing; outside editing it leaves the grid (one tab stop).
    await user.keyboard("q{Tab}");
    expect(value(workbook, "C4")).toBe("q");
    expect(workbook.selection()?.address).toBe("D4");
    expect(document.activeElement).toBe(screen.getByRole("grid"));
    await user.keyboard("{Tab}");
    expect(document.activeElement).not.toBe(screen.getByRole("grid"));
  });

  it("Escape leaves the cell as it was; F2 edits the current text", async () => {
    const { workbook, events } = await renderGrid();
    const user = userEvent.setup();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    const before = value(workbook, "A3");
    await user.keyboard("{F2}");
    const editor = screen.getByRole<HTMLInputElement>("textbox", { name: /编辑 A3/ });
    expect(editor.value).toBe(String(before));
    await user.keyboard("changed{Escape}");
    expect(screen.queryByRole("textbox", { name: /编辑/ })).toBeNull();
    expect(value(workbook, "A3")).toBe(before);
    expect(workbook.cellEditMode()).toBe(false);
    expect(events).toHaveLength(0);
  });

  it("Ctrl+D fills down and Ctrl+V pastes tab-separated text, one event over each range", async () => {
    const { workbook, events, grid } = await renderGrid();
    const user = userEvent.setup();
    // Owner column (T): select T3:T5 and fill from T3.
    await user.keyboard("{ArrowDown}{ArrowDown}");
    for (let i = 0; i < 19; i++) await user.keyboard("{ArrowRight}");
    await user.keyboard("{Shift>}{ArrowDown}{ArrowDown}{/Shift}{Control>}d{/Control}");
    const top = value(workbook, "T3");
    expect([value(workbook, "T4"), value(workbook, "T5")]).toEqual([top, top]);
    expect(events.map((e) => e.address)).toEqual(["T4:T5"]);
    await act(async () => {
      fireEvent.paste(grid, { clipboardData: { getData: () => "甲\t乙\r\n丙\t丁\r\n" } });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect([
      value(workbook, "T3"),
      value(workbook, "U3"),
      value(workbook, "T4"),
      value(workbook, "U4"),
    ]).toEqual(["甲", "乙", "丙", "丁"]);
    expect(events[1]).toEqual({ address: "T3:U4", details: undefined });
    expect(workbook.selection()?.address).toBe("T3:U4");
  });

  it("sorts by a column from its header menu, moving whole rows", async () => {
    const { workbook } = await renderGrid();
    const user = userEvent.setup();
    const ids = () =>
      workbook.host
        .sheetValues(workbook.orderSheet)
        .slice(2)
        .map((r) => r[0]!);
    const before = ids();
    await user.click(screen.getByRole("button", { name: "排序 A 列 Sort column A" }));
    await user.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: /降序/ }));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    // Excel's descending order: text Z→A first, then numbers high to low (ascending puts numbers first).
    const text = before.filter((v) => typeof v === "string").map(String);
    const numbers = before.filter((v) => typeof v === "number").map(Number);
    expect(ids()).toEqual([
      ...text.sort((a, b) => b.localeCompare(a, "en", { sensitivity: "base" })),
      ...numbers.sort((a, b) => b - a),
    ]);
    expect(numbers.length).toBeGreaterThan(0);
  });

  it("a list-validated cell offers its list on Alt+Down, and refuses a typed value outside it", async () => {
    const { workbook, events } = await renderGrid();
    const user = userEvent.setup();
    await act(async () => {
      await workbook.host.Excel.run(async (context: Excel.RequestContext) => {
        const range = context.workbook.worksheets.getItem(workbook.orderSheet).getRange("C3:C8");
        range.dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙,丙" } };
        range.dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: "不行",
          message: "只能选列表里的",
        };
        await context.sync();
      });
      workbook.touch();
    });
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}{Alt>}{ArrowDown}{/Alt}");
    const list = screen.getByRole("listbox", { name: /C3/ });
    expect(
      within(list)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["甲", "乙", "丙"]);
    await user.keyboard("{ArrowDown}{Enter}");
    expect(value(workbook, "C3")).toBe("乙");
    expect(events).toEqual([{ address: "C3", details: expect.objectContaining({ valueAfter: "乙" }) }]);

    await user.keyboard("丁{Enter}");
    const alert = screen.getByRole("alertdialog", { name: "不行" });
    expect(alert.textContent).toContain("只能选列表里的");
    await user.click(within(alert).getByRole("button", { name: /重试 Retry/ }));
    expect(screen.getByRole("textbox", { name: /编辑 C3/ })).toHaveProperty("value", "丁");
    await user.keyboard("{Escape}");
    expect(value(workbook, "C3")).toBe("乙");
    expect(events).toHaveLength(1);
  });

  it("paints a conditional format from its formula", async () => {
    const { workbook } = await renderGrid();
    await act(async () => {
      await workbook.host.Excel.run(async (context: Excel.RequestContext) => {
        const cf = context.workbook.worksheets
          .getItem(workbook.orderSheet)
          .getRange("A3:B8")
          .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        cf.custom.rule.formula = "=ROW()=4";
        cf.custom.format.fill.color = "#123456";
        await context.sync();
      });
      workbook.touch();
    });
    const cell = (address: string) => document.querySelector<HTMLElement>(`[data-address="${address}"]`)!;
    expect(cell("B4").style.background).toBe("rgb(18, 52, 86)");
    expect(cell("B5").style.background).toBe("");
  });
});
