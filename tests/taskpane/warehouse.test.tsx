/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { CellValue } from "../../src/core/grid";
import { DEFAULT_WORKFLOW } from "../../src/core/lifecycle";
import type { NoticeOutcome } from "../../src/core/notify";
import type { ScanMoveRequest, WarehousePort, WarehouseRequest } from "../../src/core/port";
import { ok } from "../../src/core/result";
import { buildScanIndex, matchScan, readWarehouseOrders } from "../../src/core/warehouse";
import { mappedSheet, snapshotOf } from "../core/plan/builders";
import { createFakePort, makeCard, makeView } from "./fakePort";
import { renderPane } from "./renderPane";

jest.setTimeout(30_000);

const GRID: CellValue[][] = [
  ["订单号", "平台", "商品", "SKU", "数量", "物流公司", "物流单号", "状态", "负责人"],
  ["1001", "淘宝", "杯子", "CUP", 2, "", "", "处理中", "Alice Chen"],
  ["1002", "淘宝", "锅", "POT", 1, "", "", "处理中", "Alice Chen"],
  ["1003", "淘宝", "碗", "BOWL", 1, "顺丰", "SF9", "已发货", "Alice Chen"],
];

/** A warehouse port on the core alone: scans matched in memory, moves recorded. */
function fakeWarehouse(notices?: NoticeOutcome) {
  const orders = readWarehouseOrders(mappedSheet(snapshotOf(GRID)), DEFAULT_WORKFLOW);
  const index = buildScanIndex(orders);
  const moves: ScanMoveRequest[] = [];
  const requests: WarehouseRequest[] = [];
  const port: WarehousePort = {
    writePickList: (request) => {
      requests.push(request);
      return Promise.resolve(
        ok({ sheetName: "拣货单 Pick list", orders: 2, rows: 2, print: { pageLayout: "applied" as const } }),
      );
    },
    writePackingSlips: (request) => {
      requests.push(request);
      return Promise.resolve(
        ok({
          sheetName: "发货单 Packing slips",
          orders: 2,
          rows: 2,
          print: { pageLayout: "applied" as const },
        }),
      );
    },
    openScanSession: () => Promise.resolve(ok({ orders: orders.length, defaultCarrier: "顺丰" })),
    lookupScan: (code) => matchScan(index, code),
    moveScanned: (request) => {
      moves.push(request);
      // As slow as a real write, so that scans can arrive while it runs.
      return new Promise((resolve) =>
        setTimeout(
          () =>
            resolve(
              ok({
                applied: 1,
                refused: [],
                logged: 2,
                syncs: 2,
                cellsRead: 20,
                ...(notices ? { notices } : {}),
              }),
            ),
          30,
        ),
      );
    },
  };
  return { port, moves, requests };
}

async function openWarehouse(notices?: NoticeOutcome) {
  const base = createFakePort({ orders: ok(makeView({ orders: [makeCard()] })) });
  const warehouse = fakeWarehouse(notices);
  Object.assign(base, { warehouse: warehouse.port });
  const pane = renderPane(base, { who: "Alice Chen" });
  await pane.user.click(await screen.findByRole("tab", { name: "Warehouse" }));
  return { ...pane, ...warehouse };
}

async function startScanning(pane: Awaited<ReturnType<typeof openWarehouse>>) {
  await pane.user.click(screen.getByRole("button", { name: "Start scanning" }));
  return screen.findByRole("textbox", { name: "Scan or type a code" });
}

