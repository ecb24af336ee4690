/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import type { OrdersPatch } from "../../src/core/port";
import { ok } from "../../src/core/result";
import { patchOrders } from "../../src/taskpane/state/patchOrders";
import { createFakePort, makeCard, makeView, NOW } from "./fakePort";
import { renderPane } from "./renderPane";

jest.setTimeout(20_000);

const cards = [
  makeCard({ row: 3, orderId: "A3", status: "toProcess" }),
  makeCard({ row: 4, orderId: "A4", status: "toProcess" }),
  makeCard({ row: 5, orderId: "A5", status: "toProcess" }),
];

describe("patchOrders", () => {
  it("replaces the cards of the rows read again, drops rows that hold no order now, keeps the rest", () => {
    const view = makeView({ orders: cards });
    const patch: OrdersPatch = {
      now: NOW + 1,
      rows: [3, 4, 9],
      orders: [
        makeCard({ row: 3, orderId: "A3", status: "processing" }),
        makeCard({ row: 9, orderId: "N9" }),
      ],
    };
    const next = patchOrders(view, patch);
    expect(next.orders.map((c) => [c.row, c.orderId, c.status])).toEqual([
      [3, "A3", "processing"],
      [5, "A5", "toProcess"],
      [9, "N9", "toProcess"],
    ]);
    expect(next.now).toBe(NOW + 1);
    expect(view.orders).toHaveLength(3);
  });
});

describe("the pane after a change at known rows", () => {
  it("reads only those rows again and updates its views from them", async () => {
    const port = createFakePort({ orders: ok(makeView({ orders: cards })) });
    const asked: (readonly number[])[] = [];
    port.readOrdersAt = (rows) => {
      asked.push(rows);
      return Promise.resolve(
        ok({ now: NOW, rows, orders: [makeCard({ row: 4, orderId: "A4", status: "processing" })] }),
      );
    };
    renderPane(port);
    const table = await screen.findByRole("table", { name: "Overview" });
    const countOf = (stage: string) =>
      within(table)
        .getByRole("row", { name: new RegExp(`^${stage}`) })
        .querySelectorAll("td")[1]?.textContent;
    expect(countOf("To process")).toBe("3");
    const reads = port.callsOf("readOrders").length;
    await act(async () => {
      port.emitOrdersChanged([4]);
      await Promise.resolve();
    });
    expect(asked).toEqual([[4]]);
    expect(await within(table).findByRole("row", { name: /^Picking & packing/ })).toBeTruthy();
    expect(countOf("To process")).toBe("2");
    // The whole sheet was not read again.
    expect(port.callsOf("readOrders").length).toBe(reads);
    // A change anywhere (a sort) still reads everything.
    await act(async () => {
      port.emitOrdersChanged();
      await Promise.resolve();
    });
    expect(port.callsOf("readOrders").length).toBe(reads + 1);
  });
});
