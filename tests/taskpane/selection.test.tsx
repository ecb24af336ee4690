/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import type { BulkAction, Refusal } from "../../src/core/plan";
import { err, ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

const rows = (...list: number[]) => ({ sheetName: "Orders", address: "Orders!A2:K13", rows: list });

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
    expect(screen.getByRole("heading", { name: "12 orders selected" })).toBeTruthy();
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
  ])("applies %s to the selection as the current user", async (_, act_, action) => {
    const { port, user } = await openSelection();
    await act_(user);
    expect(port.callsOf("applyAction")).toEqual([
      { method: "applyAction", action, target: { kind: "selection" }, who: "王小明" },
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
    expect(await screen.findByText("Updated 1 rows; 2 left unchanged:")).toBeTruthy();
    expect(
      screen.getByText("Row 3 T1003: Can not move from “Completed” to “Shipped”; allowed: After-sales"),
    ).toBeTruthy();
    expect(screen.getByText("Row 4 T1004: Moving to “Shipped” needs: Carrier, Tracking number")).toBeTruthy();
  });

  it("reloads the orders after rows changed", async () => {
    const { port, user } = await openSelection();
    const before = port.callsOf("readOrders").length;
    await user.click(screen.getByRole("button", { name: "Advance" }));
    await screen.findByText("Updated 1 rows.");
    expect(port.callsOf("readOrders").length).toBe(before + 1);
  });

  it("shows a failed action as an error bar saying nothing was changed", async () => {
    const { port, user } = await openSelection();
    port.actionResult = err({ kind: "cellEditMode" });
    await user.click(screen.getByRole("button", { name: "Advance" }));
    expect(await screen.findByText(/A cell is being edited\. .*nothing was changed\./)).toBeTruthy();
  });

  it("keeps the actions off until the user picked a name", async () => {
    await openSelection("");
    expect(screen.getByText("Pick your name first so your moves are logged under it.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Advance" })).toHaveProperty("disabled", true);
  });
});
