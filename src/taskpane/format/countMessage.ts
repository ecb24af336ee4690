import type { Message } from "../../core/i18n/translate";
import { translate } from "../../core/i18n/translate";
import type { Locale } from "../../core/schema";

/** A number as the locale groups it: 10,001 in English, 10,001 in Chinese too (Intl decides). */
export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(count);
}

/**
 * A sentence about `count` things in the singular or the plural (`Updated 1 row`, `Updated 3 rows`);
 * Chinese has one form, so both messages carry it. `{count}` is filled with the grouped number.
 */
export function countMessage(
  count: number,
  one: Message,
  other: Message,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return translate(count === 1 ? one : other, locale, { ...params, count: formatCount(count, locale) });
}
