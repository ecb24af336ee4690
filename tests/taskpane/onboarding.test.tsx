/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { err, ok } from "../../src/core/result";
import { createFakePort, makeCard, makeInspection, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

function notSetUpPort() {
  const port = createFakePort();
  port.orders = err({ kind: "notSetUp" });
  return port;
}

describe("onboarding", () => {
  describe("when the sheet is not set up", () => {
    it("shows the detected platform, header row, mapping with confidence, ambiguity and preview", async () => {
      const port = notSetUpPort();
      port.inspection = ok(makeInspection({ headerRow: 3 }));
      renderPane(port);
      expect(await screen.findByRole("heading", { name: "Set up the workflow" })).toBeTruthy();
      expect(screen.getByText("Taobao/Tmall")).toBeTruthy();
      expect(screen.getByText("3", { selector: "dd" })).toBeTruthy();
      const orderId = screen.getByRole("combobox", { name: "Order id" });
      expect(orderId).toHaveProperty("value", "0");
      expect(screen.getByText("95% sure")).toBeTruthy();
      expect(screen.getByText("60% sure")).toBeTruthy();
      expect(screen.getByText(/“Buyer” could be any of: C · 买家会员名, D · 买家昵称/)).toBeTruthy();
      const preview = screen.getByRole("table", { name: "First rows" });
      expect(within(preview).getByText("保温杯")).toBeTruthy();
    });

    it("sets up with no overrides when the user changes nothing", async () => {
      const port = notSetUpPort();
      const { user } = renderPane(port);
      await user.click(await screen.findByRole("button", { name: "Set up workflow" }));
      expect(port.callsOf("setupSheet")).toEqual([{ method: "setupSheet", overrides: undefined }]);
    });

    it("passes the columns the user picked as mapping overrides", async () => {
      const port = notSetUpPort();
      const { user } = renderPane(port);
      await user.selectOptions(await screen.findByRole("combobox", { name: "Buyer" }), "3");
      await user.selectOptions(screen.getByRole("combobox", { name: "Product" }), "");
      await user.click(screen.getByRole("button", { name: "Set up workflow" }));
      expect(port.callsOf("setupSheet")[0]?.overrides).toEqual({ buyer: 3, product: null });
    });

    it("reports what was added and found, then goes to the home view", async () => {
      const port = notSetUpPort();
      const { user } = renderPane(port);
      await user.click(await screen.findByRole("button", { name: "Set up workflow" }));
      expect(await screen.findByText("The workflow is set up")).toBeTruthy();
      expect(screen.getByText("Columns: Status, Owner, Tags, Due, Problem, Status since")).toBeTruthy();
      expect(screen.getByText("3 dropdown validations")).toBeTruthy();
      expect(screen.getByText("9 highlight rules")).toBeTruthy();
      expect(screen.getByText("New sheets: OrderFlow, Activity")).toBeTruthy();
      expect(screen.getByText(/Ids damaged by Excel: 1 — rows 7/)).toBeTruthy();
      expect(screen.getByText("Duplicate orders: 0")).toBeTruthy();

      port.orders = ok(makeView({ orders: [makeCard()] }));
      await user.click(screen.getByRole("button", { name: "Start working" }));
      expect(await screen.findByRole("tab", { name: "Home" })).toBeTruthy();
    });

    it("keeps the report on screen when the sheet's change reloads the orders after setup", async () => {
      const port = notSetUpPort();
      const { user } = renderPane(port);
      await user.click(await screen.findByRole("button", { name: "Set up workflow" }));
      expect(await screen.findByText("The workflow is set up")).toBeTruthy();
      // What the real port does after setup: the sheet is set up now, and it says the orders changed.
      port.orders = ok(makeView({ orders: [makeCard()] }));
      await act(async () => {
        port.emitOrdersChanged();
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(screen.getByText("The workflow is set up")).toBeTruthy();
      expect(screen.queryByRole("tab", { name: "Home" })).toBeNull();
      await user.click(screen.getByRole("button", { name: "Start working" }));
      expect(await screen.findByRole("tab", { name: "Home" })).toBeTruthy();
    });

    it("shows why setup failed, in words, and keeps the form", async () => {
      const port = notSetUpPort();
      port.setup = err({ kind: "tableFiltered", table: "Orders" });
      const { user } = renderPane(port);
      await user.click(await screen.findByRole("button", { name: "Set up workflow" }));
      expect(await screen.findByText(/Table “Orders” is filtered/)).toBeTruthy();
      expect(screen.getByRole("button", { name: "Set up workflow" })).toHaveProperty("disabled", false);
    });

    it("offers to read the sheet again when no header is found", async () => {
      const port = notSetUpPort();
      port.inspection = err({ kind: "noHeaderRow", sheet: "Sheet2" });
      const { user } = renderPane(port);
      expect(await screen.findByText(/No order header in the first 30 rows of “Sheet2”/)).toBeTruthy();
      await user.click(screen.getByRole("button", { name: "Try again" }));
      expect(port.callsOf("inspectSheet")).toHaveLength(2);
    });
  });

  describe("the team's status words", () => {
    const teamInspection = () =>
      makeInspection({
        platform: "pinduoduo",
        columns: [
          { column: 0, letter: "A", header: "订单号", field: "orderId", confidence: 1 },
          { column: 1, letter: "B", header: "宝贝", field: "product", confidence: 1 },
          { column: 2, letter: "C", header: "处理状态", field: "status", confidence: 1 },
        ],
        ambiguities: [],
        preview: [["260520-01", "保温杯", "待发货"]],
        labels: "zh-CN",
        statuses: {
          issue: null,
          words: [
            { value: "待发货", count: 3, status: "toProcess", reason: null, source: "vocabulary" },
            { value: "缺货", count: 1, status: "onHold", reason: "outOfStock", source: "vocabulary" },
            { value: "老王说再等等", count: 1, status: null, reason: null, source: null },
          ],
        },
      });

    it("shows each word with its rows, proposed status and reason, and sets up with what the lead confirmed", async () => {
      const port = notSetUpPort();
      port.inspection = ok(teamInspection());
      const { user } = renderPane(port);
      const table = await screen.findByRole("table", { name: "Status words" });
      expect(within(table).getByText("缺货")).toBeTruthy();
      expect(within(table).getByText("Out of stock")).toBeTruthy();
      expect(screen.getByRole("combobox", { name: "Status for “待发货”" })).toHaveProperty(
        "value",
        "toProcess",
      );
      expect(screen.getByText(/1 word\(s\) left unrecognised/)).toBeTruthy();
      await user.selectOptions(screen.getByRole("combobox", { name: "Status for “老王说再等等”" }), "onHold");
      await user.click(screen.getByRole("button", { name: "Set up workflow" }));
      expect(port.callsOf("setupSheet")[0]?.choices).toEqual({
        vocabulary: [
          { value: "待发货", status: "toProcess" },
          { value: "缺货", status: "onHold" },
          { value: "老王说再等等", status: "onHold" },
        ],
        labels: "zh-CN",
        rewrite: false,
        addStatusColumn: true,
      });
    });

    it("rewrites to standard labels only when the lead ticks it", async () => {
      const port = notSetUpPort();
      port.inspection = ok(teamInspection());
      const { user } = renderPane(port);
      await user.click(
        await screen.findByRole("checkbox", { name: /Rewrite these words to the standard labels/ }),
      );
      await user.click(screen.getByRole("button", { name: "Set up workflow" }));
      expect(port.callsOf("setupSheet")[0]?.choices?.rewrite).toBe(true);
    });

    it("says a status column of dates is no status column", async () => {
      const port = notSetUpPort();
      const inspection = teamInspection();
      port.inspection = ok({
        ...inspection,
        statuses: { issue: { kind: "notStatuses", rows: 40 }, words: [] },
      });
      renderPane(port);
      expect(await screen.findByText(/holds mostly dates or numbers \(40 rows\)/)).toBeTruthy();
    });
  });

  describe("a mapping setup can not work with", () => {
    it("is refused with its reason before anything is written: no order id", async () => {
      const port = notSetUpPort();
      const { user } = renderPane(port);
      await user.selectOptions(await screen.findByRole("combobox", { name: "Order id" }), "");
      expect(await screen.findByText(/No order id column/)).toBeTruthy();
      expect(screen.getByRole("button", { name: "Set up workflow" })).toHaveProperty("disabled", true);
      expect(port.callsOf("setupSheet")).toEqual([]);
    });

    it("is refused when one column is mapped to two fields", async () => {
      const port = notSetUpPort();
      const { user } = renderPane(port);
      await user.selectOptions(await screen.findByRole("combobox", { name: "Product" }), "0");
      expect(await screen.findByText(/Column “订单编号” is mapped to several fields/)).toBeTruthy();
      expect(screen.getByRole("button", { name: "Set up workflow" })).toHaveProperty("disabled", true);
    });
  });
});
