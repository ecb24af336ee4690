import { describePortError, refreshLastCompleteWeek } from "../../src/commands";
import type { RefreshReview } from "../../src/commands";
import type { ReviewSummary } from "../../src/core/port";
import { err, ok } from "../../src/core/result";

const SUMMARY: ReviewSummary = {
  week: { year: 2026, week: 47 },
  from: 46342,
  to: 46348,
  sheetName: "周复盘 Weekly review",
  kpis: [],
  summaries: "pivotTables",
  problemCount: 7,
};

describe("refreshLastCompleteWeek", () => {
  it("asks the adapter for the last complete week at now, in the user's language, and reports week and problems", async () => {
    const refresh = jest.fn<ReturnType<RefreshReview>, Parameters<RefreshReview>>(() =>
      Promise.resolve(ok(SUMMARY)),
    );
    const outcome = await refreshLastCompleteWeek(
      refresh,
      () => ({ serial: 46351.375, utcOffsetMinutes: 480 }),
      () => "zh-CN",
    );
    expect(refresh).toHaveBeenCalledWith({ now: 46351.375, utcOffsetMinutes: 480, locale: "zh-CN" });
    expect(outcome).toEqual(ok({ week: "2026-W47", problems: 7 }));
  });

  it("turns a port error into a failure a person can read in both languages", async () => {
    const outcome = await refreshLastCompleteWeek(
      () => Promise.resolve(err({ kind: "protectedSheet", sheet: "周复盘 Weekly review" })),
      () => ({ serial: 46351, utcOffsetMinutes: 0 }),
      () => "en-US",
    );
    expect(outcome).toEqual(
      err({
        kind: "failed",
        detail: describePortError({ kind: "protectedSheet", sheet: "周复盘 Weekly review" }),
      }),
    );
    expect(outcome.ok || outcome.error.kind !== "failed" || outcome.error.detail).toMatch(
      /周复盘 Weekly review.*protected/,
    );
  });
});
