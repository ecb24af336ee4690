import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createNoticeBoard } from "../../src/commands";
import type { NoticeBoard } from "../../src/commands";
import type { Locale } from "../../src/core/schema";
import { App } from "../../src/taskpane/App";
import type { NameStore } from "../../src/taskpane/state";
import type { FakePort } from "./fakePort";

// jsdom has no ResizeObserver; Fluent's MessageBar and the board's lanes observe sizes in real browsers.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoResizeObserver;

/** A name store in memory, optionally with a name already picked. */
export function memoryStore(who?: string): NameStore & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  if (who) items.set("orderflow.who", who);
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

export interface RenderPaneOptions {
  readonly locale?: Locale;
  readonly who?: string;
  readonly notices?: NoticeBoard;
  readonly today?: Date;
}

/** The whole pane on a fake port, as the entry mounts it. */
export function renderPane(port: FakePort, options: RenderPaneOptions = {}) {
  const user = userEvent.setup();
  const store = memoryStore(options.who);
  const notices = options.notices ?? createNoticeBoard();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={port}
        locale={options.locale ?? "en-US"}
        notices={notices}
        nameStore={store}
        today={options.today ?? new Date(2026, 4, 20)}
      />
    </FluentProvider>,
  );
  return { ...utils, user, store, notices };
}
