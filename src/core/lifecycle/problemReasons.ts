import type { Message } from "../i18n/translate";
import { lifecycleMessages } from "./messages";
import { normalizeLookup } from "./normalizeLookup";

/** Why an order is on hold or in after-sales; the key is what reviews group by. */
export interface ProblemReason {
  readonly key: string;
  readonly label: Message;
}

/** The problem reasons a team starts with (docs/DESIGN.md). */
export const DEFAULT_PROBLEM_REASONS: readonly ProblemReason[] = (
  [
    "outOfStock",
    "badAddress",
    "wrongItem",
    "missingItem",
    "damaged",
    "late",
    "complaint",
    "refund",
    "return",
    "exchange",
    "other",
  ] as const
).map((key) => ({ key, label: lifecycleMessages[`lifecycle.reason.${key}`] }));

/** The reason a cell names by key, Chinese or English label or `缺货 Out of stock` (trimmed, case-insensitive, NFKC). */
export function findProblemReason(
  text: string,
  reasons: readonly ProblemReason[] = DEFAULT_PROBLEM_REASONS,
): ProblemReason | undefined {
  const wanted = normalizeLookup(text);
  if (wanted === "") return undefined;
  return reasons.find((reason) => {
    const zh = reason.label["zh-CN"];
    const en = reason.label["en-US"];
    return [reason.key, zh, en, `${zh} ${en}`, `${zh}/${en}`, `${zh} / ${en}`].some(
      (candidate) => normalizeLookup(candidate) === wanted,
    );
  });
}
