/** @jest-environment jsdom */
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createOfficeWorkbookPort } from "../../src/adapters/office/officeWorkbookPort";
import { createNoticeBoard } from "../../src/commands";
import type { WorkbookPort } from "../../src/core/port";
import { App } from "../../src/taskpane/App";
import { createPreviewWorkbook } from "../preview/previewWorkbook";
import { setUpPreviewSheet } from "../preview/setUpPreview";
import { memoryStore } from "./renderPane";

// The real pane on the real Office port over the strict fake: slow on the shared 2-core machines.
jest.setTimeout(60_000);

const NOW = 46351 + 9 / 24;

/**
 * After an action the pane's views follow the port's change event, which names the rows acted on.
 * The pane used to read them a second time from the action's own callback (issue 10).
 */
it("reads the rows an action changed once, through the port's change event, and never the whole sheet", async () => {
  const workbook = createPreviewWorkbook({ rows: 600, now: NOW });
  const office = createOfficeWorkbookPort();
  await setUpPreviewSheet(workbook, office, { now: NOW });
  const view = await office.readOrders();
  if (!view.ok) throw new Error("no orders");
  const toProcess = new Set(view.value.orders.filter((o) => o.status === "toProcess").map((o) => o.row));
  const first = [...toProcess].find((row) => toProcess.has(row + 1) && toProcess.has(row + 2));
  if (first === undefined) throw new Error("no three orders to process in a row");
  const acted = [first, first + 1, first + 2];

  const reads = { at: [] as (readonly number[])[], whole: 0, syncs: 0 };
  const port: WorkbookPort = {
    ...office,
    readOrders: () => {
      reads.whole++;
      return office.readOrders();
    },
    readOrdersAt: (rows) => {
      reads.at.push(rows);
      return office.readOrdersAt!(rows);
    },
  };
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={port}
        locale="en-US"
        notices={createNoticeBoard()}
        nameStore={memoryStore("李娜")}
        today={new Date(2026, 10, 25)}
      />
    </FluentProvider>,
  );
  await user.click(await screen.findByRole("tab", { name: /Selection/ }));
  await act(() => workbook.selectCells(workbook.orderSheet, `A${first}:A${first + 2}`));
  await screen.findByRole("tab", { name: "Selection (3)" });
  const wholeBefore = reads.whole;
  workbook.host.stats.reset();

  await user.click(screen.getByRole("button", { name: "Advance" }));
  await screen.findByText(/^Updated 3 rows\./);
  await waitFor(() => expect(reads.at.length).toBeGreaterThan(0));
  // Let any second refresh that was going to come arrive.
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(reads.at).toEqual([acted]);
  expect(reads.whole).toBe(wholeBefore);
});
