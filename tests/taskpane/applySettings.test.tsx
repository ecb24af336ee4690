/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { err, ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

function paneOn(locale: "en-US" | "zh-CN" = "en-US") {
  const port = createFakePort({ orders: ok(makeView({ orders: [makeCard()] })) });
  return { port, ...renderPane(port, { who: "王小明", locale }) };
}

describe("Apply settings", () => {
  it("on the Team tab: applies, says what changed, and reloads the orders", async () => {
    const { port, user } = paneOn();
    await user.click(await screen.findByRole("tab", { name: "Team" }));
    const reads = port.callsOf("readOrders").length;
    await user.click(screen.getByRole("button", { name: "Apply settings" }));
    expect(
      await screen.findByText(
        "Settings applied: 10 highlight rules and 3 dropdowns now follow the OrderFlow sheet (updated: highlight rules, dropdown ranges, dropdown choices).",
      ),
    ).toBeTruthy();
    expect(port.callsOf("applySettings")).toHaveLength(1);
    expect(port.callsOf("readOrders").length).toBeGreaterThan(reads);
  });

  it("says so in Chinese when nothing needed changing", async () => {
    const { port, user } = paneOn("zh-CN");
    port.applySettingsResult = ok({
      upToDate: true,
      highlights: 10,
      dropdowns: 3,
      changedHighlights: false,
      changedDropdowns: 0,
      changedLists: false,
    });
    await user.click(await screen.findByRole("tab", { name: "团队" }));
    await user.click(screen.getByRole("button", { name: "应用设置" }));
    expect(await screen.findByText("下拉列表和高亮已与设置一致，未做任何更改。")).toBeTruthy();
  });

  it("shows a broken settings table as a clear error", async () => {
    const { port, user } = paneOn();
    port.applySettingsResult = err({
      kind: "settingsInvalid",
      detail: "Row 4 (VIP): colour “red” is not in #RRGGBB form",
    });
    await user.click(await screen.findByRole("tab", { name: "Team" }));
    await user.click(screen.getByRole("button", { name: "Apply settings" }));
    expect(await screen.findByText(/colour “red” is not in #RRGGBB form/)).toBeTruthy();
  });

  it("is offered when the settings sheet changes, and applies from the offer", async () => {
    const { port, user } = paneOn();
    await screen.findByRole("tab", { name: "Team" });
    expect(screen.queryByText(/settings sheet changed/)).toBeNull();
    act(() => port.emitSettingsChanged());
    expect(
      await screen.findByText(
        "The OrderFlow settings sheet changed. Update the dropdowns and highlights to match?",
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Apply settings" }));
    expect(port.callsOf("applySettings")).toHaveLength(1);
    expect(await screen.findByText(/^Settings applied: 10 highlight rules/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/^Settings applied/)).toBeNull();
  });
});
