import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { NoticeBoard } from "../commands";
import { commandNotices } from "../commands";
import type { WorkbookPort } from "../core/port";
import type { Locale } from "../core/schema";
import { App } from "./App";

export interface MountPaneOptions {
  readonly port: WorkbookPort;
  readonly locale: Locale;
  /** Office's theme is dark (the entry decides from Office.context.officeTheme); light by default. */
  readonly dark?: boolean;
  /** Ribbon notices; the shared runtime's board by default. */
  readonly notices?: NoticeBoard;
}

/**
 * Renders the pane into `element` with the given port: the Office entry calls it with the Office
 * adapter, the browser preview with its own port (no Office.onReady there). Returns the unmount.
 */
export function mountPane(element: HTMLElement, options: MountPaneOptions): () => void {
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={options.dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <App port={options.port} locale={options.locale} notices={options.notices ?? commandNotices} />
    </FluentProvider>,
  );
  return () => root.unmount();
}
