import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, LocalLanguageRegular } from "@fluentui/react-icons";
import type { NoticeBoard } from "../commands";
import { translate } from "../core/i18n/translate";
import type { OrderCard, WorkbookPort } from "../core/port";
import type { Locale } from "../core/schema";
import { ErrorBar, ErrorBoundary, WhoAmIPicker } from "./components";
import { rowAddress } from "./format";
import { PANE_MESSAGES } from "./messages";
import type { NameStore } from "./state";
import {
  browserNameStore,
  LocaleProvider,
  PortProvider,
  useOrders,
  useSelectInSheet,
  useSelection,
  usePort,
  useText,
  useWhoAmI,
  WhoAmIProvider,
} from "./state";
import { CheckView, HomeView, Onboarding, ReviewView, SelectionView, TeamView } from "./views";
import { ApplySettingsOffer } from "./views";
import { IMPORT_TEXT } from "./import/importMessages";
import { WarehouseView } from "./views/WarehouseView";
import { WAREHOUSE_TEXT } from "./views/warehouseMessages";

// The import view (file reading, its messages) loads only when its tab is opened.
const ImportView = lazy(() => import("./import/ImportView").then((m) => ({ default: m.ImportView })));

// The board (dnd-kit, virtual lists) loads only when its tab is opened: first paint stays small.
const loadBoard = () => import("./board/BoardView");
const BoardView = lazy(() => loadBoard().then((m) => ({ default: m.BoardView })));

/**
 * The board is a separate chunk so the pane's first load stays small. Once the pane is idle after
 * showing the orders, the chunk is fetched and a small board is rendered out of sight once: that is when
 * Fluent inserts the board's CSS rules, which otherwise makes the browser restyle the whole page on
 * the Board tab's first open. Returns whether that hidden warm-up render should be on the page.
 */
function useWarmBoard(ready: boolean): [warming: boolean, done: () => void] {
  const [warming, setWarming] = useState(false);
  const [warmed, setWarmed] = useState(false);
  useEffect(() => {
    if (!ready || warmed) return undefined;
    const start = () =>
      void loadBoard().then(
        () => setWarming(true),
        () => undefined,
      );
    if (typeof globalThis.requestIdleCallback === "function") {
      const handle = globalThis.requestIdleCallback(start);
      return () => globalThis.cancelIdleCallback(handle);
    }
    const timer = setTimeout(start, 200);
    return () => clearTimeout(timer);
  }, [ready, warmed]);
  const done = useCallback(() => {
    setWarming(false);
    setWarmed(true);
  }, []);
  return [warming, done];
}

/** Renders once, hidden, then says so (see useWarmBoard). */
function WarmUp({ children, onDone }: { readonly children: React.ReactNode; readonly onDone: () => void }) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => onDone());
    return () => cancelAnimationFrame(frame);
  }, [onDone]);
  return (
    <div
      aria-hidden="true"
      style={{ position: "absolute", width: 0, height: 0, overflow: "hidden", visibility: "hidden" }}
    >
      {children}
    </div>
  );
}

const TABS = ["home", "selection", "board", "import", "check", "review", "team", "warehouse"] as const;
type TabKey = (typeof TABS)[number];

const TAB_LABELS = {
  home: PANE_MESSAGES.tabHome,
  selection: PANE_MESSAGES.tabSelection,
  board: PANE_MESSAGES.tabBoard,
  check: PANE_MESSAGES.tabCheck,
  review: PANE_MESSAGES.tabReview,
  team: PANE_MESSAGES.tabTeam,
  warehouse: WAREHOUSE_TEXT.tab,
  import: IMPORT_TEXT.tab,
} as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: 0 },
  logo: { width: "24px", height: "24px" },
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    overflowX: "auto",
    // At 350 px the English labels do not fit on one line: wrap rather than clip "Team" off the edge.
    flexWrap: "wrap",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
    minHeight: 0,
  },
});

export interface AppProps {
  readonly port: WorkbookPort;
  /** The starting language (Office's display language); the user can switch. */
  readonly locale: Locale;
  /** Notices posted by the ribbon commands (same shared runtime). */
  readonly notices: NoticeBoard;
  /** Where "who am I" is remembered (localStorage by default). */
  readonly nameStore?: NameStore | null;
  /** Today, for the review's weeks (the clock by default). */
  readonly today?: Date;
}

/** The OrderFlow task pane. */
export function App({ port, locale: initialLocale, notices, nameStore, today }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [store] = useState(() => (nameStore === undefined ? browserNameStore() : nameStore));
  return (
    <LocaleProvider locale={locale} setLocale={setLocale}>
      <ErrorBoundary locale={locale}>
        <PortProvider port={port}>
          <WhoAmIProvider store={store}>
            <Pane notices={notices} locale={locale} onLocale={setLocale} today={today} />
          </WhoAmIProvider>
        </PortProvider>
      </ErrorBoundary>
    </LocaleProvider>
  );
}

interface PaneProps {
  readonly notices: NoticeBoard;
  readonly locale: Locale;
  readonly onLocale: (locale: Locale) => void;
  readonly today: Date | undefined;
}

