import type { NoticeChange, NoticeOrder } from "../../../src/core/notify";
import {
  EMPTY_LEDGER,
  ledgerRows,
  loadNoticeLedger,
  NOTICE_HEADER,
  planActionNotices,
  planOverdueNotices,
} from "../../../src/core/notify";
import type { TeamMember } from "../../../src/core/plan";
import { loadTeam, teamToGrid } from "../../../src/core/plan";
import { serialFromParts } from "../../../src/core/values";

const TEAM: TeamMember[] = [
  { name: "张伟", role: "warehouse", active: true, email: "zhangwei@example.com" },
  { name: "Amy", role: "operations", active: true, email: "amy@example.com" },
  { name: "NoMail", role: "warehouse", active: true },
  { name: "Gone", role: "warehouse", active: false, email: "gone@example.com" },
];
const DUE = serialFromParts({ year: 2026, month: 12, day: 1, hour: 14, minute: 0 });
const PROCESSING = { "zh-CN": "处理中", "en-US": "Processing" };

function order(orderId: string, over: Partial<NoticeOrder> = {}): NoticeOrder {
  return {
    orderId,
    row: 4,
    stageKey: "processing",
    stageLabel: PROCESSING,
    open: true,
    due: DUE,
    owner: "张伟",
    problem: "",
    ...over,
  };
}
const change = (orderId: string, field: NoticeChange["field"], to: string, by = "Amy"): NoticeChange => ({
  orderId,
  field,
  to,
  by,
});
const zh = { team: TEAM, locale: "zh-CN" as const, ledger: EMPTY_LEDGER };
const en = { ...zh, locale: "en-US" as const };

describe("planActionNotices: the text", () => {
  it.each([
    [
      "assigned, zh",
      zh,
      [change("A-1", "owner", "张伟")],
      order("A-1"),
      "@张伟 订单 A-1 分配给你：处理中，截止 12-01 14:00",
    ],
    [
      "assigned, en",
      en,
      [change("A-1", "owner", "张伟")],
      order("A-1"),
      "@张伟 order A-1 is assigned to you: Processing, due 12-01 14:00",
    ],
    [
      "assigned without due",
      zh,
      [change("A-1", "owner", "张伟")],
      order("A-1", { due: null }),
      "@张伟 订单 A-1 分配给你：处理中",
    ],
    [
      "problem flagged tells the owner",
      zh,
      [change("A-1", "problem", "缺货 Out of stock")],
      order("A-1", { problem: "缺货 Out of stock" }),
      "@张伟 订单 A-1 标记了问题：缺货 Out of stock",
    ],
    [
      "assigned and flagged in one action: one comment",
      en,
      [change("A-1", "owner", "张伟"), change("A-1", "problem", "缺货 Out of stock")],
      order("A-1", { problem: "缺货 Out of stock" }),
      "@张伟 order A-1 is assigned to you: Processing, due 12-01 14:00; problem: 缺货 Out of stock",
    ],
  ])("%s", (_name, context, changes, after, text) => {
    const plan = planActionNotices(changes, new Map([[after.orderId, after]]), context);
    expect(plan.notices.map((n) => n.text)).toEqual([text]);
    const [notice] = plan.notices;
    expect(notice?.content.mentions).toEqual([{ id: 0, name: "张伟", email: "zhangwei@example.com" }]);
    expect(notice?.content.richContent).toBe(text.replace("@张伟", '<at id="0">张伟</at>'));
  });

  it("escapes names and values in the rich content, not in the plain text", () => {
    const team = [{ name: "Bo<&>", role: null, active: true, email: "bo@example.com" }];
    const plan = planActionNotices(
      [change("A<1>", "owner", "Bo<&>")],
      new Map([["A<1>", order("A<1>", { due: null })]]),
      { ...en, team },
    );
    expect(plan.notices[0]?.text).toBe("@Bo<&> order A<1> is assigned to you: Processing");
    expect(plan.notices[0]?.content.richContent).toBe(
      '<at id="0">Bo&#60;&#38;&#62;</at> order A&#60;1&#62; is assigned to you: Processing',
    );
  });
});

