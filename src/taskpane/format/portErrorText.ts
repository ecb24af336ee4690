import { translate } from "../../core/i18n/translate";
import type { PortError } from "../../core/port";
import { PORT_ERROR_MESSAGES, PORT_OUTCOME_MESSAGES, portErrorParams } from "../../core/port";
import type { Locale } from "../../core/schema";

/** What went wrong, what to do and what it left behind, in the user's language (never a stack trace). */
export function portErrorText(error: PortError, locale: Locale): string {
  return `${translate(PORT_ERROR_MESSAGES[error.kind], locale, portErrorParams(error))} ${translate(PORT_OUTCOME_MESSAGES[error.outcome ?? "unchanged"], locale, {})}`;
}
