import { FIELD_LABELS } from "../../core/fieldLabels";
import type { MessageParams } from "../../core/i18n/translate";
import { translate } from "../../core/i18n/translate";
import { PLAN_MESSAGES } from "../../core/plan";
import type { RefusalKind } from "../../core/plan";
import type { StageInfo } from "../../core/port";
import { exhaustiveSwitchError } from "../../core/result";
import type { Locale } from "../../core/schema";
import { isField } from "../../core/schema";
import { PANE_MESSAGES } from "../messages";
import { joinList } from "./joinList";

/** A stage key as the user reads it; an unknown key is shown as written. */
export function stageText(stages: readonly StageInfo[], key: string, locale: Locale): string {
  const stage = stages.find((s) => s.key === key);
  return stage ? stage.label[locale] : key;
}

function fieldText(key: string, locale: Locale): string {
  return isField(key) ? FIELD_LABELS[key][locale] : key;
}

function listText(value: string | number | undefined, locale: Locale, show: (key: string) => string): string {
  const keys = String(value ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "");
  if (keys.length === 0) return translate(PANE_MESSAGES.noneListed, locale);
  return joinList(keys.map(show), locale);
}

/**
 * Why a row was refused, in the user's language. Refusal params carry stage keys and field keys
 * (comma-joined lists); they are shown as labels of the team's lifecycle and the field names.
 */
export function refusalText(
  refusal: { readonly kind: RefusalKind; readonly params: MessageParams },
  stages: readonly StageInfo[],
  locale: Locale,
): string {
  const p = refusal.params;
  const stage = (name: string): string => stageText(stages, String(p[name] ?? ""), locale);
  switch (refusal.kind) {
    case "noOrderId":
      return translate(PLAN_MESSAGES.refusedNoOrderId, locale);
    case "noStatus":
      return translate(PLAN_MESSAGES.refusedNoStatus, locale);
    case "unknownStatus":
      return translate(PLAN_MESSAGES.refusedUnknownStatus, locale, { value: p.value ?? "" });
    case "illegalMove":
      return translate(PLAN_MESSAGES.refusedIllegalMove, locale, {
        from: stage("from"),
        to: stage("to"),
        allowed: listText(p.allowed, locale, (key) => stageText(stages, key, locale)),
      });
    case "terminal":
      return translate(PLAN_MESSAGES.refusedTerminal, locale, { status: stage("status") });
    case "missingRequired":
      return translate(PLAN_MESSAGES.refusedMissing, locale, {
        status: stage("status"),
        fields: listText(p.fields, locale, (key) => fieldText(key, locale)),
      });
    case "sameStatus":
      return translate(PLAN_MESSAGES.refusedSame, locale, { status: stage("status") });
    case "unknownOwner":
      return translate(PLAN_MESSAGES.refusedUnknownOwner, locale, { owner: p.owner ?? "" });
    case "unknownReason":
      return translate(PLAN_MESSAGES.refusedUnknownReason, locale, { reason: p.reason ?? "" });
    case "noColumn":
      return translate(PLAN_MESSAGES.refusedNoColumn, locale, {
        column: fieldText(String(p.column ?? ""), locale),
      });
    case "nothingToDo":
      return translate(PLAN_MESSAGES.refusedNothingToDo, locale);
    default:
      return exhaustiveSwitchError(refusal.kind);
  }
}
