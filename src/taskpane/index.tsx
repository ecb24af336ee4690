// Entry of the task pane (webpack chunk "taskpane"). Office.onReady runs once, here; the app gets what
// it needs from Office (language, theme, the port) as props so that it renders the same in tests and
// in the browser preview (which calls mountPane itself).
import { createOfficeWorkbookPort, startWorkflowRuntime } from "../adapters/office/officeWorkbookPort";
import { pickLocale } from "../core/i18n/translate";
import { mountPane } from "./mountPane";

/** Office's theme is dark when its body background is; outside Office (preview) there is no theme. */
function isDarkOfficeTheme(): boolean {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  const rgb = background ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background) : null;
  if (!rgb) return false;
  const [r, g, b] = rgb.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5;
}

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  // The change handler lives in the shared runtime; starting it twice is harmless (it checks).
  void startWorkflowRuntime();
  // Outside Office (browser preview) Office.context has no displayLanguage: use the browser's.
  const locale = pickLocale(Office.context?.displayLanguage ?? navigator.language);
  mountPane(container, { port: createOfficeWorkbookPort(), locale, dark: isDarkOfficeTheme() });
});
