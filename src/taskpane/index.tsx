// Entry of the task pane (webpack chunk "taskpane"). Office.onReady runs once, here; the app gets what
// it needs from Office (language, theme) as props so that it renders the same in tests and previews.
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { commandNotices } from "../commands";
import { pickLocale } from "../core/i18n/translate";
import { App } from "./App";

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
  // Outside Office (browser preview) Office.context has no displayLanguage: use the browser's.
  const locale = pickLocale(Office.context?.displayLanguage ?? navigator.language);
  createRoot(container).render(
    <FluentProvider theme={isDarkOfficeTheme() ? webDarkTheme : webLightTheme}>
      <App locale={locale} notices={commandNotices} />
    </FluentProvider>,
  );
});
