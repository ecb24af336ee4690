import { enableComments, readComments } from "./comments";
import { rejection, setup } from "./testkit";

let restore: () => void = () => undefined;
afterEach(() => restore());

function start(options = {}) {
  const s = setup(options);
  restore = s.restore;
  enableComments(s.host, { documentUrl: "https://contoso.sharepoint.com/Orders.xlsx" });
  return s.host;
}

const amy = { id: 0, name: "Amy", email: "amy@example.com" };
const mention = { richContent: '<at id="0">Amy</at> order A-1 is yours', mentions: [amy] };

describe("comments", () => {
  it("adds a thread with a mention and replies to it; content reads @name; getItemByCell finds it", async () => {
    start();
    const id = await Excel.run(async (context) => {
      const comment = context.workbook.comments.add("Orders!A2", mention, Excel.ContentType.mention);
      comment.load("id");
      await context.sync();
      context.workbook.comments.getItemByCell("Orders!A2").replies.add("plain reply");
      context.workbook.comments.getItem(comment.id).replies.add(mention, "Mention");
      await context.sync();
      return comment.id;
    });
    expect(id).toMatch(/^\{Comment-/);
    expect(await readComments()).toEqual([
      {
        address: "Orders!A2",
        content: "@Amy order A-1 is yours",
        mentions: [amy],
        replies: [
          { content: "plain reply", mentions: [] },
          { content: "@Amy order A-1 is yours", mentions: [amy] },
        ],
      },
    ]);
    expect(Office.context.document.url).toBe("https://contoso.sharepoint.com/Orders.xlsx");
  });

  it.each([
    ["a second thread on a cell", "Orders!A2", mention, "Mention", "InvalidArgument"],
    ["more than one cell", "Orders!A3:A4", "x", "Plain", "InvalidArgument"],
    ["an address without its sheet", "A3", "x", "Plain", "InvalidArgument"],
    ["mention type with plain text", "Orders!A3", "x", "Mention", "InvalidArgument"],
    [
      "an <at> without its mention",
      "Orders!A3",
      { richContent: '<at id="1">Bo</at> hi', mentions: [amy] },
      "Mention",
      "InvalidArgument",
    ],
    [
      "a mention without an e-mail",
      "Orders!A3",
      { richContent: '<at id="0">Bo</at> hi', mentions: [{ id: 0, name: "Bo", email: "" }] },
      "Mention",
      "InvalidArgument",
    ],
  ] as const)("refuses %s and rolls the whole sync back", async (_name, address, content, type, code) => {
    start();
    await Excel.run(async (context) => {
      context.workbook.comments.add("Orders!A2", "first");
      await context.sync();
    });
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.comments.add("Orders!B4", "in the same sync");
        context.workbook.comments.add(address, content as never, type);
        await context.sync();
      }),
    );
    expect(err.code).toBe(code);
    expect((await readComments()).map((c) => c.address)).toEqual(["Orders!A2"]);
  });

  it("getItemByCell on a cell without a thread fails with ItemNotFound; getItemOrNullObject is null", async () => {
    start();
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.comments.getItemByCell("Orders!C3").load("id");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    const isNull = await Excel.run(async (context) => {
      const c = context.workbook.comments.getItemOrNullObject("{Comment-9999}");
      await context.sync();
      return c.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it.each([
    ["1.9", "Orders!A2", "plain", "Plain", "ApiNotFound"],
    ["1.10", "Orders!A2", mention, "Mention", "ApiNotFound"],
    ["1.10", "Orders!A2", "plain", "Plain", null],
    ["1.11", "Orders!A2", mention, "Mention", null],
  ] as const)(
    "with ExcelApi %s, case %#: plain or mention content as the set allows",
    async (version, address, content, type, code) => {
      const host = start();
      host.setRequirementSet("ExcelApi", version);
      const run = Excel.run(async (context) => {
        context.workbook.comments.add(address, content, type);
        await context.sync();
      });
      if (code === null) await run;
      else expect((await rejection(run)).code).toBe(code);
    },
  );

  it("getItemOrNullObject needs ExcelApi 1.14", async () => {
    const host = start();
    host.setRequirementSet("ExcelApi", "1.13");
    const err = await rejection(
      Excel.run(async (context) => {
        context.workbook.comments.getItemOrNullObject("x");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ApiNotFound");
  });
});
