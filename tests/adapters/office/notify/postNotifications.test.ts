import { createOfficeWorkbookPort } from "../../../../src/adapters/office/officeWorkbookPort";
import {
  overdueRound,
  postActionNotices,
  postOverdueNotices,
  resetOverdueRounds,
} from "../../../../src/adapters/office/postNotifications";
import { setupSheet } from "../../../../src/adapters/office/setupSheet";
import { WorkflowRuntime } from "../../../../src/adapters/office/workflowRuntime";
import { describeNoticeOutcome, NOTICE_SHEET } from "../../../../src/core/notify";
import type { FakeExcelHost, SeedCell } from "../../../fakeExcel";
import { enableComments, readComments } from "../../../fakeExcel/comments";
import { makeHost, NOW, OFFSET } from "../fixtures";

const label = { toProcess: "待处理 To process", processing: "处理中 Picking & packing" };
const SHEET: SeedCell[][] = [
  ["订单号", "商品", "买家", "状态", "负责人"],
  ["1001", "杯子", "小明", label.toProcess, "小李"],
  ["1002", "锅", "小红", label.processing, "阿强"],
  ["1003", "碗", "Tom", label.processing, "阿强"],
];
const TEAM = [
  { name: "小李", role: "operations" as const, active: true, email: "xiaoli@example.com" },
  { name: "阿强", role: "warehouse" as const, active: true, email: "aqiang@example.com" },
  { name: "老张", role: "warehouse" as const, active: true, email: "laozhang@example.com" },
  { name: "小王", role: "warehouse" as const, active: true },
];

let restore: () => void = () => undefined;
afterEach(() => restore());

async function setUp(options: { notify?: boolean; url?: string } = {}): Promise<FakeExcelHost> {
  const made = makeHost(SHEET);
  restore = made.restore;
  enableComments(made.host, { documentUrl: options.url ?? "https://contoso-my.sharepoint.com/Orders.xlsx" });
  const result = await setupSheet({ now: NOW, utcOffsetMinutes: OFFSET });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const port = createOfficeWorkbookPort();
  const saved = await port.saveTeam(TEAM);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  if (options.notify !== false) await port.setOptions({ notify: "zh-CN" });
  return made.host;
}

/** Writes a due time into an order's row (the due column is found by its header). */
function setDue(host: FakeExcelHost, sheetRow: number, serial: number): void {
  const header = host.sheetValues("Orders", "A1:Z1")[0]!;
  const dueColumn = header.findIndex((h) => typeof h === "string" && /截止|Due/.test(h));
  if (dueColumn < 0) throw new Error("no due column");
  host.workbook.setCells("Orders", `${String.fromCharCode(65 + dueColumn)}${sheetRow}`, [[serial]]);
}

const assign = (owner: string, rows: number[], who: string) =>
  createOfficeWorkbookPort().applyAction({ kind: "assign", owner }, { kind: "rows", rows }, who);

