/**
 * A small spreadsheet over the fake workbook that shows what Excel would show and takes input the way
 * Excel does:
 * - cells' text through their number formats (numfmt), column widths from the sheet, cell formats, and
 *   the sheet's conditional formats evaluated from their real formulas (ConditionalFormatEngine) for the
 *   rows in view only — rows are virtualised, so a 10,000-order sheet scrolls smoothly;
 * - selection by mouse (click, drag, shift-click, row numbers) and keyboard (arrows, Shift+arrows,
 *   Shift+Space for whole rows, Ctrl+Home, Enter to move; Tab leaves the grid, its one tab stop);
 * - editing: type to replace a cell, F2 or double-click to edit it, Enter/Tab commit, Escape cancels; the
 *   workbook is in cell-edit mode meanwhile, as Excel is; Delete clears; Ctrl+V pastes tab-separated
 *   text; Ctrl+D fills down; Ctrl+C copies; a column's ▾ menu (or Alt+Down) sorts by it.
 * Every change goes through UserInput, which raises the worksheet's change event with Excel's semantics.
 * An ARIA grid: one tab stop, the active cell named by aria-activedescendant.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type {
  ClipboardEvent as ReactClipboardEvent,
  KeyboardEvent as ReactKeyboardEvent,
  MouseEvent as ReactMouseEvent,
  UIEvent,
} from "react";
import { columnLetter } from "../../src/core/grid";
import type { FakeExcelHost } from "../fakeExcel";
import { parseAddress } from "../fakeExcel";
import type { ConditionalFormatEngine } from "./ConditionalFormatEngine";
import { displayText } from "./displayText";
import type { PreviewSelection } from "./previewWorkbook";
import type { Area, InputResult, Refusal, UserInput } from "./UserInput";
import { areaAddress } from "./UserInput";

const ROW_HEIGHT = 22;
const OVERSCAN = 8;
const ROW_HEADER_WIDTH = 52;
/** Excel's column widths are in points; the screen shows 96 px per 72 pt. */
const PX_PER_POINT = 96 / 72;

interface Cell {
  readonly r: number;
  readonly c: number;
}

const areaOf = (a: Cell, b: Cell): Area => ({
  r0: Math.min(a.r, b.r),
  c0: Math.min(a.c, b.c),
  r1: Math.max(a.r, b.r),
  c1: Math.max(a.c, b.c),
});

function parseArea(address: string): Area | null {
  const parsed = parseAddress(address);
  if (!parsed) return null;
  const { r0, c0, rows, cols } = parsed.rect;
  return { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
}

const cellId = (r: number, c: number): string => `grid-cell-${r}-${c}`;

/** Text width in the grid's font (a canvas measure; a rough estimate where there is no canvas). */
let measureContext: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string): number {
  if (measureContext === undefined) {
    // jsdom (the unit tests) has no canvas: the estimate will do there.
    const canvas =
      typeof document === "undefined" || /jsdom/.test(navigator.userAgent)
        ? null
        : document.createElement("canvas");
    measureContext = canvas ? canvas.getContext("2d") : null;
    if (measureContext) measureContext.font = getComputedStyle(document.body).font;
  }
  return measureContext ? measureContext.measureText(text).width : text.length * 7;
}

/** Excel shows a number that does not fit its column as #### across the cell (text is cut instead). */
function fitNumber(text: string, width: number): string {
  const room = width - 9;
  return textWidth(text) <= room ? text : "#".repeat(Math.max(1, Math.floor(room / textWidth("#"))));
}

export interface SheetGridProps {
  readonly host: FakeExcelHost;
  /** Changes whenever the workbook may have changed; the grid re-reads its cells then. */
  readonly version: number;
  readonly selection: PreviewSelection | null;
  readonly engine: ConditionalFormatEngine;
  readonly input: UserInput;
  onSelect(sheet: string, address: string): void;
  /** Entering or leaving cell-edit mode (the workbook refuses the add-in's syncs meanwhile). */
  onEditMode(on: boolean): void;
  /** Comment threads by `Sheet!A2`: the cell gets Excel's corner marker and the thread as its tooltip. */
  readonly comments?: ReadonlyMap<
    string,
    { readonly content: string; readonly replies: readonly { readonly content: string }[] }
  >;
}