describe("planActionNotices: threading and no-spam", () => {
  it("one comment per order however many fields and lines changed; a reply where the order has a thread", () => {
    const changes = [
      change("A-1", "status", "处理中 Processing"),
      change("A-1", "owner", "张伟"),
      change("A-1", "owner", "张伟"), // second line of the same order
      change("A-1", "tags", "加急"),
      change("B-2", "owner", "张伟"),
    ];
    const ledger = loadNoticeLedger([
      [...NOTICE_HEADER],
      [46000, "B-2", "action", "", "张伟", "{C-7}", "Amy"],
    ]);
    const plan = planActionNotices(
      changes,
      new Map([
        ["A-1", order("A-1")],
        ["B-2", order("B-2", { row: 9 })],
      ]),
      { ...zh, ledger },
    );
    expect(plan.notices.map((n) => [n.orderId, n.row, n.replyTo, n.recipients.length])).toEqual([
      ["A-1", 4, null, 1],
      ["B-2", 9, "{C-7}", 1],
    ]);
  });

  it.each([
    ["the person who made the change", "张伟", "张伟", "self"],
    ["the person who made the change, other case/space", " amy ", "Amy", "self"],
    ["someone not on the team", "Amy", "Zed", "notOnTeam"],
    ["someone without an e-mail", "Amy", "NoMail", "noEmail"],
    ["an inactive member", "Amy", "Gone", "inactive"],
  ] as const)("never tells %s", (_name, by, owner, reason) => {
    const plan = planActionNotices(
      [change("A-1", "owner", owner, by)],
      new Map([["A-1", order("A-1", { owner })]]),
      zh,
    );
    expect(plan.notices).toEqual([]);
    expect(plan.skipped).toEqual([{ orderId: "A-1", name: owner, reason }]);
  });

  it("says nothing for changes that are not an assignment or a problem (status, tags, cleared owner or problem)", () => {
    const plan = planActionNotices(
      [
        change("A-1", "status", "已发货 Shipped"),
        change("A-1", "tags", "加急"),
        change("A-1", "owner", ""),
        change("A-1", "problem", ""),
      ],
      new Map([["A-1", order("A-1")]]),
      zh,
    );
    expect(plan).toEqual({ notices: [], skipped: [] });
  });

  it("mentions everyone an order's lines went to in one comment", () => {
    const plan = planActionNotices(
      [change("A-1", "owner", "张伟", ""), change("A-1", "owner", "Amy", "")],
      new Map([["A-1", order("A-1")]]),
      en,
    );
    expect(plan.notices).toHaveLength(1);
    expect(plan.notices[0]?.text).toBe(
      "@张伟 @Amy order A-1 is assigned to you: Processing, due 12-01 14:00",
    );
    expect(plan.notices[0]?.content.richContent.startsWith('<at id="0">张伟</at> <at id="1">Amy</at> ')).toBe(
      true,
    );
    expect(plan.notices[0]?.content.mentions.map((m) => m.id)).toEqual([0, 1]);
  });
});

describe("planOverdueNotices", () => {
  const now = DUE + 1 / 24;

  it("tells the owner of each open order past due, in the team's language", () => {
    const orders = [
      order("A-1"),
      order("B-2", { due: now + 1 }), // not yet due
      order("C-3", { open: false }), // shipped
      order("D-4", { owner: "" }), // nobody to tell
      order("E-5", { due: null }),
    ];
    const plan = planOverdueNotices(orders, now, zh);
    expect(plan.notices.map((n) => [n.orderId, n.kind, n.text])).toEqual([
      ["A-1", "overdue", "@张伟 订单 A-1 已超时：处理中，截止 12-01 14:00"],
    ]);
  });

  it("sends each order's notice once per stage: what the ledger holds is not sent again, a new stage is", () => {
    const first = planOverdueNotices([order("A-1")], now, zh);
    const rows = ledgerRows(first.notices, ["{C-1}"], now, "");
    const ledger = loadNoticeLedger([[...NOTICE_HEADER], ...rows]);
    expect(planOverdueNotices([order("A-1")], now + 1, { ...zh, ledger }).notices).toEqual([]);
    const packing = order("A-1", {
      stageKey: "packing",
      stageLabel: { "zh-CN": "打包", "en-US": "Packing" },
    });
    const next = planOverdueNotices([packing], now + 1, { ...zh, ledger });
    expect(next.notices.map((n) => [n.text, n.replyTo])).toEqual([
      ["@张伟 订单 A-1 已超时：打包，截止 12-01 14:00", "{C-1}"],
    ]);
  });
});

describe("team e-mail column", () => {
  it("round-trips the e-mail and reads a table from before the column as members without e-mail", () => {
    expect(loadTeam(teamToGrid(TEAM))).toEqual({ ok: true, value: TEAM });
    expect(
      loadTeam([
        ["姓名 Name", "角色 Role", "在岗 Active"],
        ["Amy", "", ""],
      ]),
    ).toEqual({
      ok: true,
      value: [{ name: "Amy", role: null, active: true }],
    });
  });
});
