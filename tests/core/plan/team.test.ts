import {
  groupCellChanges,
  loadTeam,
  pickOwner,
  planTeamEmailsBeside,
  teamFromOwners,
  teamGridWithBeside,
  teamToGrid,
} from "../../../src/core/plan";
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

describe("a team table from before the e-mail column", () => {
  const OLD = [
    ["姓名 Name", "角色 Role", "在岗 Active"],
    ["Amy", "仓库", "是"],
    ["Bo", "客服", "是"],
  ];

  it.each([
    ["blank", ""],
    ["an e-mail header", "Email"],
    ["a Chinese e-mail header", "邮箱"],
  ])("reads the column beside it as e-mails when its header is %s", (_, header) => {
    const loaded = loadTeam(teamGridWithBeside(OLD, [[header], ["amy@example.com"], [null]]));
    expect(loaded.ok && loaded.value.map((m) => m.email)).toEqual(["amy@example.com", undefined]);
  });

  it("leaves the lead's own column beside the table alone, and a four-column table as it is", () => {
    expect(teamGridWithBeside(OLD, [["备注"], ["amy@example.com"], [null]])).toBe(OLD);
    const current = teamToGrid([{ name: "Amy", role: null, active: true, email: "a@x.cn" }]);
    expect(teamGridWithBeside(current, [[null], ["b@x.cn"]])).toBe(current);
  });

  it("plans the e-mails beside the table: header when blank, one cell per member or old row", () => {
    const rows = teamToGrid([
      { name: "Amy", role: null, active: true, email: "amy@example.com" },
      { name: "Bo", role: null, active: true },
      { name: "Cy", role: null, active: true, email: "cy@example.com" },
    ]).slice(1);
    expect(planTeamEmailsBeside(3, [[null], [null], [null]], rows, 2)).toEqual([
      ["邮箱 E-mail"],
      ["amy@example.com"],
      [""],
      ["cy@example.com"],
    ]);
    // Fewer members than rows: the old rows' e-mails are cleared with them.
    expect(planTeamEmailsBeside(3, [["Mail"], ["x@y.cn"], ["z@y.cn"]], rows.slice(0, 1), 2)).toEqual([
      ["Mail"],
      ["amy@example.com"],
      [""],
    ]);
  });

  it("plans nothing beside a table that has its e-mail column, beside the lead's own column, or with no e-mail at all", () => {
    const rows = teamToGrid([{ name: "Amy", role: null, active: true, email: "amy@example.com" }]).slice(1);
    expect(planTeamEmailsBeside(4, [[null], [null]], rows, 1)).toBeNull();
    expect(planTeamEmailsBeside(3, [["备注"], [null]], rows, 1)).toBeNull();
    const none = teamToGrid([{ name: "Amy", role: null, active: true }]).slice(1);
    expect(planTeamEmailsBeside(3, [[null], [null]], none, 1)).toBeNull();
  });
});
