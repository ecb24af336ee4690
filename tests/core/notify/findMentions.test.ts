import { findMentions, mentionedRows, mentionsPerson } from "../../../src/core/notify";

const zhang = { name: "老张", email: "laozhang@example.com" };

describe("findMentions", () => {
  it.each([
    ["the same e-mail, any case", { name: "Zhang", email: "LaoZhang@Example.com" }, zhang, true],
    ["another e-mail under the same name", { name: "老张", email: "other@example.com" }, zhang, false],
    [
      "the same name when the team has no e-mail",
      { name: " 老张 ", email: "x@example.com" },
      { name: "老张" },
      true,
    ],
    [
      "another name when the team has no e-mail",
      { name: "阿强", email: "x@example.com" },
      { name: "老张" },
      false,
    ],
    ["a mention without an e-mail, by name", { name: "老张", email: "" }, zhang, true],
  ])("a mention names the person by %s: %p vs %p → %p", (_, mention, person, expected) => {
    expect(mentionsPerson(mention, person)).toBe(expected);
  });

  it("keeps unresolved threads that mention the person; the pane counts the order sheet's rows once", () => {
    const found = findMentions(
      [
        { sheet: "Orders", row: 2, resolved: false, mentions: [zhang] },
        { sheet: "Orders", row: 3, resolved: true, mentions: [zhang] },
        { sheet: "Orders", row: 4, resolved: false, mentions: [{ name: "阿强", email: "a@example.com" }] },
        {
          sheet: "orders",
          row: 2,
          resolved: false,
          mentions: [{ name: "阿强", email: "a@example.com" }, zhang],
        },
        { sheet: "OrderFlow", row: 1, resolved: false, mentions: [zhang] },
      ],
      zhang,
    );
    expect(found).toEqual([
      { sheet: "Orders", row: 2 },
      { sheet: "orders", row: 2 },
      { sheet: "OrderFlow", row: 1 },
    ]);
    expect([...mentionedRows({ supported: true, threads: found }, "Orders")]).toEqual([2]);
    expect(mentionedRows({ supported: false }, "Orders").size).toBe(0);
  });
});
