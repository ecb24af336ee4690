/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { err, ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView, NOW } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

function rowOf(table: HTMLElement, stage: string): string[] {
  const row = within(table).getByRole("row", { name: new RegExp(`^${stage}\\b`) });
  return within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent ?? "");
}

describe("home", () => {
  it("counts orders per stage with overdue and problem counts", async () => {
    const port = createFakePort({
      orders: ok(
        makeView({
          orders: [
            makeCard({ status: "toProcess", overdue: true, due: NOW - 1 }),
            makeCard({ status: "toProcess", problem: "缺货 Out of stock" }),
            makeCard({ status: "toProcess" }),
            makeCard({ status: "shipped", overdue: true, due: NOW - 2 }),
            makeCard({ status: null, statusText: "whatever" }),
          ],
        }),
      ),
    });
    renderPane(port);
    const table = await screen.findByRole("table", { name: "Overview" });
    expect(rowOf(table, "To process")).toEqual(["To process", "3", "1", "1"]);
    expect(rowOf(table, "Shipped")).toEqual(["Shipped", "1", "1", "0"]);
    expect(rowOf(table, "No status")).toEqual(["No status", "1", "0", "0"]);
    expect(screen.getByText("2 overdue")).toBeTruthy();
    expect(screen.getByText("1 flagged")).toBeTruthy();
  });

  describe("my queue", () => {
    const view = makeView({
      orders: [
        makeCard({ row: 10, orderId: "A-late-due", owner: "王小明", status: "toProcess", due: NOW + 2 }),
        makeCard({
          row: 11,
          orderId: "A-overdue",
          owner: "王小明",
          status: "toProcess",
          due: NOW - 1,
          overdue: true,
        }),
        makeCard({ row: 12, orderId: "A-soon", owner: "王小明", status: "toProcess", due: NOW + 1 }),
        makeCard({ row: 13, orderId: "B-shipped", owner: "王小明", status: "shipped", due: NOW + 3 }),
        makeCard({ row: 14, orderId: "C-other-owner", owner: "Alice Chen", status: "toProcess" }),
        makeCard({ row: 15, orderId: "D-completed", owner: "王小明", status: "completed" }),
      ],
    });

    it("lists my open orders grouped by stage, overdue first, then by due time", async () => {
      renderPane(createFakePort({ orders: ok(view) }), { who: "王小明" });
      const toProcess = await screen.findByRole("list", { name: /^To process/ });
      const ids = within(toProcess)
        .getAllByRole("button")
        .map((b) => b.getAttribute("aria-label"));
      expect(ids).toEqual([
        "Select order A-overdue (row 11) in Excel",
        "Select order A-soon (row 12) in Excel",
        "Select order A-late-due (row 10) in Excel",
      ]);
      expect(within(screen.getByRole("list", { name: /^Shipped/ })).getAllByRole("button")).toHaveLength(1);
      expect(screen.queryByRole("button", { name: /C-other-owner|D-completed/ })).toBeNull();
    });

    it("selects the order's row in Excel when clicked", async () => {
      const port = createFakePort({ orders: ok(view) });
      const { user } = renderPane(port, { who: "王小明" });
      await user.click(await screen.findByRole("button", { name: "Select order A-soon (row 12) in Excel" }));
      expect(port.callsOf("select")).toEqual([{ method: "select", address: "Orders!12:12" }]);
    });

    it("asks for a name first, and remembers the one picked", async () => {
      const { user, store } = renderPane(createFakePort({ orders: ok(view) }));
      expect(await screen.findByText("Pick your name to see the orders assigned to you.")).toBeTruthy();
      await user.click(screen.getByRole("combobox", { name: "I am" }));
      await user.click(screen.getByRole("option", { name: "王小明" }));
      expect(store.items.get("orderflow.who")).toBe("王小明");
      expect(await screen.findByRole("list", { name: /^To process/ })).toBeTruthy();
    });
  });

  it("switches every label to Chinese and back", async () => {
    const { user } = renderPane(createFakePort({ orders: ok(makeView({ orders: [makeCard()] })) }));
    expect(await screen.findByRole("tab", { name: "Board" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /Switch language/ }));
    expect(screen.getByRole("tab", { name: "看板" })).toBeTruthy();
    expect(screen.getByRole("table", { name: "概览" })).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("zh-CN");
    await user.click(screen.getByRole("button", { name: /切换语言/ }));
    expect(screen.getByRole("tab", { name: "Board" })).toBeTruthy();
  });

  it("starts in Chinese when Office speaks Chinese", async () => {
    renderPane(createFakePort({ orders: ok(makeView()) }), { locale: "zh-CN" });
    expect(await screen.findByRole("tab", { name: "首页" })).toBeTruthy();
  });

  it("shows a port failure as a message bar with what to do, and retries", async () => {
    const port = createFakePort();
    port.orders = err({ kind: "sheetMissing", sheet: "Orders" });
    const { user } = renderPane(port);
    expect(await screen.findByText(/Sheet “Orders” is gone \(deleted or renamed\)/)).toBeTruthy();
    port.orders = ok(makeView({ orders: [makeCard()] }));
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("tab", { name: "Home" })).toBeTruthy();
  });

  it("reads the orders again when the sheet changes", async () => {
    const port = createFakePort({ orders: ok(makeView({ orders: [makeCard({ status: "shipped" })] })) });
    renderPane(port);
    const table = await screen.findByRole("table", { name: "Overview" });
    expect(rowOf(table, "Shipped")[1]).toBe("1");
    port.orders = ok(
      makeView({ orders: [makeCard({ status: "shipped" }), makeCard({ status: "shipped" })] }),
    );
    await act(async () => {
      port.emitOrdersChanged();
      await Promise.resolve();
    });
    expect(rowOf(screen.getByRole("table", { name: "Overview" }), "Shipped")[1]).toBe("2");
  });

  it("shows the latest ribbon notice and lets the user dismiss it", async () => {
    const { user, notices } = renderPane(createFakePort());
    act(() => notices.post({ message: { "zh-CN": "周报已刷新", "en-US": "Review refreshed" }, params: {} }));
    expect(await screen.findByText("Review refreshed")).toBeTruthy();
    await user.click(screen.getAllByRole("button", { name: "Dismiss" })[0]!);
    expect(screen.queryByText("Review refreshed")).toBeNull();
  });
});
