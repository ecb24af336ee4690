import type { Locale } from "../schema";

/** A message in both languages. Templates use `{name}` placeholders filled from params. */
export interface Message {
  readonly "zh-CN": string;
  readonly "en-US": string;
}

/** A module's messages, keyed by a stable id (`headers.noHeaderRow`). */
export type Catalog = Readonly<Record<string, Message>>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written so the gap is visible. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The message in one language. */
export function translate(message: Message, locale: Locale, params?: MessageParams): string {
  return fillTemplate(message[locale], params);
}

/** Both languages in one line, Chinese first: for places with no known user language (CLI, logs). */
export function bilingual(message: Message, params?: MessageParams): string {
  const zh = fillTemplate(message["zh-CN"], params);
  const en = fillTemplate(message["en-US"], params);
  return zh === en ? zh : `${zh} / ${en}`;
}

/** The user's language from an Office display language or a POSIX locale (`zh_CN.UTF-8`); English otherwise. */
export function pickLocale(language: string | undefined | null): Locale {
  return language && /^zh/i.test(language.trim()) ? "zh-CN" : "en-US";
}
