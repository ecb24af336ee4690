import { translate } from "../../core/i18n/translate";
import { ROLE_LABELS } from "../../core/lifecycle";
import type { ActionResult } from "../../core/port";
import type { Locale } from "../../core/schema";
import { ACTION_MESSAGES } from "../actionMessages";
import { PANE_MESSAGES } from "../messages";
import { countMessage, formatCount } from "./countMessage";

/** How an action's result reads: its sentence, how it is shown, and whom routing handed orders to. */
export interface OutcomeText {
  readonly summary: string;
  /** success: rows changed; info: nothing needed changing; warning: some refused; error: all refused. */
  readonly intent: "success" | "info" | "warning" | "error";
  readonly routed: readonly string[];
}

// Refusals that only say the row is already as asked: nothing went wrong.
const ALREADY = new Set(["nothingToDo", "sameStatus"]);

/** The sentence for an action's result, singular or plural, with routing said in words. */
export function outcomeText(result: ActionResult, locale: Locale): OutcomeText {
  const { applied, refused } = result;
  const routed = (result.routed ?? []).map((to) =>
    countMessage(to.count, ACTION_MESSAGES.routedToOne, ACTION_MESSAGES.routedTo, locale, {
      owner: to.owner,
      role:
        to.role && to.role in ROLE_LABELS
          ? ROLE_LABELS[to.role as keyof typeof ROLE_LABELS][locale]
          : translate(ACTION_MESSAGES.noRole, locale),
    }),
  );
  if (refused.length === 0)
    return {
      summary: countMessage(applied, ACTION_MESSAGES.appliedAllOne, ACTION_MESSAGES.appliedAllOther, locale),
      intent: "success",
      routed,
    };
  if (applied === 0 && refused.every((r) => ALREADY.has(r.kind)))
    return { summary: translate(ACTION_MESSAGES.nothingChanged, locale), intent: "info", routed };
  if (applied === 0)
    return {
      summary: translate(PANE_MESSAGES.appliedNone, locale, { refused: formatCount(refused.length, locale) }),
      intent: "error",
      routed,
    };
  return {
    summary: countMessage(applied, ACTION_MESSAGES.appliedSomeOne, ACTION_MESSAGES.appliedSomeOther, locale, {
      refused: formatCount(refused.length, locale),
    }),
    intent: "warning",
    routed,
  };
}
