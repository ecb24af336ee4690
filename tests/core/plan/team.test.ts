import { groupCellChanges, loadTeam, pickOwner, teamFromOwners, teamToGrid } from "../../../src/core/plan";
import { TEAM } from "./builders";

describe("team", () => {
  it("round-trips through the settings table", () => {
    expect(loadTeam(teamToGrid(TEAM))).toEqual({ ok: true, value: TEAM });
  });

  it("reads roles in either language and active flags as people write them", () => {
    const loaded = loadTeam([
      ["姓名 Name", "角色 Role", "在岗 Active"],
      ["Amy", "Warehouse", ""],
      ["Bo", "客服", "否"],
      ["Cy", "运营 Operations", "no"],
      ["", "", ""],
      ["Di", "", "是 Yes"],
    ]);
    expect(loaded).toEqual({
      ok: true,
      value: [
        { name: "Amy", role: "warehouse", active: true },
        { name: "Bo", role: "customerService", active: false },
        { name: "Cy", role: "operations", active: false },
        { name: "Di", role: null, active: true },
      ],
    });
  });

  it("collects every problem with its row", () => {
    const loaded = loadTeam([
      ["姓名", "角色", "在岗"],
      ["Amy", "chef", ""],
      ["amy", "仓库", ""],
    ]);
    expect(loaded).toEqual({
      ok: false,
      error: [
        { kind: "unknownRole", row: 2, value: "chef" },
        { kind: "duplicateMember", row: 3, name: "amy" },
      ],
    });
  });

  it("routes to the active member of the role with the fewest open orders, earlier in the roster on ties", () => {
    expect(
      pickOwner(
        TEAM,
        "warehouse",
        new Map([
          ["阿强", 3],
          ["老张", 1],
        ]),
      )?.name,
    ).toBe("老张");
    expect(pickOwner(TEAM, "warehouse", new Map())?.name).toBe("阿强");
    expect(
      pickOwner(
        TEAM.filter((m) => m.role !== "operations"),
        "operations",
        new Map(),
      ),
    ).toBeUndefined();
  });
});

describe("groupCellChanges", () => {
  it("groups adjacent rows of a column into one write and keeps the last change to a cell", () => {
    expect(
      groupCellChanges([
        { row: 5, column: 2, value: "b" },
        { row: 4, column: 2, value: "a" },
        { row: 9, column: 2, value: "c" },
        { row: 4, column: 1, value: "x" },
        { row: 4, column: 2, value: "a2" },
      ]),
    ).toEqual([
      { area: { row: 4, column: 1, rowCount: 1, columnCount: 1 }, values: [["x"]] },
      { area: { row: 4, column: 2, rowCount: 2, columnCount: 1 }, values: [["a2"], ["b"]] },
      { area: { row: 9, column: 2, rowCount: 1, columnCount: 1 }, values: [["c"]] },
    ]);
  });
});

describe("teamFromOwners", () => {
  it("takes each owner once, in order, active and without a role", () => {
    expect(teamFromOwners(["小王", "", " Amy ", "小王", "amy", "阿强"])).toEqual([
      { name: "小王", role: null, active: true },
      { name: "Amy", role: null, active: true },
      { name: "阿强", role: null, active: true },
    ]);
  });
});
