/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { ReviewSummary } from "../../src/core/port";
import { ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

function summary(week: number, late: number): ReviewSummary {
  return {
    week: { year: 2026, week },
    from: 46152,
    to: 46158,
    sheetName: "周复盘 Weekly review",
    summaries: "pivotTables",
    problemCount: 3,
    kpis: [
      {
        key: "lateShipmentRate",
        label: { "zh-CN": "迟发货率", "en-US": "Late shipment rate" },
        value: late,
        format: "percent",
        target: { op: "<", value: 0.04 },
        ok: late < 0.04,
      },
    ],
  };
}

describe("review view, when another week is picked", () => {
  it("marks the shown figures as another week's until Refresh builds the chosen one", async () => {
    const port = createFakePort({ orders: ok(makeView({ orders: [makeCard()] })) });
    const { user } = renderPane(port, { who: "王小明", locale: "en-US" });
    await user.click(await screen.findByRole("tab", { name: "Review" }));
    port.review = ok(summary(20, 0.062));
    await user.click(screen.getByRole("button", { name: "Refresh review" }));
    expect(await screen.findByText("Figures for 2026 week 20")).toBeTruthy();
    const list = screen.getByRole("list", { name: "Weekly review" });
    expect(list.getAttribute("aria-describedby")).toBeNull();
    expect(screen.queryByText(/still those of/)).toBeNull();

    // Picking week 19 does not rebuild anything, but the week-20 figures say whose they are.
    await user.selectOptions(screen.getByRole("combobox", { name: "Week" }), "2026-W19");
    const stale = screen.getByText(
      "The figures below are still those of 2026 week 20, not of the chosen 2026 week 19. Click “Refresh review” to build 2026 week 19.",
    );
    expect(port.callsOf("refreshReview")).toHaveLength(1);
    const described = screen.getByRole("list", { name: "Weekly review" }).getAttribute("aria-describedby");
    expect(described).toBeTruthy();
    expect(document.getElementById(described!)?.textContent).toBe(stale.textContent);

    // Refresh builds week 19: its figures replace the old ones and the warning goes.
    port.review = ok(summary(19, 0.01));
    await user.click(screen.getByRole("button", { name: "Refresh review" }));
    expect(await screen.findByText("Figures for 2026 week 19")).toBeTruthy();
    expect(screen.queryByText(/still those of/)).toBeNull();
    expect(port.callsOf("refreshReview").at(-1)).toEqual({
      method: "refreshReview",
      week: { year: 2026, week: 19 },
    });
    const items = within(screen.getByRole("list", { name: "Weekly review" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual(["Late shipment rate1%target < 4% · on target"]);

    expect(screen.queryByText(/No orders this week/)).toBeNull();

    // Going back to week 20 marks the week-19 figures stale in turn.
    await user.selectOptions(screen.getByRole("combobox", { name: "Week" }), "2026-W20");
    expect(screen.getByText(/still those of 2026 week 19, not of the chosen 2026 week 20/)).toBeTruthy();
  });

  it("says a week without any order had none", async () => {
    const port = createFakePort({ orders: ok(makeView({ orders: [makeCard()] })) });
    const { user } = renderPane(port, { who: "王小明", locale: "zh-CN" });
    await user.click(await screen.findByRole("tab", { name: "周报" }));
    const empty = summary(20, 0);
    port.review = ok({
      ...empty,
      problemCount: 0,
      kpis: [
        {
          key: "activeOrders",
          label: { "zh-CN": "本周活跃订单", "en-US": "Active orders" },
          value: 0,
          format: "count",
          ok: null,
        },
      ],
    });
    await user.click(screen.getByRole("button", { name: "刷新周报" }));
    expect(
      await screen.findByText("本周没有订单：没有新订单、没有状态变动，周末也没有未完成的订单。"),
    ).toBeTruthy();
  });
});