describe("postNotifications on the fake", () => {
  it("is off by default: the action runs, no comment, the outcome says disabled", async () => {
    await setUp({ notify: false });
    const result = await assign("老张", [2], "小李");
    expect(result.ok && result.value.applied).toBe(1);
    expect(result.ok && result.value.notices?.enabled).toBe(false);
    expect(await readComments()).toEqual([]);
  });

  it("posts one thread per order on its id cell, mentioning the new owner, and replies in it the next time", async () => {
    const host = await setUp();
    setDue(host, 4, NOW + 1); // 2026-11-26 09:00
    const first = await assign("老张", [2, 4], "小李");
    expect(first.ok && first.value.notices).toMatchObject({ enabled: true, posted: 2, notPosted: 0 });
    let threads = await readComments();
    expect(threads.map((t) => t.address)).toEqual(["Orders!A2", "Orders!A4"]);
    // 1001 has no due time (to process, no payment time); 1003's shows as MM-DD HH:mm.
    expect(threads[0]!.content).toBe("@老张 订单 1001 分配给你：待处理");
    expect(threads[1]!.content).toBe("@老张 订单 1003 分配给你：处理中，截止 11-26 09:00");
    expect(threads[0]!.mentions).toEqual([{ id: 0, name: "老张", email: "laozhang@example.com" }]);

    await assign("阿强", [2], "小李");
    threads = await readComments();
    expect(threads).toHaveLength(2);
    expect(threads[0]!.replies.map((r) => r.content)).toEqual([
      expect.stringMatching(/^@阿强 订单 1001 分配给你：待处理/) as unknown,
    ]);
    // The ledger remembers the threads, on a hidden sheet of its own.
    expect(host.snapshot(NOTICE_SHEET)).toMatchObject({ visibility: "Hidden" });
  });

  it("never tells the person who made the change; says who has no e-mail", async () => {
    await setUp();
    const self = await assign("老张", [2], "老张");
    expect(self.ok && self.value.notices).toMatchObject({
      posted: 0,
      skipped: [{ reason: "self", name: "老张" }],
    });
    const noMail = await assign("小王", [3], "小李");
    expect(noMail.ok && noMail.value.notices?.skipped).toEqual([
      { orderId: "1002", name: "小王", reason: "noEmail" },
    ]);
    expect(await readComments()).toEqual([]);
    const lines = noMail.ok && noMail.value.notices ? describeNoticeOutcome(noMail.value.notices) : [];
    expect(lines.map((l) => l.message["en-US"])).toEqual([
      "{names} has no e-mail in the team table and was not notified.",
    ]);
  });

  it("joins a thread someone already started on the id cell instead of failing", async () => {
    await setUp();
    await Excel.run(async (context) => {
      context.workbook.comments.add("Orders!A2", "买家要求周五前发货");
      await context.sync();
    });
    const result = await assign("老张", [2], "小李");
    expect(result.ok && result.value.notices).toMatchObject({ posted: 1, notPosted: 0 });
    const [thread] = await readComments();
    expect(thread!.content).toBe("买家要求周五前发货");
    expect(thread!.replies.map((r) => r.content)).toEqual([
      expect.stringMatching(/^@老张 订单 1001/) as unknown,
    ]);
  });

  it.each([
    ["1.9", { comments: false, mentions: false }, 0, 1, null],
    ["1.10", { comments: true, mentions: false }, 1, 0, []],
    [
      "1.11",
      { comments: true, mentions: true },
      1,
      0,
      [{ id: 0, name: "老张", email: "laozhang@example.com" }],
    ],
  ] as const)(
    "with ExcelApi %s: notices as the host allows, never an exception",
    async (set, can, posted, notPosted, mentions) => {
      const host = await setUp();
      host.setRequirementSet("ExcelApi", set);
      // The action itself needs the manifest's 1.12; its notices are posted on their own and degrade.
      const outcome = await postActionNotices(
        [{ orderId: "1001", field: "owner", to: "老张", by: "小李" }],
        [1],
      );
      expect(outcome).toMatchObject({ enabled: true, posted, notPosted, capability: can });
      host.setRequirementSet("ExcelApi", "1.17");
      const threads = await readComments();
      if (mentions === null) expect(threads).toEqual([]);
      else {
        expect(threads.map((t) => [t.content, t.mentions])).toEqual([
          ["@老张 订单 1001 分配给你：待处理", mentions],
        ]);
      }
      if (!can.comments)
        expect(describeNoticeOutcome(outcome).map((l) => l.message["en-US"])).toContain(
          "This Excel can not post comments (needs ExcelApi 1.10), so no notifications are sent.",
        );
    },
  );

  it("detects a local workbook (no e-mails) and says so plainly", async () => {
    await setUp({ url: "C:\\Users\\li\\Documents\\Orders.xlsx" });
    const result = await assign("老张", [2], "小李");
    expect(result.ok && result.value.notices?.capability.cloud).toBe("no");
    const lines = result.ok && result.value.notices ? describeNoticeOutcome(result.value.notices) : [];
    expect(lines.map((l) => l.message["zh-CN"])).toContain(
      "工作簿不在 OneDrive/SharePoint 上：批注会发出，但被提及的人收不到邮件。",
    );
  });

  it("posts each overdue order once per stage, however often the round runs", async () => {
    const host = await setUp();
    setDue(host, 3, NOW - 1); // order 1002 (阿强, processing) was due yesterday 09:00
    const first = await postOverdueNotices();
    expect(first).toMatchObject({ enabled: true, posted: 1, notPosted: 0 });
    const again = await postOverdueNotices();
    expect(again).toMatchObject({ posted: 0, notPosted: 0 });
    const threads = await readComments();
    expect(threads.map((t) => [t.address, t.content])).toEqual([
      ["Orders!A3", "@阿强 订单 1002 已超时：处理中，截止 11-24 09:00"],
    ]);
  });
});

describe("overdue rounds from the pane", () => {
  it("reading the orders starts a background round, at most one per five minutes", async () => {
    const host = await setUp();
    setDue(host, 3, NOW - 1);
    resetOverdueRounds();
    const port = createOfficeWorkbookPort();
    expect((await port.readOrders()).ok).toBe(true);
    expect(await overdueRound()).toMatchObject({ posted: 1 });
    setDue(host, 4, NOW - 1); // 1003 also overdue now, but the next round is not due yet
    expect((await port.readOrders()).ok).toBe(true);
    expect(await overdueRound()).toMatchObject({ posted: 1 });
    expect((await readComments()).map((t) => t.address)).toEqual(["Orders!A3"]);
  });
});

describe("typed edits", () => {
  it("an owner typed into the sheet tells the new owner, after the change handler's own writes", async () => {
    const host = await setUp();
    const runtime = new WorkflowRuntime();
    const started = await runtime.start();
    expect(started.ok && started.value).toBe(true);
    await host.userEdit("Orders", "E4", [["老张"]]);
    await runtime.idle();
    expect(await runtime.lastNotices).toMatchObject({ posted: 1, notPosted: 0 });
    expect((await readComments()).map((t) => [t.address, t.content])).toEqual([
      ["Orders!A4", "@老张 订单 1003 分配给你：处理中"],
    ]);
  });
});
