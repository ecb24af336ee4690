/**
 * A small spreadsheet view of the fake workbook: column letters, row numbers, the cells' text as Excel
 * would show it (number formats applied), sheet tabs, and selection by mouse — click a cell, drag or
 * shift-click for a range, click a row number (shift-click for several) to select whole order lines.
 * Rows are virtualised so a 10,000-order sheet scrolls smoothly.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MouseEvent as ReactMouseEvent, UIEvent } from "react";
import { columnLetter } from "../../src/core/grid";
import type { FakeExcelHost } from "../fakeExcel";
import { parseAddress, renderText } from "../fakeExcel";
import type { PreviewSelection } from "./previewWorkbook";

const ROW_HEIGHT = 22;
const OVERSCAN = 8;
const ROW_HEADER_WIDTH = 52;

interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const areaOf = (a: { r: number; c: number }, b: { r: number; c: number }): Area => ({
  r0: Math.min(a.r, b.r),
  c0: Math.min(a.c, b.c),
  r1: Math.max(a.r, b.r),
  c1: Math.max(a.c, b.c),
});

const localAddress = (area: Area): string => {
  const first = `${columnLetter(area.c0)}${area.r0 + 1}`;
  const last = `${columnLetter(area.c1)}${area.r1 + 1}`;
  return first === last ? first : `${first}:${last}`;
};

function parseArea(address: string): Area | null {
  const parsed = parseAddress(address);
  if (!parsed) return null;
  const { r0, c0, rows, cols } = parsed.rect;
  return { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
}

export interface SheetGridProps {
  readonly host: FakeExcelHost;
  /** Changes whenever the workbook may have changed; the grid re-reads its cells then. */
  readonly version: number;
  readonly selection: PreviewSelection | null;
  onSelect(sheet: string, address: string): void;
  /** Comment threads by `Sheet!A2`: the cell gets Excel's corner marker and the thread as its tooltip. */
  readonly comments?: ReadonlyMap<
    string,
    { readonly content: string; readonly replies: readonly { readonly content: string }[] }
  >;
}

