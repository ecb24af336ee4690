import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import type { MappedSheet, TeamMember } from "../../../src/core/plan";
import {
  autoRouteInEffect,
  displayStatus,
  planBulkAction,
  readOrderRows,
  teamCanRoute,
} from "../../../src/core/plan";
import { NOW, TEAM } from "./builders";

const NO_ROLES: TeamMember[] = TEAM.map((m) => ({ ...m, role: null }));
// TEAM's one inactive member (离职的) keeps the warehouse role; every active one loses theirs.
const ROLES_ONLY_INACTIVE: TeamMember[] = TEAM.map((m) => (m.active ? { ...m, role: null } : m));

describe("auto-routing in effect", () => {
  it.each([
    ["a team with roles", true, TEAM],
    ["no team", false, []],
    ["members without roles", false, NO_ROLES],
    ["roles held only by inactive members", false, ROLES_ONLY_INACTIVE],
    ["one active member with a role", true, [...NO_ROLES, { name: "Amy", role: "warehouse", active: true }]],
  ] as const)("with %s: can route = %s", (_, can, team) => {
    expect(teamCanRoute(team)).toBe(can);
    expect(autoRouteInEffect(true, team)).toBe(can);
    expect(autoRouteInEffect(false, team)).toBe(false);
  });

  describe("an advance into the warehouse's stage", () => {
    const grid = [
      ["订单号", "状态 Status", "负责人 Owner"],
      ["1001", displayStatus(DEFAULT_WORKFLOW, "toProcess"), "小王"],
    ];
    const sheet: MappedSheet = {
      grid,
      origin: { row: 0, column: 0 },
      headerRow: 0,
      dataRows: [1],
      mapping: { orderId: 0, status: 1, owner: 2 },
      platform: "generic",
    };
    const advance = (team: readonly TeamMember[]) =>
      planBulkAction(
        readOrderRows(sheet, DEFAULT_WORKFLOW),
        { kind: "advance" },
        {
          workflow: DEFAULT_WORKFLOW,
          team,
          reasons: DEFAULT_PROBLEM_REASONS,
          now: NOW,
          who: "小王",
          autoRoute: true,
          columns: sheet.mapping,
        },
      );

    it("hands the order over when the team has roles", () => {
      const plan = advance(TEAM);
      expect(plan.routed).toEqual([{ owner: "阿强", role: "warehouse", count: 1 }]);
      expect(plan.log.filter((e) => e.source === "routing").map((e) => [e.field, e.to])).toEqual([
        ["owner", "阿强"],
      ]);
    });

    it("keeps the owner when no active member has a role, though the stored switch is on", () => {
      for (const team of [NO_ROLES, ROLES_ONLY_INACTIVE]) {
        const plan = advance(team);
        expect(plan.applied).toBe(1);
        expect(plan.routed).toEqual([]);
        expect(plan.log.map((e) => e.field)).not.toContain("owner");
      }
    });
  });
});
