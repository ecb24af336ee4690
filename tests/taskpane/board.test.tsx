/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { OrdersView } from "../../src/core/port";
import { ok } from "../../src/core/result";
import { checkBoardMove, workflowOf } from "../../src/taskpane/board";
import { createFakePort, makeCard, makeStages, makeView, NOW } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

function boardView(): OrdersView {
  return makeView({
    stages: makeStages({ toProcess: 2 }),
    orders: [
      makeCard({
        row: 2,
        orderId: "T-A",
        status: "toProcess",
        owner: "王小明",
        tags: ["加急"],
        product: "保温杯",
      }),
      makeCard({
        row: 3,
        orderId: "T-B",
        status: "toProcess",
        owner: "Alice Chen",
        platform: "jd",
        buyer: "zhang",
      }),
      makeCard({ row: 4, orderId: "T-C", status: "toProcess", due: NOW - 0.5, overdue: true }),
      makeCard({ row: 5, orderId: "T-D", status: "completed" }),
      makeCard({ row: 6, orderId: "T-E", status: "processing", tags: ["VIP"] }),
    ],
  });
}

async function openBoard(view: OrdersView = boardView(), who = "王小明") {
  const port = createFakePort({ orders: ok(view) });
  const pane = renderPane(port, { who });
  await pane.user.click(await screen.findByRole("tab", { name: "Board" }));
  // The board is a lazy chunk: the first test in a worker transpiles and loads it, which takes more
  // than findBy's default 1 s on a busy machine.
  await screen.findByRole("region", { name: "Order board" }, { timeout: 15_000 });
  return { port, ...pane };
}

const lane = (name: RegExp) => screen.getByRole("region", { name });
const cardIds = (laneElement: HTMLElement) =>
  within(laneElement)
    .queryAllByRole("button", { name: /^Order / })
    .map((b) => b.getAttribute("aria-label")?.split(",")[0]);

// jsdom has no PointerEvent: a MouseEvent carrying the pointer fields dnd-kit's PointerSensor reads.
class TestPointerEvent extends MouseEvent {
  readonly isPrimary: boolean;
  readonly pointerId: number;
  constructor(type: string, init: MouseEventInit & { isPrimary?: boolean; pointerId?: number } = {}) {
    super(type, init);
    this.isPrimary = init.isPrimary ?? true;
    this.pointerId = init.pointerId ?? 1;
  }
}
(globalThis as { PointerEvent?: unknown }).PointerEvent ??= TestPointerEvent;

