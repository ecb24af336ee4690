import type { CellValue } from "../../../src/core/grid";
import { DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import { orderLineKey } from "../../../src/core/orderKey";
import type { CheckInput } from "../../../src/core/rules";
import { checkRows, formatProblem } from "../../../src/core/rules";
import type { Field } from "../../../src/core/schema";

const HEADER = ["订单号", "商品", "数量", "金额", "下单时间", "快递单号", "状态", "负责人", "截止"];
const MAPPING: Partial<Record<Field, number>> = {
  orderId: 0,
  product: 1,
  quantity: 2,
  orderAmount: 3,
  createdAt: 4,
  tracking: 5,
  status: 6,
  owner: 7,
  due: 8,
};
/** 2026-11-25 09:00. */
const NOW = 46351.375;

function input(rows: CellValue[][], extra: Partial<CheckInput> = {}): CheckInput {
  return {
    grid: [HEADER, ...rows],
    headerRow: 0,
    mapping: MAPPING,
    dataRows: rows.map((_, i) => i + 1),
    platform: "generic",
    workflow: DEFAULT_WORKFLOW,
    now: NOW,
    utcOffsetMinutes: 480,
    ...extra,
  };
}

const ok: CellValue[] = ["1001", "杯子", 1, 10, 46350, "SF1", "已发货", "阿强", NOW + 1];

describe("checkRows", () => {
  it("finds nothing on a clean row", () => {
    expect(checkRows(input([ok]))).toEqual([]);
  });

  it.each([
    ["invalidStatus", { 6: "发货了" }, 6],
    ["missingRequired", { 5: "" }, 5],
    ["idCorrupted", { 0: "3.51531E+16" }, 0],
    ["invalidDate", { 4: "2026-02-30" }, 4],
    ["invalidNumber", { 3: "abc" }, 3],
    ["invalidNumber", { 2: 2.5 }, 2],
    ["overdue", { 8: NOW - 0.5 }, 8],
    ["noOwner", { 7: "" }, 7],
  ] as const)("reports %s in the column that has it", (kind, change, column) => {
    const row = ok.slice();
    for (const [at, value] of Object.entries(change)) row[Number(at)] = value;
    expect(checkRows(input([row])).map((p) => [p.kind, p.row, p.column])).toEqual([[kind, 2, column]]);
  });

  it("reports a duplicate line once, pointing at the first row", () => {
    const problems = checkRows(
      input([ok, ["1002", "锅", 1, 5, 46350, "SF2", "已发货", "阿强", NOW + 1], ok]),
    );
    expect(problems.map((p) => [p.kind, p.row, p.params])).toEqual([["duplicateOrder", 4, { firstRow: 2 }]]);
  });

  it("does not call two lines of one order a duplicate", () => {
    const other = ok.slice();
    other[1] = "杯盖";
    expect(checkRows(input([ok, other]))).toEqual([]);
  });

  it("reports an illegal move against the status a line had before", () => {
    const before = new Map([[orderLineKey("generic", "1001", "杯子"), "completed"]]);
    const problems = checkRows(input([ok], { previousStatus: before }));
    expect(problems.map((p) => [p.kind, p.params])).toEqual([
      ["illegalMove", { from: "completed", to: "shipped" }],
    ]);
    expect(formatProblem(problems[0]!, "en-US", DEFAULT_WORKFLOW)).toBe(
      "Moving from “Completed” to “Shipped” is not allowed; allowed next: After-sales.",
    );
  });

  it("collects every problem of a row, in column order, with 1-based sheet rows after an offset", () => {
    const row: CellValue[] = ["3.51531E+16", "杯子", "x", "abc", "never", "", "已发货", "", NOW - 1];
    const problems = checkRows(input([row], { rowOffset: 4 }));
    expect(problems.map((p) => [p.row, p.column, p.kind])).toEqual([
      [6, 0, "idCorrupted"],
      [6, 2, "invalidNumber"],
      [6, 3, "invalidNumber"],
      [6, 4, "invalidDate"],
      [6, 5, "missingRequired"],
      [6, 7, "noOwner"],
      [6, 8, "overdue"],
    ]);
  });

  describe("when shipped also needs the phone and the address", () => {
    // A team's lifecycle where 已发货 needs a phone and an address, on a sheet that has both columns.
    const workflow = {
      stages: DEFAULT_WORKFLOW.stages.map((stage) =>
        stage.key === "shipped"
          ? { ...stage, needs: [...stage.needs, "phone", "address"] as Field[] }
          : stage,
      ),
    };
    const mapping = { ...MAPPING, phone: 9, address: 10 };
    const check = (phone: CellValue, address: CellValue) =>
      checkRows({
        ...input([[...ok, phone, address]], { workflow, mapping }),
        grid: [
          [...HEADER, "手机", "地址"],
          [...ok, phone, address],
        ],
      }).map((p) => [p.kind, p.field]);

    it.each<[string, CellValue, CellValue]>([
      ["a JD masked phone and a Douyin ciphertext address", "1******6198", "##密文"],
      ["a PDD masked province-style address", "13925130165", "****"],
      ["plain values", "13925130165", "浙江省杭州市西湖区"],
    ])("accepts %s as present", (_name, phone, address) => {
      expect(check(phone, address)).toEqual([]);
    });

    it.each<[string, CellValue, CellValue, Field[]]>([
      ["blank cells", "", null, ["phone", "address"]],
      ["export empty markers", "-", "无", ["phone", "address"]],
      ["a marker beside a masked value", "1******6198", "--", ["address"]],
    ])("reports %s as missing", (_name, phone, address, missing) => {
      expect(check(phone, address)).toEqual(missing.map((field) => ["missingRequired", field]));
    });
  });

  it("checks nothing about owners and due times of closed orders", () => {
    const done = ok.slice();
    done[6] = "已完成";
    done[7] = "";
    done[8] = NOW - 10;
    expect(checkRows(input([done]))).toEqual([]);
  });
});
