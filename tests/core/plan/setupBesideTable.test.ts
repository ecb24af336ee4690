import { translate } from "../../../src/core/i18n/translate";
import { DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import { describeSetupRefusal, planSetup } from "../../../src/core/plan";
import { setupInput, snapshotOf } from "./builders";

const GRID = [
  ["订单编号", "宝贝标题", "订单状态", null, "备忘"],
  ["3515313147329351", "保温杯", "交易成功", null, "周五盘点"],
  ["3515313147329352", "杯套", "交易成功", null, null],
  [null, null, null, null, "below the table"],
];
const TABLE = { name: "MyOrders", area: { row: 0, column: 0, rowCount: 3, columnCount: 3 } };

describe("setup adding columns to the user's table", () => {
  it("is refused when something is right of the table in its rows, naming the area in both languages", () => {
    const result = planSetup(setupInput(snapshotOf(GRID, { tables: [TABLE] })));
    expect(result).toEqual({
      ok: false,
      error: [{ kind: "cellsBesideTable", table: "MyOrders", area: "E1:E2" }],
    });
    const { message, params } = describeSetupRefusal(
      result.ok ? ({ kind: "noOrderId" } as const) : result.error[0]!,
      DEFAULT_WORKFLOW,
    );
    expect(translate(message, "en-US", params)).toContain("right of table “MyOrders”, but E1:E2 holds");
    expect(translate(message, "zh-CN", params)).toContain("表格“MyOrders”右侧新增列，但 E1:E2 里有内容");
  });

  it("goes ahead when only rows below the table hold something there", () => {
    const grid = GRID.map((row, i) => (i < 3 ? row.slice(0, 3) : row));
    const result = planSetup(setupInput(snapshotOf(grid, { tables: [TABLE] })));
    expect(result.ok && result.value.table).toEqual({ kind: "existing", name: "MyOrders" });
  });
});
