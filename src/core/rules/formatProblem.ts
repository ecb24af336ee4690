import type { Workflow } from "../lifecycle";
import { getStage } from "../lifecycle";
import type { Message } from "../i18n/translate";
import { translate } from "../i18n/translate";
import type { RowProblem } from "../problems";
import { FIELD_LABELS } from "../fieldLabels";
import type { Locale } from "../schema";
import { isField } from "../schema";
import { RULE_MESSAGES } from "./messages";

/**
 * The person-readable message of a problem, in one language or (`"bilingual"`) both; status keys
 * are shown as the workflow's labels.
 */
export function formatProblem(
  problem: RowProblem,
  locale: Locale | "bilingual",
  workflow?: Workflow,
): string {
  const message: Message = RULE_MESSAGES[problem.kind];
  const label = (key: string | number | undefined, lang: Locale): string => {
    if (key === undefined) return "";
    const stage = workflow ? getStage(workflow, String(key)) : undefined;
    return stage ? stage.label[lang] : String(key);
  };
  const paramsFor = (lang: Locale): Record<string, string | number> => {
    const params: Record<string, string | number> = { value: problem.value, ...problem.params };
    for (const name of ["from", "to", "status"] as const) {
      if (problem.params[name] !== undefined) params[name] = label(problem.params[name], lang);
    }
    const field = problem.params.field;
    if (typeof field === "string" && isField(field)) params.field = FIELD_LABELS[field][lang];
    if (problem.kind === "illegalMove" && workflow) {
      const from = getStage(workflow, String(problem.params.from));
      const sep = lang === "zh-CN" ? "、" : ", ";
      params.allowed = (from?.next ?? []).map((key) => label(key, lang)).join(sep) || "—";
    }
    return params;
  };
  if (locale === "bilingual") {
    const zh = translate(message, "zh-CN", paramsFor("zh-CN"));
    const en = translate(message, "en-US", paramsFor("en-US"));
    return `${zh} / ${en}`;
  }
  return translate(message, locale, paramsFor(locale));
}
