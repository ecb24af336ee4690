import { createOfficeWorkbookPort } from "../../../src/adapters/office/officeWorkbookPort";
import { setupSheet } from "../../../src/adapters/office/setupSheet";
import { TABLE_NAMES } from "../../../src/core/plan";
import type { FakeExcelHost, SeedCell } from "../../fakeExcel";
import { makeHost, NOW, OFFSET } from "./fixtures";

const SHEET: SeedCell[][] = [
  ["订单号", "商品", "状态", "负责人"],
  ["1001", "杯子", "待处理", "小李"],
  ["1002", "锅", "处理中", "阿强"],
];

/**
 * A workbook set up before the e-mail column: the team table has name, role and active only, with
 * the settings sheet's empty spacer column to its right.
 */
async function oldWorkbook(): Promise<{ host: FakeExcelHost; restore: () => void }> {
  const made = makeHost(SHEET);
  const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAMES.team);
    const range = table.getRange();
    range.load("values,rowIndex,columnIndex,rowCount");
    await context.sync();
    const old = (range.values as SeedCell[][]).map((row) => row.slice(0, 3));
    const { rowIndex, columnIndex, rowCount } = range;
    table.delete();
    const sheet = context.workbook.worksheets.getItem("OrderFlow");
    const area = sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, 3);
    area.values = old;
    sheet.tables.add(area, true).name = TABLE_NAMES.team;
    await context.sync();
  });
  return made;
}

const teamAddress = (host: FakeExcelHost): string =>
  host
    .tables()
    .find((t) => t.name === TABLE_NAMES.team)!
    .address.split("!")[1]!;

const readTeam = async () => {
  const view = await createOfficeWorkbookPort().readOrders();
  if (!view.ok) throw new Error(JSON.stringify(view.error));
  return view.value.team;
};

describe("a team table from before the e-mail column (three columns)", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("reads the e-mails the lead typed in the column beside it", async () => {
    const made = await oldWorkbook();
    restore = made.restore;
    expect(teamAddress(made.host)).toBe("A2:C4");
    made.host.workbook.setCells("OrderFlow", "D3", [["xiaoli@example.com"]]);
    const team = await readTeam();
    expect(team.map((m) => [m.name, m.email ?? ""])).toEqual([
      ["小李", "xiaoli@example.com"],
      ["阿强", ""],
    ]);
  });

  it("keeps the e-mails the pane saves: written beside the table under an e-mail header, read back", async () => {
    const made = await oldWorkbook();
    restore = made.restore;
    const port = createOfficeWorkbookPort();
    const team = await readTeam();
    const withMail = [
      { ...team[0]!, email: "xiaoli@example.com" },
      { ...team[1]!, email: "aqiang@example.com" },
      { name: "老张", role: "warehouse" as const, active: true, email: "laozhang@example.com" },
    ];
    const saved = await port.saveTeam(withMail);
    expect(saved).toEqual({ ok: true, value: true });
    expect(made.host.sheetValues("OrderFlow", "A2:D5")).toEqual([
      ["姓名 Name", "角色 Role", "在岗 Active", "邮箱 E-mail"],
      ["小李", "", "是 Yes", "xiaoli@example.com"],
      ["阿强", "", "是 Yes", "aqiang@example.com"],
      ["老张", "仓库 Warehouse", "是 Yes", "laozhang@example.com"],
    ]);
    expect((await readTeam()).map((m) => m.email)).toEqual([
      "xiaoli@example.com",
      "aqiang@example.com",
      "laozhang@example.com",
    ]);
    // Cleared in the pane: cleared beside the table too.
    const cleared = await port.saveTeam(withMail.map((m, i) => (i === 1 ? { ...m, email: "" } : m)));
    expect(cleared.ok).toBe(true);
    expect((await readTeam()).map((m) => m.email ?? "")).toEqual([
      "xiaoli@example.com",
      "",
      "laozhang@example.com",
    ]);
  });

  it("leaves an old workbook's layout alone while nobody has an e-mail", async () => {
    const made = await oldWorkbook();
    restore = made.restore;
    const before = made.host.sheetValues("OrderFlow", "D1:D10");
    const saved = await createOfficeWorkbookPort().saveTeam(await readTeam());
    expect(saved.ok).toBe(true);
    expect(made.host.sheetValues("OrderFlow", "D1:D10")).toEqual(before);
  });

  it("never reads or writes the lead's own column beside the table as e-mails", async () => {
    const made = await oldWorkbook();
    restore = made.restore;
    made.host.workbook.setCells("OrderFlow", "D2:D3", [["备注 Notes"], ["周末休息"]]);
    expect((await readTeam()).map((m) => m.email)).toEqual([undefined, undefined]);
    const team = await readTeam();
    await createOfficeWorkbookPort().saveTeam([{ ...team[0]!, email: "xiaoli@example.com" }, team[1]!]);
    expect(made.host.sheetValues("OrderFlow", "D2:D3")).toEqual([["备注 Notes"], ["周末休息"]]);
  });

  it.each(["middle", "last"] as const)(
    "puts the table and the column beside back when the save fails at its %s write",
    async (at) => {
      const made = await oldWorkbook();
      restore = made.restore;
      made.host.workbook.setCells("OrderFlow", "D3", [["old@example.com"]]);
      const before = made.host.sheetValues("OrderFlow", "A1:E8");
      const team = await readTeam();
      made.host.failSync(3, "GeneralException", at);
      const saved = await createOfficeWorkbookPort().saveTeam([
        { ...team[0]!, email: "new@example.com" },
        team[1]!,
        { name: "老张", role: "warehouse", active: true, email: "laozhang@example.com" },
      ]);
      // Every cell as it was; a request that added the new member's row leaves it blank ("consistent").
      expect(made.host.sheetValues("OrderFlow", "A1:E8")).toEqual(before);
      // (An error without an outcome says "nothing was changed".)
      expect(!saved.ok && saved.error.outcome).toBe(at === "middle" ? undefined : "consistent");
    },
  );
});
