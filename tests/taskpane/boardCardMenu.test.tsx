/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

jest.setTimeout(20_000);

// A card mounts its move menu with the first opening (scrolling a lane of 10,000 orders mounts cards on
// every frame): the move button must still behave as a menu button from the first press on.
async function openBoard() {
  const port = createFakePort({
    orders: ok(makeView({ orders: [makeCard({ row: 2, orderId: "T-A", status: "toProcess" })] })),
  });
  const pane = renderPane(port, { who: "王小明" });
  await pane.user.click(await screen.findByRole("tab", { name: "Board" }));
  await screen.findByRole("region", { name: "Order board" }, { timeout: 15_000 });
  return { port, ...pane };
}

describe("a board card's move menu", () => {
  it("says it opens a menu, opens on the first press, and gives focus back to its button on Escape", async () => {
    const { user } = await openBoard();
    const move = screen.getByRole("button", { name: "Move order T-A" });
    expect(move.getAttribute("aria-haspopup")).toBe("menu");
    move.focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("menuitem", { name: "Move to “Picking & packing”" });
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Move order T-A" })),
    );
    // Open again: the same menu, from its own trigger now.
    await user.click(screen.getByRole("button", { name: "Move order T-A" }));
    expect(await screen.findByRole("menuitem", { name: "Move to “Picking & packing”" })).toBeTruthy();
  });

  it("opens with M on the card and moves through the port", async () => {
    const { port, user } = await openBoard();
    screen.getByRole("button", { name: /^Order T-A,/ }).focus();
    await user.keyboard("m");
    await user.click(await screen.findByRole("menuitem", { name: "Move to “Picking & packing”" }));
    expect(port.callsOf("applyAction").map((c) => c.target)).toEqual([
      { kind: "rows", rows: [2], from: "board" },
    ]);
  });
});
