import type { NoticeBoard } from "../../src/commands";
import { commandMessages } from "../../src/commands";
import type { FakeExcelHost } from "../fakeExcel";
import { seedWorkbook } from "../adapters/office/review/fixtures";

type Handler = (event: { completed(): void }) => void;

/** Loads the commands entry against a fake `Office` global; returns what it registered. */
async function loadCommandsEntry(showAsTaskpane: () => Promise<void>) {
  const associated = new Map<string, Handler>();
  // The fake Excel's Office global (requirements, display language) with the ribbon's members on top.
  const installed = (globalThis as unknown as { Office?: object }).Office ?? {};
  const office = {
    context: (installed as { context?: unknown }).context,
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
    },
    actions: { associate: (name: string, fn: Handler) => associated.set(name, fn) },
    addin: { showAsTaskpane: jest.fn(showAsTaskpane) },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  let board: NoticeBoard | undefined;
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
    board = (await import("../../src/commands/noticeBoard")).commandNotices;
  });
  return { associated, office, board: board! };
}

/** Lets the handler's awaits run (it is fire-and-forget from Office's point of view). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("commands entry", () => {
  let restore: () => void = () => undefined;
  let host: FakeExcelHost;
  beforeEach(() => ({ host, restore } = seedWorkbook()));
  afterEach(() => {
    restore();
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("registers exactly the manifest's ExecuteFunction name", async () => {
    const { associated } = await loadCommandsEntry(() => Promise.resolve());
    expect([...associated.keys()]).toEqual(["refreshWeeklyReview"]);
  });

  it("refreshes the review of the last complete week, then shows the pane with the week and problem count", async () => {
    jest.useFakeTimers({
      now: new Date("2026-11-25T09:00:00+08:00"),
      doNotFake: ["setImmediate", "nextTick"],
    });
    try {
      const { associated, office, board } = await loadCommandsEntry(() => Promise.resolve());
      const event = { completed: jest.fn() };
      associated.get("refreshWeeklyReview")!(event);
      for (let i = 0; i < 50 && event.completed.mock.calls.length === 0; i++) await settle();
      // The machine's clock and zone decide which week is "last complete"; the notice names it.
      const notice = board.current();
      expect(notice?.message).toEqual(commandMessages.reviewRefreshed);
      expect(notice?.params.week).toMatch(/^2026-W4[78]$/);
      // The count the notice gives is the number of problem rows the review wrote (not zero on this workbook).
      const problemRows = host.sheetValues("问题订单 Problems").length - 1;
      expect(problemRows).toBeGreaterThan(0);
      expect(notice?.params.problems).toBe(problemRows);
      expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
      expect(event.completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it("completes the event when the pane cannot be shown", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { associated } = await loadCommandsEntry(() => Promise.reject(new Error("no shared runtime")));
    const event = { completed: jest.fn() };
    associated.get("refreshWeeklyReview")!(event);
    await settle();
    expect(event.completed).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
