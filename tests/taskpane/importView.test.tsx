/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from "node:util";
import { screen } from "@testing-library/react";
import type { CellValue } from "../../src/core/grid";
import { importBlocker, planImport } from "../../src/core/import";
import { DEFAULT_WORKFLOW } from "../../src/core/lifecycle";
import type { ImportResult, WorkbookPort } from "../../src/core/port";
import { importResultOf } from "../../src/core/port";
import { ok } from "../../src/core/result";
import { mappedSheet, snapshotOf } from "../core/plan/builders";
import { createFakePort } from "./fakePort";
import { renderPane } from "./renderPane";

jest.setTimeout(30_000);
// jsdom leaves out the Encoding API that browsers (and the pane's reader) have.
Object.assign(globalThis, { TextDecoder, TextEncoder });

// The team's sheet the port plans against: one Taobao order already there.
const TEAM: CellValue[][] = [
  ["订单号", "平台", "商品", "平台状态", "快递", "单号", "状态", "负责人"],
  ["35153131473293579", "淘宝", "不粘锅", "买家已付款，等待卖家发货", "", "", "待处理", "Alice Chen"],
];

/** importOrders on the core alone: the plan the Office adapter makes, nothing written. */
const importOrders: NonNullable<WorkbookPort["importOrders"]> = (files, options) => {
  const planned = planImport({
    sheet: mappedSheet(snapshotOf(TEAM)),
    sheetName: "Orders",
    workflow: DEFAULT_WORKFLOW,
    team: [],
    exports: files,
    now: 46351.5,
    utcOffsetMinutes: 480,
    who: options.who,
    autoRoute: false,
    applyMarketMoves: false,
  });
  if (!planned.ok) throw new Error(planned.error.kind);
  const plan = planned.value;
  const blocker = importBlocker(plan);
  const result: ImportResult = {
    ...importResultOf(plan, "Orders"),
    ...(blocker ? { blocker } : {}),
    written: !options.dryRun && !blocker,
    logged: options.dryRun ? 0 : plan.log.length,
  };
  return Promise.resolve(ok(result));
};

const TAOBAO =
  "订单编号,买家会员名,买家实际支付金额,订单状态,宝贝标题,物流公司,物流单号\r\n" +
  '"=""35153131473293579""",tb_a,128.00,卖家已发货，等待买家确认,不粘锅,顺丰速运,"=""SF001"""\r\n' +
  '"=""35153131473293580""",tb_b,59.00,买家已付款，等待卖家发货,保温杯,,\r\n';

const file = (name: string, content: string | Uint8Array<ArrayBuffer>): File => {
  const f = new File([content], name);
  // jsdom's File has no arrayBuffer(); the browser's does.
  Object.defineProperty(f, "arrayBuffer", {
    value: () =>
      Promise.resolve(
        typeof content === "string" ? new TextEncoder().encode(content).buffer : content.slice().buffer,
      ),
  });
  return f;
};

async function openImport(who = "Alice Chen") {
  const port = { ...createFakePort(), importOrders: jest.fn(importOrders) };
  const pane = renderPane(port, { who });
  await pane.user.click(await screen.findByRole("tab", { name: "Import" }));
  const input = await screen.findByLabelText("Choose export files…");
  return { ...pane, input, port };
}

describe("the Import tab", () => {
  it("previews a Taobao export: one new order, one changed in carrier and tracking, before anything is written", async () => {
    const { user, input } = await openImport();
    await user.upload(input, file("ExportOrderList.csv", TAOBAO));
    expect(await screen.findByText(/ExportOrderList\.csv: Taobao\/Tmall, 2 rows, 2 orders/)).toBeTruthy();
    const figure = (key: string): string | null | undefined =>
      document.querySelector(`[data-count="${key}"]`)?.textContent;
    expect([figure("countNew"), figure("countChanged"), figure("countUnchanged")]).toEqual(["1", "1", "0"]);
    expect(screen.getByText(/Changed fields: .*Carrier 1.*Tracking number 1/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Import: 1 new, 1 changed" }));
    expect(await screen.findByText(/Imported into “Orders”: 1 new rows, 1 updated/)).toBeTruthy();
  });

  it("says in the user's language why an inventory list, an empty file and a broken XLSX are not imported", async () => {
    const { user, input } = await openImport();
    await user.upload(input, [
      file("库存.csv", "商品编码,商品名称,库存\r\nPAN-24,不粘锅,12\r\n"),
      file("empty.csv", ""),
      file("broken.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
    ]);
    expect(await screen.findByText(/The file is empty: empty\.csv/)).toBeTruthy();
    expect(screen.getByText(/broken\.xlsx is not a spreadsheet/)).toBeTruthy();
    expect(screen.getByText(/库存\.csv: this is not an order export .*nothing was written/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Import:/ })).toBeNull();
  });

  it("refuses ids Excel destroyed, naming the rows", async () => {
    const { user, input } = await openImport();
    await user.upload(
      input,
      file(
        "old.csv",
        "订单编号,买家会员名,订单状态,宝贝标题\r\n3.51531E+16,tb_a,买家已付款，等待卖家发货,锅\r\n",
      ),
    );
    expect(await screen.findByText(/old\.csv rows 2: the order ids were destroyed by Excel/)).toBeTruthy();
  });

  it("saves the lead's marketplace-moves setting and compares again under it", async () => {
    const { user, input, port } = await openImport();
    await user.upload(input, file("ExportOrderList.csv", TAOBAO));
    await screen.findByRole("button", { name: "Import: 1 new, 1 changed" });
    expect(port.importOrders).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("checkbox", { name: /move the order as it says/ }));
    expect(port.calls).toContainEqual({ method: "setOptions", options: { marketMoves: true } });
    expect(port.importOrders).toHaveBeenCalledTimes(2);
    expect(port.importOrders).toHaveBeenLastCalledWith(expect.anything(), {
      who: "Alice Chen",
      dryRun: true,
    });
  });

  it("asks for a name before importing", async () => {
    const { user, input } = await openImport("");
    await user.upload(input, file("ExportOrderList.csv", TAOBAO));
    const button = await screen.findByRole("button", { name: "Import: 1 new, 1 changed" });
    expect(button.hasAttribute("disabled")).toBe(true);
    expect(screen.getByText(/Pick your name above first/)).toBeTruthy();
  });
});
