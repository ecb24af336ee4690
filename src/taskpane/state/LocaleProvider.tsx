import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useMemo } from "react";
import type { Message, MessageParams } from "../../core/i18n/translate";
import { translate } from "../../core/i18n/translate";
import type { Locale } from "../../core/schema";

interface LocaleState {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: "en-US", setLocale: () => undefined });

export function LocaleProvider({
  locale,
  setLocale,
  children,
}: LocaleState & { readonly children: ReactNode }) {
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** `t(message, params)` in the pane's current language. */
export function useText(): (message: Message, params?: MessageParams) => string {
  const { locale } = useContext(LocaleContext);
  return useCallback((message, params) => translate(message, locale, params), [locale]);
}
