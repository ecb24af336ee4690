import type { CellValue } from "../grid";
import { isEmptyMarker } from "./isEmptyMarker";

export type ParsedAmount =
  | { readonly kind: "ok"; readonly amount: number; readonly currency?: string }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly raw: string };

/**
 * Currency marks written next to amounts, longest first so `AU $` wins over `$`. Only marks that name
 * one currency get a code: a bare `$` could be USD, AUD, CAD, SGD … and is left to the currency column.
 * `¥` is read as CNY because OrderFlow's sellers are Chinese; Japanese exports carry a currency column.
 */
const CURRENCY_MARKS: readonly (readonly [string, string | undefined])[] = (
  [
    ["AU $", "AUD"],
    ["AU$", "AUD"],
    ["A $", "AUD"],
    ["A$", "AUD"],
    ["US $", "USD"],
    ["US$", "USD"],
    ["C $", "CAD"],
    ["C$", "CAD"],
    ["CA $", "CAD"],
    ["CA$", "CAD"],
    ["HK$", "HKD"],
    ["NT$", "TWD"],
    ["S$", "SGD"],
    ["RM", "MYR"],
    ["Rp", "IDR"],
    ["RMB", "CNY"],
    ["CNY", "CNY"],
    ["USD", "USD"],
    ["EUR", "EUR"],
    ["GBP", "GBP"],
    ["JPY", "JPY"],
    ["AUD", "AUD"],
    ["CAD", "CAD"],
    ["HKD", "HKD"],
    ["SGD", "SGD"],
    ["MYR", "MYR"],
    ["THB", "THB"],
    ["PHP", "PHP"],
    ["IDR", "IDR"],
    ["VND", "VND"],
    ["人民币", "CNY"],
    ["元", "CNY"],
    ["¥", "CNY"],
    ["€", "EUR"],
    ["£", "GBP"],
    ["฿", "THB"],
    ["₱", "PHP"],
    ["₫", "VND"],
    ["円", "JPY"],
    ["$", undefined],
  ] as const satisfies readonly (readonly [string, string | undefined])[]
).toSorted((a, b) => b[0].length - a[0].length);

/** Text found in money columns that means "nothing was refunded" (Taobao 退款金额 = `无退款申请`). */
const ZERO_TEXTS: ReadonlySet<string> = new Set(["无退款申请", "没有申请退款", "无退款"]);

/** Digit groups after a leading group of 1-3 digits: the shape thousands separators must have. */
function isGrouped(parts: readonly string[]): boolean {
  const [first, ...rest] = parts;
  return first !== undefined && /^\d{1,3}$/u.test(first) && rest.every((group) => /^\d{3}$/u.test(group));
}

/** Plain decimal text of a number written with `,` `.` `'` separators, or null when the separators do not add up. */
function canonicalNumber(text: string): string | null {
  if (!/^\d[\d.,']*$/u.test(text) || /[.,']$/u.test(text)) return /^\.\d+$/u.test(text) ? `0${text}` : null;
  const unticked = text.includes("'")
    ? isGrouped(text.split(/[.,]/u)[0]?.split("'") ?? [])
      ? text.replace(/'/gu, "")
      : null
    : text;
  if (unticked === null) return null;
  const lastDot = unticked.lastIndexOf(".");
  const lastComma = unticked.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const grouping = decimal === "." ? "," : ".";
    const [whole = "", fraction = ""] = unticked.split(decimal);
    if (unticked.split(decimal).length !== 2 || !isGrouped(whole.split(grouping))) return null;
    return `${whole.split(grouping).join("")}.${fraction}`;
  }
  if (lastComma >= 0) {
    const parts = unticked.split(",");
    // EUR 90,00 / 1234,56: a single comma followed by exactly two digits is a decimal comma.
    if (parts.length === 2 && /^\d{2}$/u.test(parts[1] ?? "")) return parts.join(".");
    return isGrouped(parts) ? parts.join("") : null;
  }
  if (lastDot >= 0) {
    const parts = unticked.split(".");
    if (parts.length === 2) return unticked;
    return isGrouped(parts) ? parts.join("") : null;
  }
  return unticked;
}

/** Sign, optional yuan mark, digits (plain or grouped by 3 with commas), optional decimals. */
const PLAIN_AMOUNT = /^(-)?([¥￥])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/u;

/** A money cell: currency marks, thousands separators, decimal commas, `(12.00)` negatives, full-width digits. */
export function parseAmount(value: CellValue | undefined): ParsedAmount {
  if (isEmptyMarker(value)) return { kind: "empty" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "ok", amount: value } : { kind: "invalid", raw: String(value) };
  if (typeof value === "boolean") return { kind: "invalid", raw: String(value) };
  const raw = (value ?? "").trim();
  // Fast path for the shapes most cells have (`128.00`, `¥1,059.80`): a million-row check stays in budget.
  const plain = PLAIN_AMOUNT.exec(raw);
  if (plain) {
    const amount = Number(`${(plain[3] ?? "").replace(/,/g, "")}${plain[4] ?? ""}`) * (plain[1] ? -1 : 1);
    const zeroed = amount === 0 ? 0 : amount;
    return plain[2] ? { kind: "ok", amount: zeroed, currency: "CNY" } : { kind: "ok", amount: zeroed };
  }
  let text = raw
    .normalize("NFKC")
    .replace(/[\u00A0\u2009\u202F]/gu, " ")
    .trim();
  if (ZERO_TEXTS.has(text)) return { kind: "ok", amount: 0 };
  let negative = false;
  const parenthesised = /^\((.*)\)$/u.exec(text);
  if (parenthesised) {
    negative = true;
    text = (parenthesised[1] ?? "").trim();
  }
  let currency: string | undefined;
  let sawMark = false;
  for (let pass = 0; pass < 2; pass += 1) {
    text = text.replace(/^[-−]\s*/u, () => {
      negative = !negative;
      return "";
    });
    for (const [mark, code] of CURRENCY_MARKS) {
      const upper = text.toUpperCase();
      const at = upper.startsWith(mark.toUpperCase())
        ? "start"
        : upper.endsWith(mark.toUpperCase())
          ? "end"
          : null;
      if (at === null) continue;
      text = (at === "start" ? text.slice(mark.length) : text.slice(0, text.length - mark.length)).trim();
      if (sawMark && code !== undefined && currency !== undefined && code !== currency)
        return { kind: "invalid", raw };
      currency = currency ?? code;
      sawMark = true;
      break;
    }
  }
  text = text.replace(/^[-−]\s*/u, () => {
    negative = !negative;
    return "";
  });
  // Spaces group thousands in `1 234,56`; anything else left over is not a number.
  const number = canonicalNumber(text.replace(/(?<=\d) (?=\d{3}(?:\D|$))/gu, ""));
  if (number === null) return { kind: "invalid", raw };
  const amount = Number(number) * (negative ? -1 : 1);
  if (!Number.isFinite(amount)) return { kind: "invalid", raw };
  const normalisedZero = amount === 0 ? 0 : amount;
  return currency === undefined
    ? { kind: "ok", amount: normalisedZero }
    : { kind: "ok", amount: normalisedZero, currency };
}
