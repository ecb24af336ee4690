/**
 * An in-memory WorkbookPort for pane tests: plain data in, every call recorded, results scripted.
 * Actions are not planned here (the core's planBulkAction is tested on its own): a test says what the
 * next applyAction answers.
 */
import type { BulkAction, TeamMember } from "../../src/core/plan";
import type {
  ActionResult,
  ActionTarget,
  ApplySettingsSummary,
  CheckResult,
  IsoWeek,
  OrderCard,
  OrdersView,
  PortError,
  ReviewSummary,
  SelectionInfo,
  SetupSummary,
  SetupChoices,
  SheetInspection,
  StageInfo,
  WorkbookPort,
  WorkflowOptions,
} from "../../src/core/port";
import type { Field } from "../../src/core/schema";
import type { Result } from "../../src/core/result";
import { err, ok } from "../../src/core/result";
import { DEFAULT_PROBLEM_REASONS, DEFAULT_WORKFLOW } from "../../src/core/lifecycle";
import { DEFAULT_TAGS } from "../../src/core/tags";

export type PortCall =
  | { readonly method: "inspectSheet" }
  | {
      readonly method: "setupSheet";
      readonly overrides: Readonly<Partial<Record<Field, number | null>>> | undefined;
      readonly choices?: SetupChoices;
    }
  | { readonly method: "readOrders" }
  | { readonly method: "getSelection" }
  | {
      readonly method: "applyAction";
      readonly action: BulkAction;
      readonly target: ActionTarget;
      readonly who: string;
    }
  | { readonly method: "checkSheet" }
  | { readonly method: "select"; readonly address: string }
  | { readonly method: "saveTeam"; readonly team: readonly TeamMember[] }
  | { readonly method: "setOptions"; readonly options: Partial<WorkflowOptions> }
  | { readonly method: "refreshReview"; readonly week: IsoWeek | undefined }
  | { readonly method: "applySettings" };

export interface FakePort extends WorkbookPort {
  readonly calls: PortCall[];
  /** The calls of one method. */
  callsOf<M extends PortCall["method"]>(method: M): Extract<PortCall, { method: M }>[];
  /** What the next calls answer; change them at will during a test. */
  orders: Result<OrdersView, PortError>;
  inspection: Result<SheetInspection, PortError>;
  setup: Result<SetupSummary, PortError>;
  selection: SelectionInfo;
  actionResult: Result<ActionResult, PortError>;
  check: Result<CheckResult, PortError>;
  review: Result<ReviewSummary, PortError>;
  selectResult: Result<true, PortError>;
  saveResult: Result<true, PortError>;
  applySettingsResult: Result<ApplySettingsSummary, PortError>;
  /** Tells the pane someone edited the settings sheet. */
  emitSettingsChanged(): void;
  /** Tells the pane the selection changed in Excel. */
  emitSelection(selection: SelectionInfo): void;
  /** Tells the pane the order sheet changed (at these 1-based rows only, when given). */
  emitOrdersChanged(rows?: readonly number[]): void;
}

export const NOW = 46_160.5; // 2026-05-18 12:00

/** The default lifecycle as the port describes it, with optional WIP limits per stage. */
export function makeStages(wipLimits: Readonly<Record<string, number>> = {}): StageInfo[] {
  return DEFAULT_WORKFLOW.stages.map((s) => ({
    key: s.key,
    label: s.label,
    role: s.role,
    next: s.next,
    open: s.open,
    problemBranch: s.problemBranch,
    slaHours: s.slaHours,
    wipLimit: wipLimits[s.key] ?? null,
    needs: s.needs,
  }));
}

let nextRow = 2;

/** An order card; rows count up from 2 unless given. */
export function makeCard(overrides: Partial<OrderCard> = {}): OrderCard {
  const row = overrides.row ?? nextRow++;
  return {
    row,
    orderId: `T${1000 + row}`,
    line: "",
    product: `Product ${row}`,
    buyer: `buyer${row}`,
    platform: "taobao",
    status: "toProcess",
    statusText: "待处理 To process",
    owner: "",
    tags: [],
    due: null,
    overdue: false,
    problem: "",
    ...overrides,
  };
}

export const TEAM: readonly TeamMember[] = [
  { name: "王小明", role: "customerService", active: true },
  { name: "Alice Chen", role: "warehouse", active: true },
  { name: "李雷", role: "operations", active: false },
];

export function makeView(overrides: Partial<OrdersView> = {}): OrdersView {
  return {
    sheetName: "Orders",
    options: { strict: false, autoRoute: true },
    now: NOW,
    stages: makeStages(),
    team: TEAM,
    tags: DEFAULT_TAGS,
    reasons: DEFAULT_PROBLEM_REASONS,
    orders: [],
    ...overrides,
  };
}