export function SheetGrid({ host, version, selection, onSelect, comments }: SheetGridProps) {
  const sheets = useMemo(() => host.workbook.sheetNames(), [host, version]);
  const activeSheet =
    selection && sheets.includes(selection.sheet)
      ? selection.sheet
      : (host.workbook.activeSheet() ?? sheets[0] ?? "");
  const used = useMemo(() => {
    // Values only: setup formats 1,000 empty rows below the data for new ids; they need not scroll.
    const address = activeSheet ? host.usedAddress(activeSheet, true) : null;
    const rect = address ? parseAddress(address)?.rect : undefined;
    return rect ? { rows: rect.r0 + rect.rows, cols: rect.c0 + rect.cols } : { rows: 0, cols: 0 };
  }, [host, activeSheet, version]);
  const rowCount = Math.max(used.rows + 20, 60);
  const colCount = Math.max(used.cols + 2, 12);

  // Column widths from the header-ish text of the first rows, like a user's autofit.
  const widths = useMemo(() => {
    const out: number[] = [];
    for (let c = 0; c < colCount; c++) {
      let longest = 4;
      for (let r = 0; r < Math.min(used.rows, 12); r++) {
        const cell = host.cell(activeSheet, `${columnLetter(c)}${r + 1}`);
        const text = r === 0 && used.rows > 2 ? "" : renderText(cell.value, cell.numberFormat); // skip a title row
        longest = Math.max(
          longest,
          [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0),
        );
      }
      out.push(Math.min(220, Math.max(64, longest * 7 + 12)));
    }
    return out;
  }, [host, activeSheet, colCount, used.rows, version]);

  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    setViewport(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  const selected = selection && selection.sheet === activeSheet ? parseArea(selection.address) : null;
  // Scroll the selection into view when the add-in moves it (check sheet → jump).
  const lastJump = useRef<string>("");
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selected || !selection) return;
    const key = `${selection.sheet}!${selection.address}`;
    if (key === lastJump.current) return;
    lastJump.current = key;
    const top = selected.r0 * ROW_HEIGHT;
    if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 3 * ROW_HEIGHT)
      el.scrollTop = Math.max(0, top - 4 * ROW_HEIGHT);
  }, [selected, selection]);

  // Mouse selection: an anchor on mouse down, the area follows the pointer while the button is held.
  const anchor = useRef<{ r: number; c: number } | null>(null);
  const [dragArea, setDragArea] = useState<Area | null>(null);
  const shown = dragArea ?? selected;
  const finish = useCallback(
    (area: Area) => {
      setDragArea(null);
      onSelect(activeSheet, localAddress(area));
    },
    [activeSheet, onSelect],
  );
  useEffect(() => {
    const up = (): void => {
      if (dragArea) finish(dragArea);
    };
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, [dragArea, finish]);

  const lastColumn = Math.max(used.cols - 1, 0);
  const cellDown = (event: ReactMouseEvent, r: number, c: number, wholeRow: boolean): void => {
    event.preventDefault();
    const from =
      event.shiftKey && selected
        ? { r: selected.r0, c: wholeRow ? 0 : selected.c0 }
        : { r, c: wholeRow ? 0 : c };
    anchor.current = from;
    const to = { r, c: wholeRow ? lastColumn : c };
    setDragArea(areaOf(from, wholeRow ? { r, c: lastColumn } : to));
  };
  const cellEnter = (event: ReactMouseEvent, r: number, c: number, wholeRow: boolean): void => {
    if (!anchor.current || event.buttons !== 1 || !dragArea) return;
    setDragArea(areaOf(anchor.current, { r, c: wholeRow ? lastColumn : c }));
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const totalWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const isSelected = (r: number, c: number): boolean =>
    !!shown && r >= shown.r0 && r <= shown.r1 && c >= shown.c0 && c <= shown.c1;

  const rows = [];
  for (let r = first; r <= last; r++) {
    const cells = [];
    for (let c = 0; c < colCount; c++) {
      const address = `${columnLetter(c)}${r + 1}`;
      const info = r < used.rows && c < used.cols ? host.cell(activeSheet, address) : null;
      const text = info ? renderText(info.value, info.numberFormat) : "";
      const thread = comments?.get(`${activeSheet}!${address}`);
      cells.push(
        <div
          key={c}
          role="gridcell"
          aria-selected={isSelected(r, c)}
          data-address={address}
          className={`cell${isSelected(r, c) ? " selected" : ""}${typeof info?.value === "number" ? " number" : ""}${thread ? " commented" : ""}`}
          style={{
            width: widths[c],
            background: info?.fill ?? undefined,
            color: info?.fontColor && info.fontColor !== "#000000" ? info.fontColor : undefined,
            fontWeight: info?.bold ? 600 : undefined,
          }}
          title={
            thread
              ? [thread.content, ...thread.replies.map((r) => `↳ ${r.content}`)].join("\n")
              : text.length > 18
                ? text
                : undefined
          }
          onMouseDown={(e) => cellDown(e, r, c, false)}
          onMouseEnter={(e) => cellEnter(e, r, c, false)}
        >
          {text}
        </div>,
      );
    }
    rows.push(
      <div
        key={r}
        role="row"
        aria-rowindex={r + 1}
        className="grid-row"
        style={{ top: (r + 1) * ROW_HEIGHT, width: totalWidth }}
      >
        <div
          role="rowheader"
          className={`row-header${shown && r >= shown.r0 && r <= shown.r1 ? " active" : ""}`}
          onMouseDown={(e) => cellDown(e, r, 0, true)}
          onMouseEnter={(e) => cellEnter(e, r, 0, true)}
        >
          {r + 1}
        </div>
        {cells}
      </div>,
    );
  }

  return (
    <div className="sheet">
      <div className="name-box" aria-label="名称框 Name box" role="status">
        {selection ? `${selection.sheet} › ${selection.address}` : ""}
      </div>
      <div
        ref={scroller}
        className="grid-scroller"
        onScroll={(e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div
          role="grid"
          aria-label={activeSheet}
          aria-rowcount={rowCount}
          className="grid"
          style={{ height: (rowCount + 1) * ROW_HEIGHT, width: totalWidth }}
        >
          <div role="row" className="grid-row header-row" style={{ width: totalWidth }}>
            <div className="corner" />
            {widths.map((w, c) => (
              <div
                key={c}
                role="columnheader"
                className={`col-header${shown && c >= shown.c0 && c <= shown.c1 ? " active" : ""}`}
                style={{ width: w }}
              >
                {columnLetter(c)}
              </div>
            ))}
          </div>
          {rows}
        </div>
      </div>
      <div role="tablist" aria-label="工作表 Sheets" className="tabs">
        {sheets.map((name) => (
          <button
            key={name}
            role="tab"
            aria-selected={name === activeSheet}
            className={`tab${name === activeSheet ? " active" : ""}`}
            onClick={() => onSelect(name, "A1")}
          >
            {host.isProtected(name) ? `🔒 ${name}` : name}
          </button>
        ))}
      </div>
    </div>
  );
}
