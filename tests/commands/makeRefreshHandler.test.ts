import type { Notice, RefreshError, RefreshHandlerDeps, RefreshSummary } from "../../src/commands";
import { commandMessages, makeRefreshHandler } from "../../src/commands";
import type { Result } from "../../src/core/result";
import { err, ok } from "../../src/core/result";

/** A handler wired to recording fakes; `calls` shows the order of notify and completed. */
function makeHarness(refresh: RefreshHandlerDeps["refresh"], notify?: RefreshHandlerDeps["notify"]) {
  const calls: string[] = [];
  const notices: Notice[] = [];
  const handler = makeRefreshHandler({
    refresh,
    notify: (notice) => {
      calls.push("notify");
      notices.push(notice);
      return notify?.(notice);
    },
  });
  const event = { completed: jest.fn(() => void calls.push("completed")) };
  return { handler, event, calls, notices };
}

const resolved = (outcome: Result<RefreshSummary, RefreshError>) => () => Promise.resolve(outcome);

describe("makeRefreshHandler", () => {
  it.each<[string, RefreshHandlerDeps["refresh"], Notice]>([
    [
      "the review was rebuilt",
      resolved(ok({ week: "2026-W47", problems: 7 })),
      { message: commandMessages.reviewRefreshed, params: { week: "2026-W47", problems: 7 } },
    ],
    [
      "the refresh reports a failure",
      resolved(err({ kind: "failed", detail: "sheet is protected" })),
      { message: commandMessages.reviewFailed, params: { detail: "sheet is protected" } },
    ],
    [
      "the refresh throws",
      () => Promise.reject(new Error("boom")),
      { message: commandMessages.reviewFailed, params: { detail: "boom" } },
    ],
    [
      "the refresh throws something that is not an Error",
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test: a non-Error rejection
      () => Promise.reject("offline"),
      { message: commandMessages.reviewFailed, params: { detail: "offline" } },
    ],
  ])("tells the user when %s, then completes the event once", async (_name, refresh, expected) => {
    const { handler, event, calls, notices } = makeHarness(refresh);
    await handler(event);
    expect(notices).toEqual([expected]);
    expect(calls).toEqual(["notify", "completed"]);
  });

  it("says in both languages which week was refreshed and how many problems it has", () => {
    expect(commandMessages.reviewRefreshed["en-US"]).toMatch(/\{week\}.*\{problems\}/);
    expect(commandMessages.reviewRefreshed["zh-CN"]).toMatch(/\{week\}.*\{problems\}/);
  });

  it("completes the event even when showing the notice fails", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { handler, event } = makeHarness(resolved(err({ kind: "failed", detail: "offline" })), () => {
      throw new Error("the pane would not open");
    });
    await expect(handler(event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it("does not complete the event before the refresh has settled", async () => {
    let finish: (outcome: Result<RefreshSummary, RefreshError>) => void = () => undefined;
    const { handler, event } = makeHarness(() => new Promise((resolve) => (finish = resolve)));
    const running = handler(event);
    await Promise.resolve();
    expect(event.completed).not.toHaveBeenCalled();
    finish(ok({ week: "2026-W47", problems: 0 }));
    await running;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
