/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { ok } from "../../src/core/result";
import { seenKey } from "../../src/taskpane/notify/myDay";
import { createFakePort, makeCard, makeView, NOW } from "./fakePort";
import { renderPane } from "./renderPane";

jest.setTimeout(20_000);

const HOUR = 1 / 24;
const view = makeView({
  orders: [
    makeCard({ row: 10, orderId: "A-late", owner: "王小明", status: "toProcess", due: NOW + 1 }),
    makeCard({
      row: 11,
      orderId: "A-overdue",
      owner: "王小明",
      status: "toProcess",
      due: NOW - HOUR,
      overdue: true,
    }),
    makeCard({ row: 12, orderId: "A-soon", owner: "王小明", status: "toProcess", due: NOW + 3 * HOUR }),
    makeCard({ row: 13, orderId: "B-done", owner: "王小明", status: "completed", due: NOW - 1 }),
    makeCard({ row: 14, orderId: "C-other", owner: "Alice Chen", status: "toProcess", due: NOW - 1 }),
  ],
});

afterEach(() => window.localStorage.clear());

describe("my day", () => {
  it("counts my open orders overdue, due soon (4-hour window) and newly assigned since I last looked", async () => {
    window.localStorage.setItem(seenKey("王小明"), JSON.stringify(["A-overdue", "A-soon"]));
    renderPane(createFakePort({ orders: ok(view) }), { who: "王小明" });
    const section = await screen.findByRole("region", { name: "My day" });
    const chips = within(section)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(chips).toEqual(["Overdue 1", "Due soon 1", "Newly assigned 1", "Mark as seen"]);
  });

  it("opens the filtered list; an order in it selects its row", async () => {
    const port = createFakePort({ orders: ok(view) });
    const { user } = renderPane(port, { who: "王小明" });
    const section = await screen.findByRole("region", { name: "My day" });
    await user.click(within(section).getByRole("button", { name: "Due soon 1" }));
    const list = within(section).getByRole("list", { name: "Due soon 1: orders" });
    const item = within(list).getByRole("button", { name: "Select order A-soon (row 12) in the sheet" });
    await user.click(item);
    expect(port.callsOf("select")).toEqual([{ method: "select", address: "Orders!12:12" }]);
  });

  it("the first look counts nothing as new; marking as seen remembers what is mine", async () => {
    const { user } = renderPane(createFakePort({ orders: ok(view) }), { who: "王小明" });
    const section = await screen.findByRole("region", { name: "My day" });
    expect(within(section).getByRole("button", { name: "Newly assigned 0" })).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "Mark as seen" }));
    expect(JSON.parse(window.localStorage.getItem(seenKey("王小明")) ?? "[]")).toEqual([
      "A-late",
      "A-overdue",
      "A-soon",
      "B-done",
    ]);
  });
});

describe("notifications setting", () => {
  it("is off by default; switching it on stores the pane's language; the host's limits are said plainly", async () => {
    const port = createFakePort({
      orders: ok({ ...view, noticeCapability: { comments: true, mentions: true, cloud: "no" } }),
    });
    const { user } = renderPane(port, { who: "王小明" });
    await user.click(await screen.findByRole("tab", { name: "Team" }));
    const toggle = await screen.findByRole("switch", { name: /@mention its owner/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(
      screen.getByText(
        "The workbook is not in OneDrive/SharePoint: comments are posted, but nobody gets an e-mail.",
      ),
    ).toBeTruthy();
    await user.click(toggle);
    expect(port.callsOf("setOptions")).toEqual([{ method: "setOptions", options: { notify: "en-US" } }]);
  });

  it("edits a member's e-mail and saves it with the team", async () => {
    const port = createFakePort({ orders: ok(view) });
    const { user } = renderPane(port, { who: "王小明" });
    await user.click(await screen.findByRole("tab", { name: "Team" }));
    const first = view.team[0]!.name;
    const input = await screen.findByRole("textbox", { name: `E-mail of ${first}` });
    await user.type(input, "wang@example.com");
    await user.click(screen.getByRole("button", { name: "Save team" }));
    const saved = port.callsOf("saveTeam")[0];
    expect(saved && "team" in saved ? saved.team[0] : null).toMatchObject({
      name: first,
      email: "wang@example.com",
    });
  });
});

describe("an action's notices", () => {
  it("says how many owners were told, who has no e-mail, and that a local workbook sends no e-mail", async () => {
    const port = createFakePort({
      orders: ok(view),
      selection: { sheetName: "Orders", address: "Orders!A12", rows: [12] },
    });
    port.actionResult = ok({
      applied: 2,
      refused: [],
      logged: 2,
      notices: {
        enabled: true,
        capability: { comments: true, mentions: true, cloud: "no" },
        posted: 1,
        notPosted: 1,
        skipped: [{ orderId: "A-late", name: "Alice Chen", reason: "noEmail" }],
      },
    });
    const { user } = renderPane(port, { who: "王小明" });
    await user.click(await screen.findByRole("tab", { name: /Selection/ }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Owner" }), "Alice Chen");
    await user.click(screen.getByRole("button", { name: "Assign" }));
    expect(await screen.findByText("Notified the owners of 1 order(s).")).toBeTruthy();
    expect(screen.getByText("1 notice(s) could not be posted (the action itself is done).")).toBeTruthy();
    expect(screen.getByText("Alice Chen has no e-mail in the team table and was not notified.")).toBeTruthy();
    expect(
      screen.getByText(
        "The workbook is not in OneDrive/SharePoint: comments are posted, but nobody gets an e-mail.",
      ),
    ).toBeTruthy();
  });
});
