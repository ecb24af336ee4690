/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import type { TeamMember } from "../../src/core/plan";
import { ok } from "../../src/core/result";
import { createFakePort, makeCard, makeView, TEAM } from "./fakePort";
import { renderPane } from "./renderPane";

// Fluent and user-event in jsdom are slow on the shared 2-core machines: give each test room.
jest.setTimeout(20_000);

const NO_ROLES: TeamMember[] = TEAM.map((m) => ({ ...m, role: null }));
const REASON_EN =
  "Auto-routing is off until an active member has a role: pick roles above and save the team.";

async function openTeam(
  team: readonly TeamMember[],
  autoRoute: boolean,
  locale: "en-US" | "zh-CN" = "en-US",
) {
  const port = createFakePort({
    orders: ok(makeView({ team, options: { strict: false, autoRoute }, orders: [makeCard()] })),
  });
  const pane = renderPane(port, { who: "王小明", locale });
  await pane.user.click(await screen.findByRole("tab", { name: locale === "en-US" ? "Team" : "团队" }));
  return { port, ...pane };
}

const routingSwitch = (name: RegExp = /^Auto-routing:/) =>
  screen.getByRole<HTMLInputElement>("switch", { name });

describe("the Team tab's auto-routing switch", () => {
  it("is off and disabled, saying why, while no member has a role (though stored on)", async () => {
    const { port, user } = await openTeam(NO_ROLES, true);
    const routing = routingSwitch();
    expect([routing.checked, routing.disabled]).toEqual([false, true]);
    const reason = screen.getByText(REASON_EN);
    expect(routing.getAttribute("aria-describedby")).toBe(reason.id);
    await user.click(routing);
    expect(port.callsOf("setOptions")).toEqual([]);
  });

  it("is off while the only member with a role is inactive", async () => {
    const team: TeamMember[] = [...NO_ROLES, { name: "Amy", role: "warehouse", active: false }];
    await openTeam(team, true);
    expect(routingSwitch().disabled).toBe(true);
  });

  it("says why in Chinese in a Chinese pane", async () => {
    await openTeam(NO_ROLES, true, "zh-CN");
    const routing = screen.getByRole<HTMLInputElement>("switch", { name: /^自动分配：/ });
    expect(routing.disabled).toBe(true);
    expect(screen.getByText(/自动分配暂不可用：还没有在岗成员设置角色/)).toBeTruthy();
  });

  it.each([true, false])("follows the stored setting (%s) once the team has roles", async (stored) => {
    const { port, user } = await openTeam(TEAM, stored);
    const routing = routingSwitch();
    expect([routing.checked, routing.disabled]).toEqual([stored, false]);
    expect(screen.queryByText(REASON_EN)).toBeNull();
    expect(routing.hasAttribute("aria-describedby")).toBe(false);
    await user.click(routing);
    expect(port.callsOf("setOptions")).toEqual([{ method: "setOptions", options: { autoRoute: !stored } }]);
  });

  it("comes on as stored when a role is saved", async () => {
    const { port, user } = await openTeam(NO_ROLES, true);
    expect(routingSwitch().checked).toBe(false);
    await user.selectOptions(screen.getByRole("combobox", { name: "Role of Alice Chen" }), "warehouse");
    // Not before the team is saved: routing reads the saved team.
    expect(routingSwitch().disabled).toBe(true);
    const saved = NO_ROLES.map((m) => (m.name === "Alice Chen" ? { ...m, role: "warehouse" as const } : m));
    port.orders = ok(
      makeView({ team: saved, options: { strict: false, autoRoute: true }, orders: [makeCard()] }),
    );
    await user.click(screen.getByRole("button", { name: "Save team" }));
    expect(port.callsOf("saveTeam")).toHaveLength(1);
    const routing = await screen.findByRole("switch", { name: /^Auto-routing:/, checked: true });
    expect((routing as HTMLInputElement).disabled).toBe(false);
    expect(screen.queryByText(REASON_EN)).toBeNull();
  });
});
