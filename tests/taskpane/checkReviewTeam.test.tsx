/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CheckProblem } from "../../src/core/port";
import { err, ok } from "../../src/core/result";
import { ErrorBoundary } from "../../src/taskpane/components";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

function problem(overrides: Partial<CheckProblem>): CheckProblem {
  return {
    row: 5,
    address: "Orders!F5",
    column: "F",
    kind: "invalidStatus",
    field: "status",
    message: { "zh-CN": "“发了”不是工作流中的状态", "en-US": "“发了” is not a status of the workflow" },
    ...overrides,
  };
}

async function openTab(name: string, locale: "en-US" | "zh-CN" = "en-US") {
  const port = createFakePort({ orders: ok(makeView({ orders: [makeCard()] })) });
  const pane = renderPane(port, { who: "王小明", locale });
  await pane.user.click(await screen.findByRole("tab", { name }));
  return { port, ...pane };
}

describe("check view", () => {
  it("groups the problems by kind and jumps to a problem's cell", async () => {
    const { port, user } = await openTab("Check");
    port.check = ok({
      sheetName: "Orders",
      checkedRows: 120,
      problems: [
        problem({ row: 5, address: "Orders!F5" }),
        problem({
          row: 9,
          address: "Orders!A9",
          column: "A",
          kind: "duplicateOrder",
          field: "orderId",
          message: { "zh-CN": "与第 3 行重复", "en-US": "Duplicates row 3" },
        }),
        problem({ row: 12, address: "Orders!F12" }),
      ],
    });
    await user.click(screen.getByRole("button", { name: "Check the sheet" }));
    expect(await screen.findByText("Checked 120 rows: 3 findings.")).toBeTruthy();
    const invalid = screen.getByRole("button", { name: /^Invalid status/ });
    expect(invalid.textContent).toContain("2");
    await user.click(invalid);
    await user.click(
      screen.getByRole("button", { name: "Go to Orders!F12: “发了” is not a status of the workflow" }),
    );
    expect(port.callsOf("select")).toEqual([{ method: "select", address: "Orders!F12" }]);
    expect(screen.getByRole("button", { name: /^Duplicate order/ })).toBeTruthy();
  });

  it("says so when the sheet is clean", async () => {
    const { port, user } = await openTab("Check");
    port.check = ok({ sheetName: "Orders", checkedRows: 40, problems: [] });
    await user.click(screen.getByRole("button", { name: "Check the sheet" }));
    expect(await screen.findByText("Checked 40 rows: no problems.")).toBeTruthy();
  });

  it("shows a protected sheet as an error bar", async () => {
    const { port, user } = await openTab("Check");
    port.check = err({ kind: "protectedSheet", sheet: "Orders" });
    await user.click(screen.getByRole("button", { name: "Check the sheet" }));
    expect(await screen.findByText(/Sheet “Orders” is protected/)).toBeTruthy();
  });
});

describe("review view", () => {
  it("refreshes the chosen week and shows the KPIs with their yardsticks", async () => {
    const { port, user } = await openTab("Review");
    port.review = ok({
      week: { year: 2026, week: 19 },
      from: 46152,
      to: 46158,
      sheetName: "Weekly review",
      summaries: "pivotTables",
      problemCount: 7,
      kpis: [
        {
          key: "lateShipmentRate",
          label: { "zh-CN": "延迟发货率", "en-US": "Late shipment rate" },
          value: 0.062,
          format: "percent",
          target: { op: "<", value: 0.04 },
          ok: false,
        },
        {
          key: "medianHours",
          label: { "zh-CN": "处理时长中位数", "en-US": "Median handling time" },
          value: 5.5,
          format: "hours",
          target: { op: "<", value: 24 },
          ok: true,
        },
        {
          key: "orders",
          label: { "zh-CN": "订单数", "en-US": "Orders" },
          value: null,
          format: "count",
          ok: null,
        },
      ],
    });
    // Today is Wednesday 2026-05-20, in ISO week 21: the last complete week (20) is offered first.
    const week = screen.getByRole("combobox", { name: "Week" });
    expect((week as HTMLSelectElement).value).toBe("2026-W20");
    await user.selectOptions(week, "2026-W19");
    await user.click(screen.getByRole("button", { name: "Refresh review" }));
    expect(port.callsOf("refreshReview")).toEqual([
      { method: "refreshReview", week: { year: 2026, week: 19 } },
    ]);
    expect(
      await screen.findByText(
        "The review is on sheet “Weekly review” (PivotTables); its Problems table lists 7 problems (an order can have several).",
      ),
    ).toBeTruthy();
    const kpis = screen.getByRole("list", { name: "Weekly review" });
    const items = within(kpis)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "Late shipment rate6.2%target < 4% · off target",
      "Median handling time5.5 htarget < 24 h · on target",
      "Ordersno data",
    ]);
  });

  it("shows a failed refresh as an error bar", async () => {
    const { port, user } = await openTab("Review");
    port.review = err({ kind: "requirementMissing", set: "ExcelApi", version: "1.8" });
    await user.click(screen.getByRole("button", { name: "Refresh review" }));
    expect(await screen.findByText(/lacks a feature OrderFlow needs \(ExcelApi 1\.8\)/)).toBeTruthy();
  });
});