function Pane({ notices, locale, onLocale, today }: PaneProps) {
  const styles = useStyles();
  const t = useText();
  const notice = useSyncExternalStore(notices.subscribe, notices.current);
  const orders = useOrders();
  const port = usePort();
  // After an action the port's change event names the rows acted on, and useOrders reads only those
  // again (work proportional to the change); the views add no refresh of their own (one read, not two).
  const { view, reload } = orders;
  const [warmingBoard, boardWarmed] = useWarmBoard(view !== undefined && view !== null);
  const { selection, error: selectionError } = useSelection();
  const select = useSelectInSheet();
  const { who, setWho } = useWhoAmI();
  const [tab, setTab] = useState<TabKey>("home");
  // Setup changes the sheet, which reloads the orders: onboarding stays until the user has read its report.
  const [onboarding, setOnboarding] = useState(false);
  const finishOnboarding = useCallback(() => {
    setOnboarding(false);
    reload();
  }, [reload]);
  const [reviewDay] = useState(() => today ?? new Date());
  const { run: runSelect } = select;

  const selectOrder = useCallback(
    (card: OrderCard) => {
      if (view) void runSelect(rowAddress(view.sheetName, card.row));
    },
    [runSelect, view],
  );

  const body = (() => {
    if (onboarding || (!view && orders.error?.kind === "notSetUp")) {
      return <Onboarding onDone={finishOnboarding} onStarted={() => setOnboarding(true)} />;
    }
    if (!view) {
      if (orders.error) return <ErrorBar error={orders.error} onRetry={reload} />;
      return <Spinner size="small" labelPosition="after" label={t(PANE_MESSAGES.loading)} />;
    }
    const selected = selection?.rows.length ?? 0;
    return (
      <>
        {/* On every tab: actions need a name, and a name picked on one tab must not be hidden on another.
            The Team tab shows its own picker beside the roster. */}
        {tab !== "team" && <WhoAmIPicker team={view.team} who={who} onChange={setWho} />}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabKey)}
          aria-label={t(PANE_MESSAGES.mainTabs)}
        >
          {TABS.filter(
            (key) => (key !== "warehouse" || port.warehouse) && (key !== "import" || port.importOrders),
          ).map((key) => (
            <Tab key={key} value={key}>
              {t(TAB_LABELS[key])}
              {key === "selection" && selected > 0 ? ` (${selected})` : ""}
            </Tab>
          ))}
        </TabList>
        {orders.error && <ErrorBar error={orders.error} onRetry={reload} />}
        <ApplySettingsOffer />
        {select.state.status === "failed" && <ErrorBar error={select.state.error} onDismiss={select.reset} />}
        <div className={styles.panel} role="tabpanel" aria-label={t(TAB_LABELS[tab])}>
          {tab === "home" && <HomeView view={view} who={who} onSelectOrder={selectOrder} />}
          {tab === "selection" && (
            <SelectionView view={view} selection={selection} selectionError={selectionError} />
          )}
          {tab === "board" && (
            <Suspense
              fallback={<Spinner size="small" labelPosition="after" label={t(PANE_MESSAGES.loadingBoard)} />}
            >
              <BoardView view={view} onSelectOrder={selectOrder} />
            </Suspense>
          )}
          {tab !== "board" && warmingBoard && (
            <WarmUp onDone={boardWarmed}>
              <Suspense fallback={null}>
                <BoardView view={{ ...view, orders: view.orders.slice(0, 40) }} onSelectOrder={selectOrder} />
              </Suspense>
            </WarmUp>
          )}
          {tab === "import" && (
            <Suspense
              fallback={<Spinner size="small" labelPosition="after" label={t(PANE_MESSAGES.loading)} />}
            >
              <ImportView view={view} onOptionsSaved={reload} />
            </Suspense>
          )}
          {tab === "check" && <CheckView />}
          {tab === "review" && <ReviewView today={reviewDay} />}
          {tab === "warehouse" && port.warehouse && (
            <WarehouseView warehouse={port.warehouse} view={view} selection={selection} />
          )}
          {tab === "team" && (
            <TeamView
              key={teamKey(view.team)}
              team={view.team}
              options={view.options}
              onSaved={reload}
              noticeCapability={view.noticeCapability}
            />
          )}
        </div>
      </>
    );
  })();

  const other: Locale = locale === "zh-CN" ? "en-US" : "zh-CN";
  return (
    <main className={styles.root} lang={locale}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Subtitle1 as="h1" className={styles.title}>
          {t(PANE_MESSAGES.productName)}
        </Subtitle1>
        <Button
          size="small"
          appearance="subtle"
          icon={<LocalLanguageRegular />}
          title={t(PANE_MESSAGES.switchLanguage)}
          aria-label={`${t(PANE_MESSAGES.switchLanguage)}: ${translate(PANE_MESSAGES.otherLanguage, locale)}`}
          onClick={() => onLocale(other)}
        >
          {t(PANE_MESSAGES.otherLanguage)}
        </Button>
      </header>
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{translate(notice.message, locale, notice.params)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t(PANE_MESSAGES.dismiss)}
                icon={<DismissRegular />}
                onClick={notices.clear}
              />
            }
          />
        </MessageBar>
      )}
      {body}
    </main>
  );
}

/** A new roster from the sheet resets the team editor's draft. */
function teamKey(
  team: readonly { readonly name: string; readonly role: string | null; readonly active: boolean }[],
): string {
  return team.map((m) => `${m.name}|${m.role ?? ""}|${m.active ? 1 : 0}`).join("\n");
}
