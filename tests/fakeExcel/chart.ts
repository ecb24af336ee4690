/** Charts (minimal): type, name, title, source address, seriesBy, position, delete. */
import { formatAddress, parseAddress } from "./address";
import type { BatchContext } from "./batch";
import { clientResult, FakeClientObject, FakeCollection } from "./batch";
import type { FakeClientResult } from "./batch";
import { fail } from "./errors";
import type { FakeRange } from "./range";
import { assertWritable } from "./sheetOps";
import type { ChartState, SheetState, Transaction } from "./state";

interface ChartRef {
  readonly sheet: SheetState;
  readonly chart: ChartState;
}

function live(ref: ChartRef): ChartRef {
  if (ref.sheet.deleted || !ref.sheet.charts.includes(ref.chart))
    fail("ItemNotFound", "The chart no longer exists.", "Chart");
  return ref;
}

/** `Excel.ChartCollection` of a worksheet. */
export class FakeChartCollection extends FakeCollection<ChartRef, FakeChart> {
  readonly _type = "ChartCollection";
  private readonly sheetLocate: (tx: Transaction) => SheetState;
  constructor(ctx: BatchContext, sheetLocate: (tx: Transaction) => SheetState) {
    super(ctx);
    this.sheetLocate = sheetLocate;
  }
  override _resolve(tx: Transaction): readonly ChartRef[] {
    const sheet = this.sheetLocate(tx);
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  override _props(): readonly string[] {
    return ["count"];
  }
  override _itemProps(): readonly string[] {
    return ["id", "name", "chartType"];
  }
  override _makeItem(c: ChartRef): FakeChart {
    return new FakeChart(this._ctx, () => live(c));
  }
  get count(): number {
    return this._get("count");
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  private find(tx: Transaction, name: string): ChartRef | undefined {
    return this._resolve(tx).find((c) => c.chart.name.toLowerCase() === name.toLowerCase());
  }
  getItem(name: string): FakeChart {
    this._use();
    return new FakeChart(
      this._ctx,
      (tx) => this.find(tx, name) ?? fail("ItemNotFound", `No chart '${name}'.`, "ChartCollection.getItem"),
    );
  }
  /** [ExcelApi 1.4] */
  getItemOrNullObject(name: string): FakeChart {
    this._use();
    return new FakeChart(
      this._ctx,
      (tx) => this.find(tx, name) ?? fail("ItemNotFound", `No chart '${name}'.`),
      true,
    );
  }
  add(type: string, sourceData: FakeRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): FakeChart {
    this._use();
    this._sameContext(sourceData);
    const holder: { ref: ChartRef | null } = { ref: null };
    this._call("add", [type, "<Range>", seriesBy], (tx) => {
      const sheet = this.sheetLocate(tx);
      assertWritable(this._ctx._host, sheet, { r0: 0, c0: 0, rows: 1, cols: 1 }, "object");
      const src = sourceData._resolve(tx);
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartState = {
        id: this._ctx._host.state.nextId("Chart"),
        name: `Chart ${n}`,
        chartType: type,
        sourceAddress: formatAddress(src.sheet.name, src.rect),
        seriesBy,
        title: "",
        position: null,
      };
      tx.set(sheet, "charts", [...sheet.charts, chart]);
      tx.set(holder, "ref", { sheet, chart });
    });
    return new FakeChart(this._ctx, () =>
      live(holder.ref ?? fail("ItemNotFound", "The chart was not created.")),
    );
  }
}

/** `Excel.Chart`. */
export class FakeChart extends FakeClientObject<ChartRef> {
  readonly _type = "Chart";
  private readonly locate: (tx: Transaction) => ChartRef;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => ChartRef, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): ChartRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["id", "name", "chartType"];
  }
  override _read(prop: string, { chart }: ChartRef): unknown {
    return prop === "id" ? chart.id : prop === "name" ? chart.name : chart.chartType;
  }
  override _nav(name: string): FakeClientObject<unknown> | undefined {
    return name === "title" ? this.title : undefined;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (tx, { chart }) => tx.set(chart, "name", name));
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(t: string) {
    this._set("chartType", t, (tx, { chart }) => tx.set(chart, "chartType", t));
  }
  get title(): FakeChartTitle {
    this._use();
    return this._child("title", () => new FakeChartTitle(this._ctx, (tx) => this._resolve(tx)));
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const addr = (tx: Transaction, x: FakeRange | string): string => {
      if (typeof x === "string") {
        const p = parseAddress(x) ?? fail("InvalidArgument", `Bad cell '${x}'.`, "Chart.setPosition");
        return p.sheet === null ? x : formatAddress(p.sheet, p.rect);
      }
      const ref = x._resolve(tx);
      return formatAddress(ref.sheet.name, ref.rect);
    };
    this._call("setPosition", [typeof startCell === "string" ? startCell : "<Range>"], (tx, { chart }) => {
      tx.set(chart, "position", {
        start: addr(tx, startCell),
        end: endCell === undefined ? null : addr(tx, endCell),
      });
    });
  }
  delete(): void {
    this._call("delete", [], (tx, { sheet, chart }) =>
      tx.set(
        sheet,
        "charts",
        sheet.charts.filter((c) => c !== chart),
      ),
    );
  }
}

/** `Excel.ChartTitle`: text, visible. */
export class FakeChartTitle extends FakeClientObject<ChartRef> {
  readonly _type = "ChartTitle";
  private readonly locate: (tx: Transaction) => ChartRef;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => ChartRef) {
    super(ctx);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): ChartRef {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return ["text", "visible"];
  }
  override _read(prop: string, { chart }: ChartRef): unknown {
    return prop === "text" ? chart.title : chart.title !== "";
  }
  get text(): string {
    return this._get("text");
  }
  set text(t: string) {
    this._set("text", t, (tx, { chart }) => tx.set(chart, "title", t));
  }
  get visible(): boolean {
    return this._get("visible");
  }
}