describe("team view", () => {
  it("edits the roster and saves it to the settings sheet", async () => {
    const { port, user } = await openTab("Team");
    await user.click(screen.getByRole("button", { name: "Remove 李雷" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Role of Alice Chen" }), "operations");
    await user.click(screen.getByRole("button", { name: "Add member" }));
    await user.type(screen.getByRole("textbox", { name: "Name of member 3" }), " Bob ");
    await user.click(screen.getByRole("switch", { name: "王小明 is active" }));
    await user.click(screen.getByRole("button", { name: "Save team" }));
    expect(port.callsOf("saveTeam")).toEqual([
      {
        method: "saveTeam",
        team: [
          { name: "王小明", role: "customerService", active: false },
          { name: "Alice Chen", role: "operations", active: true },
          { name: "Bob", role: null, active: true },
        ],
      },
    ]);
    expect(await screen.findByText("Team saved to the OrderFlow sheet.")).toBeTruthy();
  });

  it("switches strict mode and auto-routing for the whole workbook", async () => {
    const { port, user } = await openTab("Team");
    const strict = screen.getByRole("switch", { name: /^Strict:/ });
    const routing = screen.getByRole("switch", { name: /^Auto-routing:/ });
    expect([(strict as HTMLInputElement).checked, (routing as HTMLInputElement).checked]).toEqual([
      false,
      true,
    ]);
    await user.click(strict);
    await user.click(routing);
    expect(port.callsOf("setOptions")).toEqual([
      { method: "setOptions", options: { strict: true } },
      { method: "setOptions", options: { autoRoute: false } },
    ]);
  });

  it("will not save a member without a name", async () => {
    const { user } = await openTab("Team");
    await user.click(screen.getByRole("button", { name: "Add member" }));
    expect(screen.getByText("Every member needs a name, and names must differ.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save team" })).toHaveProperty("disabled", true);
  });

  it("is fully in Chinese when the pane is", async () => {
    await openTab("团队", "zh-CN");
    expect(screen.getByRole("button", { name: "保存团队" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Alice Chen的角色" })).toBeTruthy();
  });
});

describe("error boundary", () => {
  const afterTestQuiet: jest.SpyInstance[] = [];
  afterEach(() => afterTestQuiet.splice(0).forEach((spy) => spy.mockRestore()));

  function Broken(): never {
    throw new Error("boom at render");
  }

  it.each([
    ["en-US", "The pane hit an unexpected problem", "Reload the pane"],
    ["zh-CN", "任务窗格遇到意外问题", "重新加载任务窗格"],
  ] as const)(
    "catches a render error and shows a calm %s message, no stack trace",
    (locale, title, button) => {
      // React reports the caught render error on the console; the boundary's own report is what counts.
      const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
      afterTestQuiet.push(quiet);
      const reported: unknown[] = [];
      render(
        <FluentProvider theme={webLightTheme}>
          <ErrorBoundary locale={locale} onError={(error) => reported.push(error)}>
            <Broken />
          </ErrorBoundary>
        </FluentProvider>,
      );
      expect(screen.getByText(title)).toBeTruthy();
      expect(screen.getByRole("button", { name: button })).toBeTruthy();
      expect(document.body.textContent).not.toContain("boom at render");
      expect(reported).toHaveLength(1);
    },
  );
});