describe("warehouse tab", () => {
  it("makes a pick list for the default stages and says what it wrote", async () => {
    const pane = await openWarehouse();
    await pane.user.click(screen.getByRole("button", { name: "Make pick list" }));
    expect(await screen.findByText(/“拣货单 Pick list” is ready: 2 orders, 2 rows\./)).toBeTruthy();
    expect(pane.requests[0]?.scope).toEqual({
      kind: "stages",
      stages: ["toProcess", "processing"],
      owner: "",
      platform: "",
    });
  });

  it("ships a scanned order with the tracking number scanned after it", async () => {
    const pane = await openWarehouse();
    const input = await startScanning(pane);
    await pane.user.type(input, '="1001"{Enter}');
    expect(within(document.body).getByText("1001: now scan the parcel's tracking number.")).toBeTruthy();
    await pane.user.type(input, "YT123456{Enter}");
    expect(await screen.findByText("✓ 1001 shipped with tracking YT123456.")).toBeTruthy();
    expect(pane.moves).toEqual([
      {
        step: "ship",
        tracking: "YT123456",
        carrier: "顺丰",
        orderKey: expect.any(String),
        who: "Alice Chen",
      },
    ]);
    expect(screen.getByText("This session: packed 0, shipped 1, refused 0")).toBeTruthy();
  });

  it("says what became of the move's @mention notices under the scan's result", async () => {
    const pane = await openWarehouse({
      enabled: true,
      capability: { comments: true, mentions: true, cloud: "yes" },
      posted: 1,
      notPosted: 0,
      skipped: [{ orderId: "1001", name: "Bob", reason: "noEmail" }],
    });
    const input = await startScanning(pane);
    await pane.user.type(input, "1002{Enter}YT9{Enter}");
    const status = (await screen.findByText("✓ 1002 shipped with tracking YT9.")).closest("[role=status]");
    expect(status?.textContent).toContain("Notified the owners of 1 order(s).");
    expect(status?.textContent).toContain("Bob has no e-mail in the team table and was not notified.");
  });

  it("keeps up with a scanner: codes that arrive while a move is written wait their turn", async () => {
    const pane = await openWarehouse();
    const input = await startScanning(pane);
    await pane.user.type(input, "1001{Enter}T-1{Enter}1002{Enter}T-2{Enter}");
    expect(await screen.findByText("✓ 1002 shipped with tracking T-2.")).toBeTruthy();
    expect(pane.moves.map((m) => m.tracking)).toEqual(["T-1", "T-2"]);
    expect(document.activeElement).toBe(input);
  });

  it("refuses an unknown code, an order already shipped, and the same order twice, loudly", async () => {
    const pane = await openWarehouse();
    const input = await startScanning(pane);
    await pane.user.click(screen.getByRole("radio", { name: "Pack → 处理中" }));
    await pane.user.type(input, "9999{Enter}");
    const unknown = screen.getByText(/“9999” matches no order id/);
    expect(unknown.getAttribute("data-tone")).toBe("error");
    expect(unknown.getAttribute("aria-live")).toBe("assertive");
    await pane.user.type(input, "SF9{Enter}");
    expect(screen.getByText("✗ 1003 has already shipped (Shipped).")).toBeTruthy();
    await pane.user.click(screen.getByRole("radio", { name: "Ship → 已发货" }));
    await pane.user.type(input, "1002{Enter}");
    await pane.user.type(input, "T-1{Enter}");
    await screen.findByText("✓ 1002 shipped with tracking T-1.");
    await pane.user.type(input, "1002{Enter}");
    expect(screen.getByText("✗ 1002 was already scanned this session.")).toBeTruthy();
    expect(screen.getByText("This session: packed 0, shipped 1, refused 3")).toBeTruthy();
  });

  it("verifies items: refuses a wrong one, keeps Ship closed until complete, then ships", async () => {
    const pane = await openWarehouse();
    const input = await startScanning(pane);
    await pane.user.click(screen.getByRole("radio", { name: "Scan to verify" }));
    await pane.user.type(input, "1001{Enter}");
    expect(screen.getByText("Verifying 1001: scan each item's barcode (1 products).")).toBeTruthy();
    const ship = screen.getByRole("button", { name: "Ship" });
    expect(ship.hasAttribute("disabled")).toBe(true);
    await pane.user.type(input, "POT{Enter}");
    expect(
      screen.getByText("✗ Wrong item! “POT” is not in this order: take it out.").getAttribute("data-tone"),
    ).toBe("error");
    await pane.user.type(input, "cup{Enter}");
    expect(screen.getByText("✓ CUP · 杯子: 1/2")).toBeTruthy();
    await pane.user.type(input, "CUP{Enter}");
    expect(screen.getByText("✓ Every item checked: ready to ship.")).toBeTruthy();
    await pane.user.type(screen.getByRole("textbox", { name: "Tracking number" }), "ZT77");
    await pane.user.click(screen.getByRole("button", { name: "Ship" }));
    expect(await screen.findByText("✓ 1001 shipped with tracking ZT77.")).toBeTruthy();
    expect(pane.moves.map((m) => [m.step, m.tracking, m.override])).toEqual([["ship", "ZT77", undefined]]);
  });
});
