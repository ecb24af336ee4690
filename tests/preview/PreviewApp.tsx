/**
 * The workbook half of the preview page: a toolbar that switches host conditions the pane must cope
 * with (a protected sheet, a cell being edited), and the grid view of the fake workbook.
 */
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { ConditionalFormatEngine } from "./ConditionalFormatEngine";
import { SheetGrid } from "./SheetGrid";
import { UserInput } from "./UserInput";
import { CommentsPanel } from "./CommentsPanel";
import { useComments } from "./useComments";
import type { PreviewWorkbook } from "./previewWorkbook";
import { makeSampleExports } from "./sampleExports";

export interface PreviewAppProps {
  readonly workbook: PreviewWorkbook;
  readonly rows: number;
}

export function PreviewApp({ workbook, rows }: PreviewAppProps) {
  const version = useSyncExternalStore(workbook.subscribe, workbook.version);
  const { host } = workbook;
  const comments = useComments(host, version);
  const selection = workbook.selection();
  const shownSheet = selection?.sheet ?? workbook.orderSheet;
  const isProtected = host.workbook.sheetNames().includes(shownSheet) && host.isProtected(shownSheet);
  const editing = workbook.cellEditMode();

  // One formula engine per workbook: it keeps what it copied and the rule formulas it placed.
  const engine = useMemo(() => new ConditionalFormatEngine(host), [host]);
  const input = useMemo(() => new UserInput(workbook, engine), [workbook, engine]);
  const onEditMode = useCallback((on: boolean) => workbook.setCellEditMode(on), [workbook]);

  const onSelect = useCallback(
    (sheet: string, address: string) => void workbook.selectCells(sheet, address),
    [workbook],
  );
  const toggleProtection = (): void => {
    if (isProtected) host.unprotectSheet(shownSheet);
    else host.protectSheet(shownSheet);
    workbook.touch();
  };

  // Marketplace exports of the sheet as it is now, to try the pane's 导入 Import with (the browser can
  // not write GBK: the Taobao sample comes as UTF-8 with a BOM, which the reader takes as well).
  const [exports, setExports] = useState<readonly { name: string; url: string }[] | null>(null);
  const toggleExports = (): void => {
    if (exports) {
      for (const e of exports) URL.revokeObjectURL(e.url);
      setExports(null);
      return;
    }
    const values = host.sheetValues(workbook.orderSheet);
    setExports(
      makeSampleExports(values).map((sample) => ({
        name: sample.name,
        url: URL.createObjectURL(
          new Blob([sample.encoding === "utf-8" ? "" : "\ufeff", sample.text], { type: "text/plain" }),
        ),
      })),
    );
  };

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label="预览工具栏 Preview toolbar">
        <span className="title">OrderFlow 订单流 · 预览 Preview</span>
        <button type="button" aria-pressed={isProtected} onClick={toggleProtection}>
          保护工作表 Protect sheet
        </button>
        <button type="button" aria-pressed={editing} onClick={() => workbook.setCellEditMode(!editing)}>
          单元格编辑模式 Cell edit mode
        </button>
        <button type="button" aria-expanded={exports !== null} onClick={toggleExports}>
          示例导出 Sample exports
        </button>
        {exports && (
          <span className="downloads">
            {exports.map((e) => (
              <a key={e.name} href={e.url} download={e.name}>
                {e.name}
              </a>
            ))}
          </span>
        )}
        <span className="hint">
          内存工作簿 In-memory workbook · {rows.toLocaleString("en-US")} 行 rows · 输入或 F2 编辑，Ctrl+V
          粘贴，Ctrl+D 填充 Type or F2 to edit, Ctrl+V paste, Ctrl+D fill
        </span>
      </div>
      <SheetGrid
        host={host}
        version={version}
        selection={selection}
        engine={engine}
        input={input}
        onSelect={onSelect}
        onEditMode={onEditMode}
        comments={comments}
      />
      <CommentsPanel threads={comments} />
    </>
  );
}
