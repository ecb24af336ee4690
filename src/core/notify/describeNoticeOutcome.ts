import type { Message, MessageParams } from "../i18n/translate";
import { NOTICE_STATUS_MESSAGES } from "./messages";
import type { NoticeCapability, NoticeOutcome } from "./types";

/** What the host can not do for notifications, most limiting first (empty when nothing is missing). */
export function describeCapability(capability: NoticeCapability): Message[] {
  if (!capability.comments) return [NOTICE_STATUS_MESSAGES.noComments];
  const lines: Message[] = [];
  if (!capability.mentions) lines.push(NOTICE_STATUS_MESSAGES.noMentions);
  else if (capability.cloud === "no") lines.push(NOTICE_STATUS_MESSAGES.local);
  else if (capability.cloud === "unknown") lines.push(NOTICE_STATUS_MESSAGES.cloudUnknown);
  return lines;
}

/** The lines the pane shows after an action (none when notifications are off or there was nothing to say). */
export function describeNoticeOutcome(
  outcome: NoticeOutcome,
): { readonly message: Message; readonly params?: MessageParams }[] {
  if (!outcome.enabled) return [];
  const lines: { message: Message; params?: MessageParams }[] = [];
  if (outcome.posted > 0)
    lines.push({ message: NOTICE_STATUS_MESSAGES.posted, params: { count: outcome.posted } });
  if (outcome.notPosted > 0)
    lines.push({ message: NOTICE_STATUS_MESSAGES.notPosted, params: { count: outcome.notPosted } });
  const noEmail = [...new Set(outcome.skipped.filter((s) => s.reason === "noEmail").map((s) => s.name))];
  if (noEmail.length > 0)
    lines.push({ message: NOTICE_STATUS_MESSAGES.noEmail, params: { names: noEmail.join(", ") } });
  if (outcome.posted + outcome.notPosted > 0)
    lines.push(...describeCapability(outcome.capability).map((message) => ({ message })));
  return lines;
}
