/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { WorkbookPort } from "../../src/core/port";
import { err, ok } from "../../src/core/result";
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

describe("my day's mentions", () => {
  const withMentions = (read: WorkbookPort["readMentions"]) => {
    const port = createFakePort({
      orders: ok({
        ...view,
        team: view.team.map((m) => (m.name === "王小明" ? { ...m, email: "wang@example.com" } : m)),
      }),
    });
    const asked: unknown[] = [];
    Object.assign(port, {
      readMentions: (person: unknown) => {
        asked.push(person);
        return read!(person as never);
      },
    });
    return { port, asked };
  };

  it("counts the orders whose unresolved threads mention me on the order sheet, and opens them", async () => {
    const { port, asked } = withMentions(() =>
      Promise.resolve(
        ok({
          supported: true as const,
          threads: [
            { sheet: "Orders", row: 14 },
            { sheet: "Orders", row: 11 },
            { sheet: "Orders", row: 14 },
            // A thread elsewhere (the settings sheet, the header row) is no order to open.
            { sheet: "OrderFlow", row: 12 },
            { sheet: "Orders", row: 1 },
          ],
        }),
      ),
    );
    const { user } = renderPane(port, { who: "王小明" });
    const section = await screen.findByRole("region", { name: "My day" });
    const chip = await within(section).findByRole("button", { name: "Mentions 2" });
    // The person is known by the e-mail the team table gives them.
    expect(asked).toContainEqual({ name: "王小明", email: "wang@example.com" });
    await user.click(chip);
    const list = within(section).getByRole("list", { name: "Mentions 2: orders" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent?.split(" · ")[0]),
    ).toEqual(["A-overdue", "C-other"]);
    expect(within(section).queryByText(/Comments pane/)).toBeNull();
  });

  it("says plainly when this Excel can not read mentions, and shows no count", async () => {
    const { port } = withMentions(() => Promise.resolve(ok({ supported: false as const })));
    renderPane(port, { who: "王小明" });
    const section = await screen.findByRole("region", { name: "My day" });
    expect(
      await within(section).findByText(
        "This Excel can not read @mentions (needs ExcelApi 1.11): find comments that mention you in Excel's Comments pane.",
      ),
    ).toBeTruthy();
    expect(within(section).queryByRole("button", { name: /^Mentions/ })).toBeNull();
  });

  it("says the count is missing when reading the comments failed", async () => {
    const { port } = withMentions(() =>
      Promise.resolve(err({ kind: "unexpected" as const, code: "GeneralException", detail: "" })),
    );
    renderPane(port, { who: "王小明" });
    const section = await screen.findByRole("region", { name: "My day" });
    expect(
      await within(section).findByText(
        "Could not read the comments, so mentions are not counted; see Excel's Comments pane.",
      ),
    ).toBeTruthy();
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
