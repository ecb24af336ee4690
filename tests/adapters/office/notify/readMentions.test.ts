import { readMentions } from "../../../../src/adapters/office/readMentions";
import { setupSheet } from "../../../../src/adapters/office/setupSheet";
import { mentionedRows } from "../../../../src/core/notify";
import type { FakeExcelHost, SeedCell } from "../../../fakeExcel";
import { enableComments } from "../../../fakeExcel/comments";
import { makeHost, NOW, OFFSET } from "../fixtures";

const SHEET: SeedCell[][] = [
  ["订单号", "商品", "状态", "负责人"],
  ["1001", "杯子", "待处理", "小李"],
  ["1002", "锅", "处理中", "阿强"],
  ["1003", "碗", "处理中", "老张"],
  ["1004", "盘", "处理中", "老张"],
];
const LAOZHANG = { name: "老张", email: "laozhang@example.com" };
const mention = (who: { name: string; email: string }, text: string) => ({
  richContent: `<at id="0">${who.name}</at> ${text}`,
  mentions: [{ id: 0, name: who.name, email: who.email }],
});

let restore: () => void = () => undefined;
afterEach(() => restore());

/** Threads: 1001 mentions 老张; 1002 mentions 阿强 but a reply mentions 老张; 1003 mentions 老张 but
 * is resolved; 1004 is plain text; the settings sheet has one for 老张 too. */
async function withThreads(): Promise<FakeExcelHost> {
  const made = makeHost(SHEET);
  restore = made.restore;
  enableComments(made.host, { documentUrl: "https://contoso-my.sharepoint.com/Orders.xlsx" });
  const setup = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  await Excel.run(async (context) => {
    const comments = context.workbook.comments;
    comments.add("Orders!A2", mention(LAOZHANG, "请看"), "Mention");
    const other = comments.add(
      "Orders!B3",
      mention({ name: "阿强", email: "aqiang@example.com" }, "缺货"),
      "Mention",
    );
    other.replies.add(mention({ name: "老张", email: "LaoZhang@example.com" }, "你来补"), "Mention");
    const done = comments.add("Orders!A4", mention(LAOZHANG, "已处理"), "Mention");
    comments.add("Orders!A5", "买家要求周五前发货");
    comments.add("OrderFlow!A1", mention(LAOZHANG, "团队表"), "Mention");
    await context.sync();
    done.resolved = true;
    await context.sync();
  });
  return made.host;
}

describe("readMentions on the fake", () => {
  it("finds the unresolved threads that mention the person, a reply's mention included, in two syncs", async () => {
    const host = await withThreads();
    host.stats.reset();
    const read = await readMentions(LAOZHANG);
    expect(read).toEqual({
      ok: true,
      value: {
        supported: true,
        threads: [
          { sheet: "Orders", row: 2 },
          { sheet: "Orders", row: 3 },
          { sheet: "OrderFlow", row: 1 },
        ],
      },
    });
    expect(host.stats.syncs).toBe(2);
    // The pane counts the order sheet's rows only.
    expect(read.ok && [...mentionedRows(read.value, "Orders")]).toEqual([2, 3]);
  });

  it("matches by name when the team table has no e-mail for the person", async () => {
    await withThreads();
    const read = await readMentions({ name: "阿强" });
    expect(read.ok && read.value).toEqual({ supported: true, threads: [{ sheet: "Orders", row: 3 }] });
  });

  it.each(["1.10", "1.9"])(
    "says plainly that ExcelApi %s can not read mentions, without touching Excel",
    async (set) => {
      const host = await withThreads();
      host.setRequirementSet("ExcelApi", set);
      host.stats.reset();
      expect(await readMentions(LAOZHANG)).toEqual({ ok: true, value: { supported: false } });
      expect(host.stats.syncs).toBe(0);
    },
  );
});