describe("board", () => {
  it("shows one lane per status with its count, and warns over the WIP limit", async () => {
    await openBoard();
    expect(screen.getAllByRole("region", { name: /orders$/ })).toHaveLength(10);
    const toProcess = lane(/^To process, 3 orders$/);
    expect(cardIds(toProcess)).toEqual(["Order T-A", "Order T-B", "Order T-C"]);
    expect(within(toProcess).getByRole("status").textContent).toBe("Over the WIP limit of 2");
    expect(within(lane(/^Picking & packing, 1 orders$/)).queryByRole("status")).toBeNull();
  });

  it("shows tag badges, owner initials and overdue due times on cards", async () => {
    await openBoard();
    const toProcess = lane(/^To process/);
    expect(within(toProcess).getByText("Urgent")).toBeTruthy();
    expect(within(toProcess).getByText("小明")).toBeTruthy();
    expect(within(toProcess).getByText("AC")).toBeTruthy();
    expect(within(toProcess).getByText(/Overdue · Due 05-18 00:00/)).toBeTruthy();
  });

  it("shows the tags a buyer note suggests as a hint on the card", async () => {
    const view = boardView();
    await openBoard({
      ...view,
      orders: [...view.orders, makeCard({ row: 9, status: "processing", suggestedTags: ["加急", "贺卡"] })],
    });
    expect(
      within(lane(/^Picking & packing/)).getByText("Buyer note suggests the tag: Urgent, Gift note"),
    ).toBeTruthy();
  });

  it("marks a card whose id Excel destroyed", async () => {
    const view = boardView();
    await openBoard({
      ...view,
      orders: [
        ...view.orders,
        makeCard({ row: 9, orderId: "3.51531E+16", idCorrupted: true, status: "processing" }),
      ],
    });
    const processing = lane(/^Picking & packing/);
    expect(within(processing).getByText("3.51531E+16")).toBeTruthy();
    expect(within(processing).getAllByText("Id damaged by Excel")).toHaveLength(1);
  });

  it.each([
    ["owner", () => screen.getByRole("combobox", { name: "Filter by owner" }), "Alice Chen", ["Order T-B"]],
    ["tag", () => screen.getByRole("combobox", { name: "Filter by tag" }), "加急", ["Order T-A"]],
    ["platform", () => screen.getByRole("combobox", { name: "Filter by platform" }), "jd", ["Order T-B"]],
  ])("filters cards by %s", async (_, control, value, expected) => {
    const { user } = await openBoard();
    await user.selectOptions(control(), value);
    expect(cardIds(lane(/^To process/))).toEqual(expected);
  });

  it("filters cards by text in order id, product or buyer", async () => {
    const { user } = await openBoard();
    await user.type(screen.getByRole("searchbox", { name: "Search order id, product, buyer" }), "ZHANG");
    expect(cardIds(lane(/^To process/))).toEqual(["Order T-B"]);
  });

  describe("moving a card with the keyboard", () => {
    it("refuses an illegal move with the reason, without writing", async () => {
      const { port, user } = await openBoard();
      screen.getByRole("button", { name: /^Order T-A,/ }).focus();
      await user.keyboard("m");
      await user.click(await screen.findByRole("menuitem", { name: /Move to “Delivered”/ }));
      expect(
        await screen.findByText(
          "Order T-A not moved: Can not move from “To process” to “Delivered”; allowed: Picking & packing, On hold, After-sales, Cancelled",
        ),
      ).toBeTruthy();
      expect(port.callsOf("applyAction")).toEqual([]);
      expect(cardIds(lane(/^To process/))).toContain("Order T-A");
    });

    it("writes a legal move through the port as a status change of that row", async () => {
      const { port, user } = await openBoard();
      await user.click(screen.getByRole("button", { name: "Move order T-A" }));
      await user.click(await screen.findByRole("menuitem", { name: "Move to “Picking & packing”" }));
      expect(port.callsOf("applyAction")).toEqual([
        {
          method: "applyAction",
          action: { kind: "setStatus", status: "processing" },
          target: { kind: "rows", rows: [2], from: "board" },
          who: "王小明",
        },
      ]);
      expect(await screen.findByText("Order T-A moved to “Picking & packing”.")).toBeTruthy();
    });

    it("shows the port's refusal when the move needs more (and nothing moved)", async () => {
      const { port, user } = await openBoard();
      port.actionResult = ok({
        applied: 0,
        logged: 0,
        refused: [
          {
            row: 6,
            orderId: "T-E",
            kind: "missingRequired",
            params: { status: "shipped", fields: "tracking" },
          },
        ],
      });
      await user.click(screen.getByRole("button", { name: "Move order T-E" }));
      await user.click(await screen.findByRole("menuitem", { name: "Move to “Shipped”" }));
      expect(
        await screen.findByText("Order T-E not moved: Moving to “Shipped” needs: Tracking number"),
      ).toBeTruthy();
    });
  });

  describe("dragging a card", () => {
    let restore: () => void;
    beforeEach(() => {
      const keys = makeStages().map((s) => s.key);
      const original = Element.prototype.getBoundingClientRect;
      // jsdom lays nothing out: lanes side by side 230 px apart, cards near the top of their lane.
      Element.prototype.getBoundingClientRect = function (this: Element) {
        const laneElement = this.closest<HTMLElement>("[data-lane]");
        const index = laneElement ? keys.indexOf(laneElement.dataset.lane ?? "") : -1;
        if (index < 0) return new DOMRect(0, 0, 0, 0);
        if (this === laneElement) return new DOMRect(index * 230, 0, 220, 600);
        return new DOMRect(index * 230 + 5, 60, 210, 80);
      };
      restore = () => {
        Element.prototype.getBoundingClientRect = original;
      };
    });
    afterEach(() => restore());

    async function drag(card: Element, toLane: number) {
      const pointer = { isPrimary: true, button: 0, pointerId: 1 };
      fireEvent.pointerDown(card, { ...pointer, clientX: 100, clientY: 100 });
      fireEvent.pointerMove(document, { ...pointer, clientX: 120, clientY: 110 });
      fireEvent.pointerMove(document, { ...pointer, clientX: toLane * 230 + 100, clientY: 200 });
      await act(async () => {
        fireEvent.pointerUp(document, { ...pointer, clientX: toLane * 230 + 100, clientY: 200 });
        await Promise.resolve();
      });
    }

    it("refuses an illegal drop with the reason, without writing", async () => {
      const { port } = await openBoard();
      const card = screen.getByRole("button", { name: /^Order T-A,/ }).closest("[data-card]")!;
      await drag(card, 5); // delivered
      expect(
        await screen.findByText(/Order T-A not moved: Can not move from “To process” to “Delivered”/),
      ).toBeTruthy();
      expect(port.callsOf("applyAction")).toEqual([]);
    });

    it("writes a legal drop through the port", async () => {
      const { port } = await openBoard();
      const card = screen.getByRole("button", { name: /^Order T-A,/ }).closest("[data-card]")!;
      await drag(card, 2); // processing
      await waitFor(() =>
        expect(port.callsOf("applyAction")).toEqual([
          {
            method: "applyAction",
            action: { kind: "setStatus", status: "processing" },
            target: { kind: "rows", rows: [2], from: "board" },
            who: "王小明",
          },
        ]),
      );
    });
  });

  it("refreshes when the sheet changes", async () => {
    const { port } = await openBoard();
    const view = boardView();
    port.orders = ok({
      ...view,
      orders: view.orders.map((o) => (o.orderId === "T-A" ? { ...o, status: "processing" } : o)),
    });
    await act(async () => {
      port.emitOrdersChanged();
      await Promise.resolve();
    });
    expect(cardIds(lane(/^Picking & packing, 2 orders$/))).toEqual(["Order T-A", "Order T-E"]);
    expect(cardIds(lane(/^To process, 2 orders$/))).toEqual(["Order T-B", "Order T-C"]);
  });

  it("renders only a window of a 10,000-card lane", async () => {
    const orders = Array.from({ length: 10_000 }, (_, i) => makeCard({ row: i + 2, status: "toProcess" }));
    await openBoard(makeView({ orders }));
    const buttons = within(lane(/^To process, 10000 orders$/)).getAllByRole("button", { name: /^Order / });
    expect(buttons.length).toBeGreaterThan(3);
    expect(buttons.length).toBeLessThan(30);
  });
});

describe("checkBoardMove", () => {
  const workflow = workflowOf(makeStages());
  it.each([
    ["toProcess", "processing", { kind: "move" }],
    ["toProcess", "toProcess", { kind: "same" }],
    [
      "completed",
      "shipped",
      {
        kind: "refused",
        refusal: { kind: "illegalMove", params: { from: "completed", to: "shipped", allowed: "afterSales" } },
      },
    ],
  ])("from %s to %s gives %j", (from, to, expected) => {
    expect(checkBoardMove(workflow, makeCard({ status: from }), to)).toEqual(expected);
  });

  it("refuses a card without a status", () => {
    expect(checkBoardMove(workflow, makeCard({ status: null, statusText: "" }), "shipped")).toEqual({
      kind: "refused",
      refusal: { kind: "noStatus", params: {} },
    });
  });
});
