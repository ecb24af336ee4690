import { normalizeLookup } from "../lifecycle";
import type { ShipDeadlineRule } from "./shipDeadlineRules";

// A sheet has a handful of platform spellings and up to a million rows: index each rule list once.
const indexes = new WeakMap<readonly ShipDeadlineRule[], Map<string, ShipDeadlineRule>>();

function indexOf(rules: readonly ShipDeadlineRule[]): Map<string, ShipDeadlineRule> {
  let index = indexes.get(rules);
  if (index) return index;
  index = new Map();
  for (const r of rules)
    for (const name of [r.key, r.label["zh-CN"], r.label["en-US"], ...r.names]) {
      const normal = normalizeLookup(name);
      if (normal !== "" && !index.has(normal)) index.set(normal, r);
    }
  indexes.set(rules, index);
  return index;
}

/**
 * The rule for a platform cell (`拼多多`, `Amazon US`, `淘宝 Taobao`) or a detected platform id
 * (`pinduoduo`): the whole text first, then each word of it. Undefined when no rule names it.
 */
export function findDeadlineRule(
  platform: string,
  rules: readonly ShipDeadlineRule[],
): ShipDeadlineRule | undefined {
  const index = indexOf(rules);
  const whole = normalizeLookup(platform);
  if (whole === "") return undefined;
  const found = index.get(whole);
  if (found) return found;
  for (const word of whole.split(/[\s/|,，、·()（）-]+/u)) {
    const byWord = word === "" ? undefined : index.get(word);
    if (byWord) return byWord;
  }
  return undefined;
}
