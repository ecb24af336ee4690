/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { PreviewApp } from "./PreviewApp";
import { createPreviewWorkbook } from "./previewWorkbook";
import { setUpPreviewSheet } from "./setUpPreview";

jest.setTimeout(30_000);

// jsdom has no ResizeObserver (the grid's virtualiser asks for one).
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

const NOW = 46351 + 9 / 24;

it("the preview shows the @mention comments an assignment posts: corner marker with the thread as tooltip, and the comments panel", async () => {
  const workbook = createPreviewWorkbook({ rows: 40, now: NOW });
  const port = createOfficeWorkbookPort();
  await setUpPreviewSheet(workbook, port, { now: NOW });
  expect(await port.setOptions({ notify: "zh-CN" })).toEqual({ ok: true, value: true });
  const view = await port.readOrders();
  if (!view.ok) throw new Error("no view");
  const order = view.value.orders.find((o) => o.owner !== "王芳" && o.status === "toProcess");
  if (!order) throw new Error("no order to assign");
  const result = await port.applyAction(
    { kind: "assign", owner: "王芳" },
    { kind: "rows", rows: [order.row] },
    "李娜",
  );
  expect(result.ok && result.value.notices).toMatchObject({
    posted: 1,
    notPosted: 0,
    capability: { cloud: "yes" },
  });

  render(<PreviewApp workbook={workbook} rows={40} />);
  const panel = await screen.findByRole("region", { name: "批注 Comments" });
  expect(panel.textContent).toContain(`@王芳 订单 ${order.orderId} 分配给你：待处理`);
  expect(panel.textContent).toContain("王芳 <wangfang@example.com>");
  await act(async () => {
    await workbook.selectCells(workbook.orderSheet, `A${order.row}`);
  });
  const marked = document.querySelectorAll(".cell.commented");
  expect(marked.length).toBe(1);
  expect(marked[0]!.getAttribute("title")).toContain(`@王芳 订单 ${order.orderId}`);
});
