import { localNow } from "../adapters/office/clock";
import { refreshWeeklyReview } from "../adapters/office/review";
import { bilingual, pickLocale } from "../core/i18n/translate";
import type { PortError } from "../core/port";
import { PORT_ERROR_MESSAGES, PORT_OUTCOME_MESSAGES, portErrorParams } from "../core/port";
import type { Result } from "../core/result";
import { err, ok } from "../core/result";
import { formatIsoWeek } from "../core/review";
import type { RefreshError, RefreshSummary } from "./makeRefreshHandler";

/** The adapter call the ribbon makes (a parameter so tests can pass a fake). */
export type RefreshReview = typeof refreshWeeklyReview;

/** A port error as one line in both languages (the ribbon does not know which one the pane shows), with what it left behind. */
export function describePortError(error: PortError): string {
  return `${bilingual(PORT_ERROR_MESSAGES[error.kind], portErrorParams(error))} ${bilingual(PORT_OUTCOME_MESSAGES[error.outcome ?? "unchanged"], {})}`;
}

/**
 * What the ribbon's *Refresh weekly review* does: rebuild the review of the last complete week
 * (before now, in the machine's local time), in the user's Office display language.
 */
export async function refreshLastCompleteWeek(
  refresh: RefreshReview = refreshWeeklyReview,
  now: () => { serial: number; utcOffsetMinutes: number } = () => localNow(),
  language: () => string | undefined = () => Office.context.displayLanguage,
): Promise<Result<RefreshSummary, RefreshError>> {
  const clock = now();
  const outcome = await refresh({
    now: clock.serial,
    utcOffsetMinutes: clock.utcOffsetMinutes,
    locale: pickLocale(language()),
  });
  if (!outcome.ok) return err({ kind: "failed", detail: describePortError(outcome.error) });
  return ok({ week: formatIsoWeek(outcome.value.week), problems: outcome.value.problemCount });
}