interface Editing {
  readonly r: number;
  readonly c: number;
  readonly text: string;
  /** "enter": started by typing (arrows commit and move); "edit": F2 / double-click (arrows move the caret). */
  readonly mode: "enter" | "edit";
}

export function SheetGrid({
  host,
  version,
  selection,
  engine,
  input,
  onSelect,
  onEditMode,
  comments,
}: SheetGridProps) {
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

  // Column widths as the sheet has them (points → pixels); a hidden column is 0 wide, as in Excel.
  const widths = useMemo(
    () =>
      Array.from({ length: colCount }, (_, c) =>
        activeSheet && host.columnHidden(activeSheet, c)
          ? 0
          : Math.round((activeSheet ? host.columnWidth(activeSheet, c) : 48) * PX_PER_POINT),
      ),
    [host, activeSheet, colCount, version],
  );
  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = ROW_HEADER_WIDTH;
    for (const w of widths) {
      out.push(x);
      x += w;
    }
    return out;
  }, [widths]);

  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const scroller = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    setViewport(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  // Another sheet starts at its top-left corner, as Excel shows a sheet first opened.
  const shownSheet = useRef(activeSheet);
  useEffect(() => {
    if (shownSheet.current === activeSheet) return;
    shownSheet.current = activeSheet;
    const el = scroller.current;
    if (el) {
      el.scrollLeft = 0;
      el.scrollTop = 0;
    }
  }, [activeSheet]);

  const selected = selection && selection.sheet === activeSheet ? parseArea(selection.address) : null;
  // The active cell (where typing goes) and the end the keyboard extends; both follow outside moves.
  const [active, setActive] = useState<Cell>({ r: 0, c: 0 });
  const [extent, setExtent] = useState<Cell>({ r: 0, c: 0 });
  const selectionKey = selection ? `${selection.sheet}!${selection.address}` : "";
  const ownMove = useRef<string>("");

  /** Scrolls so that a cell is in view, both ways (the row header and column header stay visible). */
  const reveal = useCallback(
    (cell: Cell) => {
      const el = scroller.current;
      if (!el) return;
      const top = (cell.r + 1) * ROW_HEIGHT;
      if (top < el.scrollTop + ROW_HEIGHT || top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
        el.scrollTop = Math.max(0, top - 4 * ROW_HEIGHT);
      const left = lefts[cell.c] ?? ROW_HEADER_WIDTH;
      const width = widths[cell.c] ?? 64;
      if (left < el.scrollLeft + ROW_HEADER_WIDTH) el.scrollLeft = Math.max(0, left - ROW_HEADER_WIDTH);
      else if (left + width > el.scrollLeft + el.clientWidth)
        el.scrollLeft = left + width - el.clientWidth + 16;
    },
    [lefts, widths],
  );

  // The add-in (or a tab) moved the selection: the active cell goes there and the grid scrolls to it.
  useEffect(() => {
    if (!selected || selectionKey === ownMove.current) return;
    ownMove.current = selectionKey;
    setActive({ r: selected.r0, c: selected.c0 });
    setExtent({ r: selected.r1, c: selected.c1 });
    reveal({ r: selected.r0, c: selected.c0 });
  }, [selectionKey, selected, reveal]);

  const select = useCallback(
    (anchor: Cell, end: Cell, scrollTo: Cell = end) => {
      const area = areaOf(anchor, end);
      setListOpen(false);
      setActive(anchor);
      setExtent(end);
      ownMove.current = `${activeSheet}!${areaAddress(area)}`;
      onSelect(activeSheet, areaAddress(area));
      reveal(scrollTo);
    },
    [activeSheet, onSelect, reveal],
  );

  // Mouse selection: an anchor on mouse down, the area follows the pointer while the button is held.
  const anchor = useRef<Cell | null>(null);
  const [dragArea, setDragArea] = useState<Area | null>(null);
  const shown = dragArea ?? selected;
  const lastColumn = Math.max(used.cols - 1, 0);
  const finish = useCallback(
    (area: Area) => {
      setDragArea(null);
      const from = anchor.current ?? { r: area.r0, c: area.c0 };
      const to = { r: from.r === area.r0 ? area.r1 : area.r0, c: from.c === area.c0 ? area.c1 : area.c0 };
      select(from, to, from);
    },
    [select],
  );
  useEffect(() => {
    const up = (): void => {
      if (dragArea) finish(dragArea);
    };
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, [dragArea, finish]);

  // Editing and Excel's refusals.
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The edit in progress, read by commit: Enter, a click elsewhere and the editor's blur may all end it.
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null): void => {
    editingRef.current = next;
    setEditingState(next);
  };
  const [refusal, setRefusal] = useState<{ refusal: Refusal; retry: Editing | null } | null>(null);
  const [menuColumn, setMenuColumn] = useState<number | null>(null);
  const [listOpen, setListOpen] = useState(false);
  // The active cell's in-cell dropdown (a list validation), as Excel shows it beside the cell.
  const listItems = useMemo(
    () => (activeSheet && active.r < used.rows ? input.dropDownItems(activeSheet, active.r, active.c) : null),
    [input, activeSheet, active.r, active.c, used.rows, version],
  );
  const editor = useRef<HTMLInputElement>(null);
  const focusGrid = (): void => gridRef.current?.focus();

  const startEdit = (cell: Cell, text: string | null, mode: Editing["mode"]): void => {
    const info = host.cell(activeSheet, `${columnLetter(cell.c)}${cell.r + 1}`);
    const current = info.formula ?? (info.value === "" ? "" : String(info.value));
    setEditing({ r: cell.r, c: cell.c, text: text ?? current, mode });
    onEditMode(true);
  };
  const isEditing = editing !== null;
  useEffect(() => {
    if (isEditing) editor.current?.focus();
  }, [isEditing]);

  const settle = (result: InputResult, retry: Editing | null): boolean => {
    if (result.ok) return true;
    setRefusal({ refusal: result.refusal, retry });
    return false;
  };

  const commit = async (move: Cell | null): Promise<void> => {
    const edit = editingRef.current;
    if (!edit) return;
    setEditing(null);
    onEditMode(false);
    const result = await input.type(activeSheet, edit.r, edit.c, edit.text);
    if (settle(result, edit) && move) select(move, move);
    if (result.ok) focusGrid();
  };
  const cancel = (): void => {
    if (!editingRef.current) return;
    setEditing(null);
    onEditMode(false);
    focusGrid();
  };

  const current = shown ?? { r0: active.r, c0: active.c, r1: active.r, c1: active.c };
  const clampCell = (cell: Cell): Cell => ({
    r: Math.min(Math.max(cell.r, 0), rowCount - 1),
    c: Math.min(Math.max(cell.c, 0), colCount - 1),
  });

  const run = (action: Promise<InputResult>, then?: (area: Area) => void): void => {
    void action.then((result) => {
      if (settle(result, null) && result.ok) then?.(result.area);
    });
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    if (editing || refusal || listOpen) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const step: Record<string, Cell> = {
      ArrowUp: { r: -1, c: 0 },
      ArrowDown: { r: 1, c: 0 },
      ArrowLeft: { r: 0, c: -1 },
      ArrowRight: { r: 0, c: 1 },
    };
    const delta = step[event.key];
    if (delta && event.altKey && event.key === "ArrowDown") {
      // Alt+Down: the cell's list when it has one (Excel), else the column's sort menu.
      event.preventDefault();
      if (listItems) setListOpen(true);
      else setMenuColumn(active.c);
      return;
    }
    if (delta) {
      event.preventDefault();
      if (event.shiftKey) {
        const end = clampCell({ r: extent.r + delta.r, c: extent.c + delta.c });
        select(active, end, end);
      } else {
        const to = clampCell({ r: active.r + delta.r, c: active.c + delta.c });
        select(to, to);
      }
      return;
    }
    if (event.key === "Home" && ctrl) {
      event.preventDefault();
      select({ r: 0, c: 0 }, { r: 0, c: 0 });
      return;
    }
    if (event.key === " " && event.shiftKey) {
      // Shift+Space: the whole rows of the selection (the add-in reads order lines from them).
      event.preventDefault();
      select({ r: current.r0, c: 0 }, { r: current.r1, c: lastColumn }, { r: active.r, c: 0 });
      return;
    }
    // Enter moves down as in Excel. Tab, outside editing, leaves the grid (the ARIA grid pattern: one
    // tab stop, so keyboard users reach the sheet tabs and the pane); while editing it commits and moves right.
    if (event.key === "Enter") {
      event.preventDefault();
      const to = clampCell({ r: active.r + (event.shiftKey ? -1 : 1), c: active.c });
      select(to, to);
      return;
    }
    if (event.key === "F2") {
      event.preventDefault();
      startEdit(active, null, "edit");
      return;
    }
    if (event.key === "Delete") {
      event.preventDefault();
      run(input.clear(activeSheet, current));
      return;
    }
    if (event.key === "Backspace") {
      event.preventDefault();
      startEdit(active, "", "enter");
      return;
    }
    if (ctrl && event.key.toLowerCase() === "d") {
      event.preventDefault();
      run(input.fillDown(activeSheet, current));
      return;
    }
    if (event.key.length === 1 && !ctrl && !event.altKey) {
      event.preventDefault();
      startEdit(active, event.key, "enter");
    }
  };

  const onPaste = (event: ReactClipboardEvent<HTMLDivElement>): void => {
    if (editing) return;
    const text = event.clipboardData.getData("text/plain");
    if (!text) return;
    event.preventDefault();
    run(input.paste(activeSheet, current.r0, current.c0, text), (area) =>
      select({ r: area.r0, c: area.c0 }, { r: area.r1, c: area.c1 }, { r: area.r0, c: area.c0 }),
    );
  };

  const onCopy = (event: ReactClipboardEvent<HTMLDivElement>): void => {
    if (editing) return;
    const lines: string[] = [];
    for (let r = current.r0; r <= current.r1; r++) {
      const cells: string[] = [];
      for (let c = current.c0; c <= current.c1; c++) {
        const info = host.cell(activeSheet, `${columnLetter(c)}${r + 1}`);
        cells.push(displayText(info.value, info.numberFormat).text);
      }
      lines.push(cells.join("\t"));
    }
    event.clipboardData.setData("text/plain", `${lines.join("\r\n")}\r\n`);
    event.preventDefault();
  };

  const onEditorKey = (event: ReactKeyboardEvent<HTMLInputElement>): void => {
    if (!editing) return;
    const move = (dr: number, dc: number): Cell => clampCell({ r: editing.r + dr, c: editing.c + dc });
    if (event.key === "Enter") {
      event.preventDefault();
      void commit(move(event.shiftKey ? -1 : 1, 0));
    } else if (event.key === "Tab") {
      event.preventDefault();
      void commit(move(0, event.shiftKey ? -1 : 1));
    } else if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    } else if (editing.mode === "enter" && event.key.startsWith("Arrow")) {
      event.preventDefault();
      const d = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[
        event.key as "ArrowUp"
      ];
      void commit(move(d[0]!, d[1]!));
    }
  };

  const cellDown = (event: ReactMouseEvent, r: number, c: number, wholeRow: boolean): void => {
    event.preventDefault();
    if (editing) void commit(null);
    setMenuColumn(null);
    focusGrid();
    const from =
      event.shiftKey && selected ? { r: active.r, c: wholeRow ? 0 : active.c } : { r, c: wholeRow ? 0 : c };
    anchor.current = from;
    setDragArea(areaOf(from, { r, c: wholeRow ? lastColumn : c }));
  };
  const cellEnter = (event: ReactMouseEvent, r: number, c: number, wholeRow: boolean): void => {
    if (!anchor.current || event.buttons !== 1 || !dragArea) return;
    setDragArea(areaOf(anchor.current, { r, c: wholeRow ? lastColumn : c }));
  };

  const sortBy = (column: number, descending: boolean): void => {
    setMenuColumn(null);
    focusGrid();
    run(input.sort(activeSheet, column, descending));
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  // What the conditional formats paint, for the rows in view only. The band follows the scroll a moment
  // later (a deferred value): scrolling never waits for the formula engine; the grid is aria-busy meanwhile.
  const band = `${first}:${last}`;
  const paintedBand = useDeferredValue(band);
  const [paintFirst, paintLast] = paintedBand.split(":").map(Number) as [number, number];
  const looks = useMemo(
    () => (activeSheet ? engine.looks(activeSheet, paintFirst, paintLast, version) : new Map()),
    [engine, activeSheet, paintFirst, paintLast, colCount, version],
  );
  const totalWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const isSelected = (r: number, c: number): boolean =>
    !!shown && r >= shown.r0 && r <= shown.r1 && c >= shown.c0 && c <= shown.c1;

  const rows = [];
  for (let r = first; r <= last; r++) {
    const cells = [];
    for (let c = 0; c < colCount; c++) {
      const address = `${columnLetter(c)}${r + 1}`;
      const info = r < used.rows && c < used.cols ? host.cell(activeSheet, address) : null;
      const formatted = info ? displayText(info.value, info.numberFormat) : { text: "" };
      const shownText =
        typeof info?.value === "number"
          ? { ...formatted, text: fitNumber(formatted.text, widths[c] ?? 64) }
          : formatted;
      const look = looks.get(`${r}:${c}`);
      const fill = look?.fill ?? info?.fill ?? undefined;
      const font = look?.fontColor ?? shownText.color ?? info?.fontColor;
      const isActive = active.r === r && active.c === c;
      const thread = comments?.get(`${activeSheet}!${address}`);
      cells.push(
        <div
          key={c}
          id={cellId(r, c)}
          role="gridcell"
          aria-colindex={c + 2}
          aria-selected={isSelected(r, c)}
          data-address={address}
          className={`cell${isSelected(r, c) ? " selected" : ""}${isActive ? " active" : ""}${typeof info?.value === "number" ? " number" : ""}${thread ? " commented" : ""}`}
          style={{
            width: widths[c],
            // A hidden column takes no room at all (no padding, no border), as in Excel.
            ...(widths[c] === 0 ? { display: "none" } : {}),
            background: fill,
            color: font && font !== "#000000" ? font : undefined,
            fontWeight: (look?.bold ?? info?.bold) ? 600 : undefined,
            fontStyle: look?.italic ? "italic" : undefined,
          }}
          title={
            thread
              ? [thread.content, ...thread.replies.map((reply) => `↳ ${reply.content}`)].join("\n")
              : shownText.text.length > 18
                ? shownText.text
                : undefined
          }
          onMouseDown={(e) => cellDown(e, r, c, false)}
          onMouseEnter={(e) => cellEnter(e, r, c, false)}
          onDoubleClick={() => startEdit({ r, c }, null, "edit")}
        >
          {shownText.text}
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
          aria-colindex={1}
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

  const activeAddress = `${columnLetter(active.c)}${active.r + 1}`;
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
          ref={gridRef}
          role="grid"
          tabIndex={0}
          aria-label={`${activeSheet}（输入即编辑，F2 编辑，Ctrl+V 粘贴，Ctrl+D 向下填充）Type to edit, F2 to edit, Ctrl+V paste, Ctrl+D fill down`}
          aria-rowcount={rowCount}
          aria-colcount={colCount + 1}
          aria-multiselectable
          aria-busy={paintedBand !== band}
          aria-activedescendant={
            first <= active.r && active.r <= last ? cellId(active.r, active.c) : undefined
          }
          className="grid"
          style={{ height: (rowCount + 1) * ROW_HEIGHT, width: totalWidth }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCopy={onCopy}
        >
          <div role="row" className="grid-row header-row" style={{ width: totalWidth }}>
            <div className="corner" />
            {widths.map((w, c) => (
              <div
                key={c}
                role="columnheader"
                aria-colindex={c + 2}
                className={`col-header${shown && c >= shown.c0 && c <= shown.c1 ? " active" : ""}`}
                style={w === 0 ? { width: 0, display: "none" } : { width: w }}
              >
                {columnLetter(c)}
                <div
                  className="col-resize"
                  title="双击自动调整列宽 Double-click to fit the column"
                  aria-hidden="true"
                  data-column={columnLetter(c)}
                  onMouseDown={(e) => e.stopPropagation()}
                  onDoubleClick={() => void input.autofitColumn(activeSheet, c)}
                />
                {c < used.cols && (
                  <button
                    type="button"
                    className="sort-button"
                    tabIndex={-1}
                    aria-haspopup="menu"
                    aria-expanded={menuColumn === c}
                    aria-label={`排序 ${columnLetter(c)} 列 Sort column ${columnLetter(c)}`}
                    onMouseDown={(e) => e.stopPropagation()}
                    onClick={() => setMenuColumn(menuColumn === c ? null : c)}
                  >
                    ▾
                  </button>
                )}
                {menuColumn === c && (
                  <SortMenu
                    column={columnLetter(c)}
                    onSort={(descending) => sortBy(c, descending)}
                    onClose={() => {
                      setMenuColumn(null);
                      focusGrid();
                    }}
                  />
                )}
              </div>
            ))}
          </div>
          {rows}
          {listItems && !editing && active.r >= first && active.r <= last && (
            <button
              type="button"
              tabIndex={-1}
              className="list-button"
              aria-label={`${activeAddress} 的列表 List for ${activeAddress}`}
              aria-haspopup="listbox"
              aria-expanded={listOpen}
              style={{
                top: (active.r + 1) * ROW_HEIGHT,
                left: (lefts[active.c] ?? 0) + (widths[active.c] ?? 64),
              }}
              onMouseDown={(e) => e.stopPropagation()}
              onClick={() => setListOpen(!listOpen)}
            >
              ▾
            </button>
          )}
          {listOpen && listItems && (
            <ListDropDown
              items={listItems}
              label={`${activeAddress} 的列表 List for ${activeAddress}`}
              style={{ top: (active.r + 2) * ROW_HEIGHT, left: lefts[active.c] ?? 0 }}
              onPick={(item) => {
                setListOpen(false);
                focusGrid();
                run(input.type(activeSheet, active.r, active.c, item));
              }}
              onClose={() => {
                setListOpen(false);
                focusGrid();
              }}
            />
          )}
          {editing && (
            <input
              ref={editor}
              className="cell-editor"
              aria-label={`编辑 ${activeAddress} Edit ${activeAddress}`}
              value={editing.text}
              style={{
                top: (editing.r + 1) * ROW_HEIGHT,
                left: lefts[editing.c],
                minWidth: widths[editing.c],
              }}
              onChange={(e) => setEditing({ ...editing, text: e.target.value })}
              onKeyDown={onEditorKey}
              onBlur={() => void commit(null)}
            />
          )}
        </div>
      </div>
      {refusal && (
        <RefusalDialog
          refusal={refusal.refusal}
          canRetry={refusal.retry !== null}
          onRetry={() => {
            const retry = refusal.retry;
            setRefusal(null);
            if (retry) {
              setEditing(retry);
              onEditMode(true);
            }
          }}
          onCancel={() => {
            setRefusal(null);
            focusGrid();
          }}
        />
      )}
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

function ListDropDown({
  items,
  label,
  style,
  onPick,
  onClose,
}: {
  items: readonly string[];
  label: string;
  style: { top: number; left: number };
  onPick(item: string): void;
  onClose(): void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState(0);
  useEffect(() => list.current?.focus(), []);
  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    event.stopPropagation();
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setAt((i) => (i + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const item = items[at];
      if (item !== undefined) onPick(item);
    } else if (event.key === "Escape" || event.key === "Tab") {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <div
      ref={list}
      role="listbox"
      tabIndex={-1}
      aria-label={label}
      aria-activedescendant={`grid-list-${at}`}
      className="list-dropdown"
      style={style}
      onKeyDown={onKeyDown}
      onMouseDown={(e) => e.stopPropagation()}
    >
      {items.map((item, i) => (
        <div
          key={item}
          id={`grid-list-${i}`}
          role="option"
          aria-selected={i === at}
          className={i === at ? "current" : undefined}
          onMouseEnter={() => setAt(i)}
          onClick={() => onPick(item)}
        >
          {item}
        </div>
      ))}
    </div>
  );
}

function SortMenu({
  column,
  onSort,
  onClose,
}: {
  column: string;
  onSort(descending: boolean): void;
  onClose(): void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, []);
  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    event.stopPropagation();
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = (at + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    }
  };
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={`${column} 列 Column ${column}`}
      className="sort-menu"
      onKeyDown={onKeyDown}
      onMouseDown={(e) => e.stopPropagation()}
    >
      <button type="button" role="menuitem" onClick={() => onSort(false)}>
        升序 Sort A → Z
      </button>
      <button type="button" role="menuitem" onClick={() => onSort(true)}>
        降序 Sort Z → A
      </button>
    </div>
  );
}

function RefusalDialog({
  refusal,
  canRetry,
  onRetry,
  onCancel,
}: {
  refusal: Refusal;
  canRetry: boolean;
  onRetry(): void;
  onCancel(): void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="refusal-title"
        aria-describedby="refusal-message"
        className="dialog"
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel();
        }}
      >
        <h2 id="refusal-title">{refusal.title}</h2>
        <p id="refusal-message">{refusal.message}</p>
        <div className="dialog-buttons">
          {canRetry && (
            <button ref={first} type="button" onClick={onRetry}>
              重试 Retry
            </button>
          )}
          <button ref={canRetry ? undefined : first} type="button" onClick={onCancel}>
            取消 Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
