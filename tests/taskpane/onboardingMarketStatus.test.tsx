/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { err, ok } from "../../src/core/result";
import { createFakePort, makeInspection } from "./fakePort";
import { renderPane } from "./renderPane";

jest.setTimeout(20_000);

/** A pasted Taobao export: 订单状态 is the only status column, so setup will add the team's. */
function exportInspection() {
  return makeInspection({
    columns: [
      { column: 0, letter: "A", header: "订单编号", field: "orderId", confidence: 0.95 },
      { column: 1, letter: "B", header: "宝贝标题", field: "product", confidence: 0.9 },
      { column: 2, letter: "C", header: "订单状态", field: "marketStatus", confidence: 0.95 },
    ],
    ambiguities: [],
    preview: [["1234567890123", "保温杯", "买家已付款，等待卖家发货"]],
    labels: "zh-CN",
    statuses: {
      issue: null,
      words: [
        { value: "买家已付款，等待卖家发货", count: 12, status: "toProcess", reason: null, source: "market" },
        { value: "交易关闭", count: 2, status: "cancelled", reason: null, source: "market" },
        { value: "某种新状态", count: 1, status: null, reason: null, source: null },
      ],
    },
  });
}

function notSetUpPort() {
  const port = createFakePort();
  port.orders = err({ kind: "notSetUp" });
  port.inspection = ok(exportInspection());
  return port;
}

describe("onboarding on a sheet with only the marketplace's status column", () => {
  it("offers the marketplace statuses to confirm, and sets up with the lead's choices", async () => {
    const port = notSetUpPort();
    const { user } = renderPane(port);
    expect(await screen.findByRole("heading", { name: "The marketplace's order statuses" })).toBeTruthy();
    const table = screen.getByRole("table", { name: "Status words" });
    expect(within(table).getByText("买家已付款，等待卖家发货")).toBeTruthy();
    expect(within(table).getByText("12")).toBeTruthy();
    expect(screen.getByText(/setup adds one and starts each order in a status/)).toBeTruthy();
    expect(screen.getByText(/1 marketplace status\(es\) left unsure/)).toBeTruthy();
    // Marketplace cells are never rewritten: no such offer.
    expect(screen.queryByRole("checkbox", { name: /Rewrite these words/ })).toBeNull();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Status for “买家已付款，等待卖家发货”" }),
      "processing",
    );
    await user.click(screen.getByRole("button", { name: "Set up workflow" }));
    expect(port.callsOf("setupSheet")[0]?.choices).toEqual({
      vocabulary: [
        { value: "买家已付款，等待卖家发货", status: "processing" },
        { value: "交易关闭", status: "cancelled" },
      ],
      labels: "zh-CN",
      rewrite: false,
      addStatusColumn: true,
    });
  });

  it("hides the words when the lead will not have a status column added (setup refuses that anyway)", async () => {
    const port = notSetUpPort();
    const { user } = renderPane(port);
    await user.click(await screen.findByRole("checkbox", { name: /Add a “状态 Status” column/ }));
    expect(screen.queryByRole("table", { name: "Status words" })).toBeNull();
    expect(screen.getByRole("button", { name: "Set up workflow" })).toHaveProperty("disabled", true);
  });
});
