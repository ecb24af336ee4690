import type { Message } from "../i18n/translate";
import { normalizeLookup } from "./normalizeLookup";

/**
 * An internal key for a row the lead added without one: the key of a `known` entry (the defaults) that
 * has one of the same names, so the code's own keys (`processing`) keep working; else the English name in
 * camelCase (`Waiting stock` → `waitingStock`, as the default keys read), else the Chinese name as
 * written; a number is appended while the key is taken (`taken` holds normalised keys, see
 * `normalizeLookup`). Empty when both names are.
 */
export function deriveKey(
  english: string,
  chinese: string,
  taken: ReadonlySet<string>,
  known: readonly { readonly key: string; readonly label: Message }[] = [],
): string {
  const names = [english, chinese].map(normalizeLookup).filter((name) => name !== "");
  const same = known.find(
    (entry) =>
      !taken.has(normalizeLookup(entry.key)) &&
      [entry.label["en-US"], entry.label["zh-CN"]].some((label) => names.includes(normalizeLookup(label))),
  );
  if (same) return same.key;
  const words = english
    .normalize("NFKC")
    .split(/[^A-Za-z0-9]+/u)
    .filter((word) => word !== "");
  const base =
    words.length > 0
      ? words
          .map((word, index) =>
            index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
          )
          .join("")
      : chinese.normalize("NFKC").trim().replace(/\s+/gu, "");
  if (base === "") return "";
  let key = base;
  for (let n = 2; taken.has(normalizeLookup(key)); n++) key = `${base}${n}`;
  return key;
}
