/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import { ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

jest.setTimeout(30_000);

// Excel's pane at 350 px: jsdom lays nothing out, so every element reports that width.
beforeEach(() => {
  jest.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({
    width: 350,
    height: 600,
    top: 0,
    left: 0,
    right: 350,
    bottom: 600,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
});
afterEach(() => jest.restoreAllMocks());

const orders = [
  makeCard({ row: 2, orderId: "N-A", status: "toProcess" }),
  makeCard({ row: 3, orderId: "N-B", status: "toProcess" }),
  makeCard({ row: 4, orderId: "N-C", status: "processing" }),
];

async function openNarrowBoard(who = "王小明") {
  const port = createFakePort({ orders: ok(makeView({ orders })) });
  const pane = renderPane(port, { who });
  await pane.user.click(await screen.findByRole("tab", { name: "Board" }));
  await screen.findByRole("region", { name: "Order board" });
  return { port, ...pane };
}

const lanes = () => screen.queryAllByRole("region", { name: /, \d+ orders$/ });

describe("the board in a 350 px pane", () => {
  it("shows one lane at a time, with every stage and its count in a switcher", async () => {
    const { user } = await openNarrowBoard();
    const switcher = screen.getByRole("group", { name: "Order board" });
    expect(within(switcher).getByRole("button", { name: "To process, 2 orders" })).toHaveProperty(
      "ariaPressed",
      "true",
    );
    expect(within(switcher).getAllByRole("button")).toHaveLength(10);
    expect(lanes().map((l) => l.getAttribute("aria-label"))).toEqual(["To process, 2 orders"]);
    await user.click(within(switcher).getByRole("button", { name: "Picking & packing, 1 orders" }));
    expect(lanes().map((l) => l.getAttribute("aria-label"))).toEqual(["Picking & packing, 1 orders"]);
  });

  it("moves a card by keyboard, then shows its new lane with the keyboard on the moved card", async () => {
    const { port, user } = await openNarrowBoard();
    screen.getByRole("button", { name: /^Order N-A,/ }).focus();
    await user.keyboard("m");
    await user.click(await screen.findByRole("menuitem", { name: "Move to “Picking & packing”" }));
    expect(port.callsOf("applyAction")[0]?.target).toEqual({ kind: "rows", rows: [2], from: "board" });
    // The sheet now says so: the pane reads it again.
    port.orders = ok(
      makeView({ orders: orders.map((c) => (c.row === 2 ? { ...c, status: "processing" } : c)) }),
    );
    await act(async () => {
      port.emitOrdersChanged();
      await Promise.resolve();
    });
    await waitFor(() =>
      expect(lanes().map((l) => l.getAttribute("aria-label"))).toEqual(["Picking & packing, 2 orders"]),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: /^Order N-A,/ })),
    );
  });

  it("says before any move that a name is needed", async () => {
    await openNarrowBoard("");
    expect(screen.getByText("Pick your name under “I am” above to move cards.")).toBeTruthy();
  });
});