export function makeInspection(overrides: Partial<SheetInspection> = {}): SheetInspection {
  return {
    sheetName: "Sheet1",
    platform: "taobao",
    headerRow: 2,
    columns: [
      { column: 0, letter: "A", header: "订单编号", field: "orderId", confidence: 0.95 },
      { column: 1, letter: "B", header: "宝贝标题", field: "product", confidence: 0.9 },
      { column: 2, letter: "C", header: "买家会员名", field: "buyer", confidence: 0.6 },
      { column: 3, letter: "D", header: "买家昵称", field: null, confidence: 0 },
    ],
    ambiguities: [{ field: "buyer", columns: [2, 3] }],
    preview: [
      ["1234567890123", "保温杯", "tb_abc", "abc"],
      ["1234567890124", "茶叶", "tb_def", "def"],
    ],
    dataRows: 2,
    setUp: false,
    ...overrides,
  };
}

export function makeSetupSummary(overrides: Partial<SetupSummary> = {}): SetupSummary {
  return {
    sheetName: "Sheet1",
    table: {
      kind: "create",
      name: "OrderFlowOrders",
      area: { row: 1, column: 0, rowCount: 3, columnCount: 10 },
    },
    report: {
      addedColumns: ["status", "owner", "tags", "due", "problem", "statusSince"],
      statusFilled: 2,
      fromMarketStatus: 1,
      corruptedIds: [
        { kind: "idCorrupted", row: 7, column: 0, field: "orderId", value: "1.23E+15", params: {} },
      ],
      duplicates: [],
    },
    validations: 3,
    highlights: 9,
    createdSheets: ["OrderFlow", "Activity"],
    ...overrides,
  };
}

export function createFakePort(init: Partial<Pick<FakePort, "orders" | "selection">> = {}): FakePort {
  const calls: PortCall[] = [];
  const selectionListeners = new Set<(s: SelectionInfo) => void>();
  const orderListeners = new Set<(rows?: readonly number[]) => void>();
  const settingsListeners = new Set<() => void>();
  const port: FakePort = {
    calls,
    callsOf: <M extends PortCall["method"]>(method: M) =>
      calls.filter((c): c is Extract<PortCall, { method: M }> => c.method === method),
    orders: init.orders ?? ok(makeView()),
    inspection: ok(makeInspection()),
    setup: ok(makeSetupSummary()),
    selection: init.selection ?? { sheetName: "Orders", address: "Orders!A1", rows: [] },
    actionResult: ok({ applied: 1, refused: [], logged: 1 }),
    check: ok({ sheetName: "Orders", checkedRows: 0, problems: [] }),
    review: err({ kind: "notSetUp" }),
    selectResult: ok(true),
    saveResult: ok(true),
    applySettingsResult: ok({
      upToDate: false,
      highlights: 10,
      dropdowns: 3,
      changedHighlights: true,
      changedDropdowns: 1,
      changedLists: true,
    }),
    inspectSheet: () => {
      calls.push({ method: "inspectSheet" });
      return Promise.resolve(port.inspection);
    },
    setupSheet: (overrides, choices) => {
      calls.push({ method: "setupSheet", overrides, ...(choices ? { choices } : {}) });
      return Promise.resolve(port.setup);
    },
    readOrders: () => {
      calls.push({ method: "readOrders" });
      return Promise.resolve(port.orders);
    },
    getSelection: () => {
      calls.push({ method: "getSelection" });
      return Promise.resolve(ok(port.selection));
    },
    onSelectionChanged: (listener) => {
      selectionListeners.add(listener);
      return Promise.resolve(() => selectionListeners.delete(listener));
    },
    onOrdersChanged: (listener) => {
      orderListeners.add(listener);
      return Promise.resolve(() => orderListeners.delete(listener));
    },
    applyAction: (action, target, who) => {
      calls.push({ method: "applyAction", action, target, who });
      // As the Office port does: an action that changed rows raises the change event, naming them.
      const result = port.actionResult;
      if (result.ok && result.value.applied > 0)
        for (const listener of [...orderListeners])
          listener(target.kind === "rows" ? target.rows : undefined);
      return Promise.resolve(port.actionResult);
    },
    checkSheet: () => {
      calls.push({ method: "checkSheet" });
      return Promise.resolve(port.check);
    },
    select: (address) => {
      calls.push({ method: "select", address });
      return Promise.resolve(port.selectResult);
    },
    saveTeam: (team) => {
      calls.push({ method: "saveTeam", team });
      return Promise.resolve(port.saveResult);
    },
    setOptions: (options) => {
      calls.push({ method: "setOptions", options });
      return Promise.resolve(port.saveResult);
    },
    applySettings: () => {
      calls.push({ method: "applySettings" });
      // As the Office port does: settings applied that changed something raise the change event.
      const result = port.applySettingsResult;
      if (result.ok && !result.value.upToDate) for (const listener of [...orderListeners]) listener();
      return Promise.resolve(port.applySettingsResult);
    },
    onSettingsChanged: (listener) => {
      settingsListeners.add(listener);
      return Promise.resolve(() => settingsListeners.delete(listener));
    },
    refreshReview: (week) => {
      calls.push({ method: "refreshReview", week });
      return Promise.resolve(port.review);
    },
    emitSelection: (selection) => {
      port.selection = selection;
      for (const listener of [...selectionListeners]) listener(selection);
    },
    emitOrdersChanged: (rows) => {
      for (const listener of [...orderListeners]) listener(rows);
    },
    emitSettingsChanged: () => {
      for (const listener of [...settingsListeners]) listener();
    },
  };
  return port;
}
