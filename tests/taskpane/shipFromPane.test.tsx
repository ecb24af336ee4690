/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

jest.setTimeout(30_000);

const processing = [2, 3, 4].map((row) =>
  makeCard({ row, orderId: `P${row}`, status: "processing", statusText: "配货中 Processing" }),
);

async function openWith(selected: number[], orders = processing) {
  const port = createFakePort({
    orders: ok(makeView({ orders })),
    selection: { sheetName: "Orders", address: `Orders!A${selected[0]}:K${selected.at(-1)}`, rows: selected },
  });
  const pane = renderPane(port, { who: "Alice Chen" });
  await pane.user.click(await screen.findByRole("tab", { name: /Selection/ }));
  return { port, ...pane };
}

describe("shipping from the pane", () => {
  it("asks for carrier and tracking before the move, then writes them with it", async () => {
    const { port, user } = await openWith([2, 3, 4]);
    await user.click(screen.getByRole("button", { name: "Advance" }));
    // Nothing is written yet: the form asks first, with the keyboard on its first field.
    expect(port.callsOf("applyAction")).toEqual([]);
    const form = screen.getByRole("form", { name: "Moving to “Shipped” needs: Carrier, Tracking number" });
    const carrier = screen.getByRole("textbox", { name: /^Carrier \(all orders\)/ });
    expect(form.contains(carrier)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(carrier));
    await user.type(carrier, "中通快递");
    // A carrier's list pasted into the first row fills the rows in turn.
    const first = screen.getByRole("textbox", { name: "Tracking number · order P2 (row 2)" });
    fireEvent.paste(first, { clipboardData: { getData: () => "ZT100\r\nZT101\n" } });
    expect(screen.getByRole("textbox", { name: "Tracking number · order P3 (row 3)" })).toHaveProperty(
      "value",
      "ZT101",
    );
    await user.type(screen.getByRole("textbox", { name: "Tracking number · order P4 (row 4)" }), "SF9");
    await user.click(screen.getByRole("button", { name: "Write and move 3 orders" }));
    expect(port.callsOf("applyAction")).toEqual([
      {
        method: "applyAction",
        action: {
          kind: "advance",
          fields: {
            all: { carrier: "中通快递" },
            byRow: { 2: { tracking: "ZT100" }, 3: { tracking: "ZT101" }, 4: { tracking: "SF9" } },
          },
        },
        target: { kind: "rows", rows: [2, 3, 4], from: "pane" },
        who: "Alice Chen",
      },
    ]);
    // The form is gone and the keyboard is back on Advance.
    expect(screen.queryByRole("form")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Advance" })));
  });

  it("asks for a problem reason when the chosen status is on the problem branch", async () => {
    const { port, user } = await openWith([3]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "onHold");
    await user.click(screen.getByRole("button", { name: "Set status" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Problem" }), "outOfStock");
    await user.click(screen.getByRole("button", { name: "Write and move 1 order" }));
    expect(port.callsOf("applyAction")[0]?.action).toEqual({
      kind: "setStatus",
      status: "onHold",
      fields: { all: { problem: "outOfStock" }, byRow: {} },
    });
  });

  it("moves at once when the target stage needs nothing", async () => {
    const toProcess = [makeCard({ row: 7, orderId: "Q7", status: "toProcess" })];
    const { port, user } = await openWith([7], toProcess);
    await user.click(screen.getByRole("button", { name: "Advance" }));
    expect(screen.queryByRole("form")).toBeNull();
    expect(port.callsOf("applyAction").map((c) => c.action)).toEqual([{ kind: "advance" }]);
  });

  it("cancels without writing", async () => {
    const { port, user } = await openWith([2]);
    await user.click(screen.getByRole("button", { name: "Advance" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(port.callsOf("applyAction")).toEqual([]);
    expect(screen.queryByRole("form")).toBeNull();
  });
});
