/**
 * The preview's workbook: the strict fake Excel seeded with the sample order sheet, installed as the
 * `Excel`/`Office`/`OfficeExtension` globals so the real Office adapter runs against it, plus what the
 * grid view needs to follow it — a change signal after every `Excel.run` and the current selection.
 */
import type { FakeExcelHost } from "../fakeExcel";
import { createFakeExcel, parseAddress } from "../fakeExcel";
import { enableComments } from "../fakeExcel/comments";
import { makeSampleOrders, SAMPLE_NOTES, SAMPLE_SHEET } from "./sampleOrders";

export interface PreviewSelection {
  readonly sheet: string;
  /** Local address, `B5:D9`. */
  readonly address: string;
}

export interface PreviewWorkbook {
  readonly host: FakeExcelHost;
  /** The order sheet's name. */
  readonly orderSheet: string;
  /** Bumps whenever the workbook may have changed (after every `Excel.run`, a user selection or a host switch). */
  version(): number;
  subscribe(listener: () => void): () => void;
  selection(): PreviewSelection | null;
  /** Selects cells as the user would (mouse in the grid): moves the selection and raises onSelectionChanged. */
  selectCells(sheet: string, address: string): Promise<void>;
  /** Tells the grid that a host switch (protection) changed something. */
  touch(): void;
  /** Whether a cell is being edited (every sync fails with InvalidOperationInCellEditMode meanwhile). */
  cellEditMode(): boolean;
  setCellEditMode(on: boolean): void;
}

export interface PreviewWorkbookOptions {
  readonly rows: number;
  /** Now as an Excel serial, local time. */
  readonly now: number;
  readonly seed?: number;
  /** `Office.context.displayLanguage`: the language the add-in writes workbook texts in (default en-US). */
  readonly displayLanguage?: string;
}

type ExcelRun = (...args: unknown[]) => Promise<unknown>;

/**
 * Creates the fake workbook, seeds it and installs the globals. `Excel.run` is wrapped so that the
 * grid re-reads the workbook after each run of the add-in; the wrapper passes every argument and the
 * result through untouched.
 */
export function createPreviewWorkbook(options: PreviewWorkbookOptions): PreviewWorkbook {
  const host = createFakeExcel(
    options.displayLanguage === undefined ? {} : { displayLanguage: options.displayLanguage },
  );
  host.workbook.addSheet(
    SAMPLE_SHEET,
    makeSampleOrders({
      rows: options.rows,
      now: options.now,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    }),
  );
  host.workbook.addSheet("说明 Notes", SAMPLE_NOTES);
  // Comments with @mentions, as in a workbook saved to OneDrive (the fake sends no e-mail).
  enableComments(host, { documentUrl: "https://contoso-my.sharepoint.com/personal/preview/Orders.xlsx" });
  host.install();

  let version = 0;
  let editing = false;
  let selection: PreviewSelection | null = { sheet: SAMPLE_SHEET, address: "A1" };
  const listeners = new Set<() => void>();
  const notify = (): void => {
    version++;
    for (const listener of listeners) listener();
  };

  // Reads Excel's selection through the API (the add-in may have moved it with Range.select()).
  // Runs on the unwrapped `run`, so reading does not count as a change.
  const readSelection = async (): Promise<void> => {
    try {
      const address = await host.Excel.run(async (context: Excel.RequestContext) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return range.address;
      });
      const parsed = typeof address === "string" ? parseAddress(address) : null;
      if (parsed?.sheet) {
        const local = address as string;
        selection = { sheet: parsed.sheet, address: local.slice(local.lastIndexOf("!") + 1) };
      }
    } catch {
      // Cell-edit mode fails every sync, reads too: keep showing the last known selection.
    }
  };

  const run: ExcelRun = async (...args) => {
    try {
      return await host.Excel.run(...args);
    } finally {
      await readSelection();
      notify();
    }
  };
  (globalThis as { Excel?: unknown }).Excel = { ...host.Excel, run };

  return {
    host,
    orderSheet: SAMPLE_SHEET,
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    selection: () => selection,
    async selectCells(sheet, address) {
      selection = { sheet, address };
      notify();
      await host.select(sheet, address);
    },
    touch: notify,
    cellEditMode: () => editing,
    setCellEditMode(on) {
      editing = on;
      host.setCellEditMode(on);
      notify();
    },
  };
}
