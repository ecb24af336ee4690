/**
 * Page layout and page breaks (ExcelApi 1.9), write-only and recorded per sheet so a test can
 * assert on the print setup a sheet got: `recordedPrint("拣货单 Pick list")`. Writes are queued and
 * applied at sync like every other write (a failed sync records nothing).
 */
import type { BatchContext } from "./batch";
import { FakeClientObject } from "./batch";
import { parseAddress } from "./address";
import { fail } from "./errors";
import type { SheetState, Transaction } from "./state";

/** What the add-in set on a sheet's page layout. */
export interface RecordedPrint {
  orientation: string | null;
  paperSize: string | null;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  printTitleRows: string | null;
  centerHeader: string | null;
  centerFooter: string | null;
  /** 1-based rows above which a page break was added, in order. */
  pageBreaks: number[];
}

const records = new WeakMap<SheetState, RecordedPrint>();
const sheets: SheetState[] = [];

function recordOf(tx: Transaction, sheet: SheetState): RecordedPrint {
  let record = records.get(sheet);
  if (!record) {
    record = {
      orientation: null,
      paperSize: null,
      zoom: null,
      printTitleRows: null,
      centerHeader: null,
      centerFooter: null,
      pageBreaks: [],
    };
    records.set(sheet, record);
    sheets.push(sheet);
    tx.onUndo(() => records.delete(sheet));
  }
  return record;
}

/** The print setup recorded for the live sheet of that name (null when nothing was set). */
export function recordedPrint(sheetName: string): RecordedPrint | null {
  const sheet = [...sheets].reverse().find((s) => !s.deleted && s.name === sheetName);
  return sheet ? (records.get(sheet) ?? null) : null;
}

abstract class SheetChild extends FakeClientObject<SheetState> {
  protected readonly sheet: FakeClientObject<SheetState>;
  constructor(ctx: BatchContext, sheet: FakeClientObject<SheetState>) {
    super(ctx);
    this.sheet = sheet;
  }
  override _resolve(tx: Transaction): SheetState {
    return this.sheet._resolve(tx);
  }
  override _props(): readonly string[] {
    return [];
  }
  override _read(): unknown {
    return undefined;
  }
}

/** `Excel.PageLayout` [ExcelApi 1.9]: orientation, paperSize, zoom, title rows, headers and footers. */
export class FakePageLayout extends SheetChild {
  readonly _type = "PageLayout";
  set orientation(value: string) {
    this._set("orientation", value, (tx, s) => tx.set(recordOf(tx, s), "orientation", value));
  }
  set paperSize(value: string) {
    this._set("paperSize", value, (tx, s) => tx.set(recordOf(tx, s), "paperSize", value));
  }
  set zoom(value: RecordedPrint["zoom"]) {
    this._set("zoom", value, (tx, s) => tx.set(recordOf(tx, s), "zoom", value ? { ...value } : null));
  }
  setPrintTitleRows(address: string): void {
    this._call("setPrintTitleRows", [address], (tx, s) => {
      if (!/^\$?\d+:\$?\d+$/u.test(address))
        fail("InvalidArgument", `Title rows must be whole rows ('$1:$1'), not '${address}'.`);
      tx.set(recordOf(tx, s), "printTitleRows", address);
    });
  }
  get headersFooters(): FakeHeadersFooters {
    this._use();
    return this._child("headersFooters", () => new FakeHeadersFooters(this._ctx, this.sheet));
  }
}

export class FakeHeadersFooters extends SheetChild {
  readonly _type = "HeaderFooterGroup";
  get defaultForAllPages(): FakeHeaderFooter {
    this._use();
    return this._child("defaultForAllPages", () => new FakeHeaderFooter(this._ctx, this.sheet));
  }
}

export class FakeHeaderFooter extends SheetChild {
  readonly _type = "HeaderFooter";
  set centerHeader(value: string) {
    this._set("centerHeader", value, (tx, s) => tx.set(recordOf(tx, s), "centerHeader", value));
  }
  set centerFooter(value: string) {
    this._set("centerFooter", value, (tx, s) => tx.set(recordOf(tx, s), "centerFooter", value));
  }
}

/** `Excel.PageBreakCollection` [ExcelApi 1.9]: `add(address)` puts a break above the address's first row. */
export class FakePageBreakCollection extends SheetChild {
  readonly _type = "PageBreakCollection";
  add(address: string): void {
    this._call("add", [address], (tx, s) => {
      const parsed = parseAddress(address);
      if (!parsed) fail("InvalidArgument", `Bad page break address '${address}'.`);
      const record = recordOf(tx, s);
      tx.set(record, "pageBreaks", [...record.pageBreaks, parsed.rect.r0 + 1]);
    });
  }
}
