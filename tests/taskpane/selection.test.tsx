/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import type { BulkAction, Refusal } from "../../src/core/plan";
import { err, ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

const rows = (...list: number[]) => ({ sheetName: "Orders", address: "Orders!A2:K13", rows: list });

async function userClickTab(name: string) {
  const tab = screen.getByRole("tab", { name: new RegExp(`^${name}`) });
  await act(async () => {
    tab.click();
    await Promise.resolve();
  });
}

async function openSelection(who = "王小明", selected = [2, 3]) {
  const port = createFakePort({
    orders: ok(makeView({ orders: [makeCard()] })),
    selection: rows(...selected),
  });
  const pane = renderPane(port, { who });
  await pane.user.click(await screen.findByRole("tab", { name: /Selection/ }));
  return { port, ...pane };
}

describe("selection actions", () => {
  it("follows the selection in Excel", async () => {
    const { port } = await openSelection("王小明", []);
    expect(
      screen.getByRole("heading", { name: "Select one or more order rows in the order sheet." }),
    ).toBeTruthy();
    await act(async () => {
      port.emitSelection(rows(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13));
      await Promise.resolve();
    });
    expect(screen.getByRole("heading", { name: "12 orders selected (rows 2–13)" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Selection (12)" })).toBeTruthy();
  });

  it.each<[string, (user: Awaited<ReturnType<typeof openSelection>>["user"]) => Promise<void>, BulkAction]>([
    [
      "advance",
      async (user) => user.click(screen.getByRole("button", { name: "Advance" })),
      { kind: "advance" },
    ],
    [
      "set status",
      async (user) => {
        await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "shipped");
        await user.click(screen.getByRole("button", { name: "Set status" }));
      },
      { kind: "setStatus", status: "shipped" },
    ],
    [
      "assign",
      async (user) => {
        await user.selectOptions(screen.getByRole("combobox", { name: "Owner" }), "Alice Chen");
        await user.click(screen.getByRole("button", { name: "Assign" }));
      },
      { kind: "assign", owner: "Alice Chen" },
    ],
    [
      "add a tag",
      async (user) => {
        await user.selectOptions(screen.getByRole("combobox", { name: "Tag" }), "加急");
        await user.click(screen.getByRole("button", { name: "Add tag" }));
      },
      { kind: "addTag", tag: "加急" },
    ],
    [
      "remove a tag",
      async (user) => {
        await user.selectOptions(screen.getByRole("combobox", { name: "Tag" }), "VIP");
        await user.click(screen.getByRole("button", { name: "Remove tag" }));
      },
      { kind: "removeTag", tag: "VIP" },
    ],
    [
      "flag a problem with a note",
      async (user) => {
        await user.selectOptions(screen.getByRole("combobox", { name: "Problem reason" }), "outOfStock");
        await user.type(screen.getByRole("textbox", { name: "Note" }), " 等供应商 ");
        await user.click(screen.getByRole("button", { name: "Flag problem" }));
      },
      { kind: "flagProblem", reason: "outOfStock", note: "等供应商" },
    ],
    [
      "clear a problem",
      async (user) => user.click(screen.getByRole("button", { name: "Clear problem" })),
      { kind: "clearProblem" },
    ],
  ])("applies %s to exactly the rows the pane counts, as the current user", async (_, act_, action) => {
    const { port, user } = await openSelection();
    await act_(user);
    expect(port.callsOf("applyAction")).toEqual([
      { method: "applyAction", action, target: { kind: "rows", rows: [2, 3], from: "pane" }, who: "王小明" },
    ]);
  });

  it("shows every refused row with its reason in the user's language", async () => {
    const { port, user } = await openSelection();
    const refused: Refusal[] = [
      {
        row: 3,
        orderId: "T1003",
        kind: "illegalMove",
        params: { from: "completed", to: "shipped", allowed: "afterSales" },
      },
      {
        row: 4,
        orderId: "T1004",
        kind: "missingRequired",
        params: { status: "shipped", fields: "carrier,tracking" },
      },
    ];
    port.actionResult = ok({ applied: 1, logged: 1, refused });
    await user.click(screen.getByRole("button", { name: "Advance" }));
    // The outcome is inside the pane's polite live region, so it is read out as well as shown.
    expect(within(screen.getByRole("status")).getByText("Updated 1 row; 2 left unchanged:")).toBeTruthy();
    expect(
      screen.getByText("Row 3 T1003: Can not move from “Completed” to “Shipped”; allowed: After-sales"),
    ).toBeTruthy();
    expect(screen.getByText("Row 4 T1004: Moving to “Shipped” needs: Carrier, Tracking number")).toBeTruthy();
  });

  it("reloads the orders after rows changed", async () => {
    const { port, user } = await openSelection();
    const before = port.callsOf("readOrders").length;
    await user.click(screen.getByRole("button", { name: "Advance" }));
    await screen.findByText("Updated 1 row.");
    expect(port.callsOf("readOrders").length).toBe(before + 1);
  });

  it("shows a failed action as an error bar saying nothing was changed", async () => {
    const { port, user } = await openSelection();
    port.actionResult = err({ kind: "cellEditMode" });
    await user.click(screen.getByRole("button", { name: "Advance" }));
    // In the error bar, inside the live region.
    expect(
      await within(screen.getByRole("status")).findByText(/A cell is being edited\. .*nothing was changed\./),
    ).toBeTruthy();
  });

  it("keeps the actions off until the user picked a name, and says so on the button before any click", async () => {
    const { port, user } = await openSelection("");
    const advance = screen.getByRole("button", { name: "Advance" });
    expect(advance.getAttribute("aria-disabled")).toBe("true");
    expect(advance.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(advance.getAttribute("aria-describedby")!)?.textContent).toBe(
      "The actions are off: pick your name under “I am” above first.",
    );
    await user.click(advance);
    expect(port.callsOf("applyAction")).toEqual([]);
  });

  it("offers the name picker on every tab", async () => {
    await openSelection("");
    for (const tab of ["Selection", "Check", "Team", "Home"]) {
      await userClickTab(tab);
      expect(screen.getAllByRole("combobox", { name: "I am" })).toHaveLength(1);
    }
  });

  it("reads the selection again when the pane gets focus back (no event comes while a cell is edited)", async () => {
    const { port } = await openSelection("王小明", [2, 3]);
    // Excel changed the selection without an event: the pane still counts the old one.
    port.selection = rows(7);
    expect(screen.getByRole("heading", { name: "2 orders selected (rows 2–3)" })).toBeTruthy();
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
      await Promise.resolve();
    });
    expect(await screen.findByRole("heading", { name: "1 order selected (row 7)" })).toBeTruthy();
  });

  it("counts 0 when the selection moves to another sheet, and the buttons say why", async () => {
    const { port, user } = await openSelection();
    await act(async () => {
      port.emitSelection({ sheetName: "Sheet2", address: "Sheet2!B4:B8", rows: [] });
      await Promise.resolve();
    });
    expect(
      screen.getByRole("heading", {
        name: "The selection is on “Sheet2”. Switch to the order sheet “Orders”.",
      }),
    ).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Selection" })).toBeTruthy();
    const advance = screen.getByRole("button", { name: "Advance" });
    expect(advance.getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById(advance.getAttribute("aria-describedby")!)?.textContent).toBe(
      "The actions are off: the selection is on “Sheet2”, not the order sheet.",
    );
    await user.click(advance);
    expect(port.callsOf("applyAction")).toEqual([]);
  });

  it("says whom routing handed the moved orders to, and announces it", async () => {
    const { port, user } = await openSelection();
    port.actionResult = ok({
      applied: 3,
      refused: [],
      logged: 6,
      routed: [{ owner: "Alice Chen", role: "warehouse", count: 3 }],
    });
    await user.click(screen.getByRole("button", { name: "Advance" }));
    expect(await screen.findByText("3 orders handed to Alice Chen (Warehouse).")).toBeTruthy();
    expect(within(screen.getByRole("status")).getByText("Updated 3 rows.")).toBeTruthy();
  });

  it("says no change was needed, as information rather than a warning", async () => {
    const { port, user } = await openSelection();
    port.actionResult = ok({
      applied: 0,
      logged: 0,
      refused: [{ row: 2, orderId: "T1002", kind: "nothingToDo", params: {} }],
    });
    await user.selectOptions(screen.getByRole("combobox", { name: "Tag" }), "VIP");
    await user.click(screen.getByRole("button", { name: "Add tag" }));
    expect(
      await screen.findByText("No change needed: the selected orders are already like that."),
    ).toBeTruthy();
    expect(screen.queryByText(/Row 2 T1002/)).toBeNull();
  });
});
