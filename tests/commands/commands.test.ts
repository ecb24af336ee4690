import type { NoticeBoard } from "../../src/commands";
import { commandMessages } from "../../src/commands";

type Handler = (event: { completed(): void }) => void;

/** Loads the commands entry against a fake `Office` global; returns what it registered. */
async function loadCommandsEntry(showAsTaskpane: () => Promise<void>) {
  const associated = new Map<string, Handler>();
  const office = {
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
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("registers exactly the manifest's ExecuteFunction name", async () => {
    const { associated } = await loadCommandsEntry(() => Promise.resolve());
    expect([...associated.keys()]).toEqual(["refreshWeeklyReview"]);
  });

  it("shows the pane with the not-available notice and completes the event", async () => {
    const { associated, office, board } = await loadCommandsEntry(() => Promise.resolve());
    const event = { completed: jest.fn() };
    associated.get("refreshWeeklyReview")!(event);
    await settle();
    expect(board.current()).toEqual({ message: commandMessages.reviewNotAvailable, params: {} });
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
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
