import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useMemo, useState } from "react";

/** Where "who am I" is remembered: window.localStorage in the pane, an in-memory map in tests. */
export interface NameStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The same key the Office adapter reads (src/adapters/office/who.ts) for the activity log's "by"
 * column of edits typed into the sheet, so picking a name here names those edits too.
 */
const KEY = "orderflow.who";

/**
 * The storage key, prefixed with Office's partition key when there is one: add-ins on Excel on the
 * web share localStorage across documents of a domain unless they partition it themselves.
 */
export function whoAmIKey(): string {
  const office = (globalThis as { Office?: { context?: { partitionKey?: string } } }).Office;
  const partition = office?.context?.partitionKey;
  return partition ? `${partition}${KEY}` : KEY;
}

/** The browser's localStorage, or nothing where it is blocked (some webviews, private modes). */
export function browserNameStore(): NameStore | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

interface WhoAmIState {
  readonly who: string;
  readonly setWho: (name: string) => void;
}

const WhoAmIContext = createContext<WhoAmIState>({ who: "", setWho: () => undefined });

/** Who is using the pane, remembered per user (and per document partition). */
export function WhoAmIProvider({
  store,
  children,
}: {
  readonly store: NameStore | null;
  readonly children: ReactNode;
}) {
  const [who, setWhoState] = useState(() => {
    try {
      return store?.getItem(whoAmIKey()) ?? "";
    } catch {
      return "";
    }
  });
  const setWho = useCallback(
    (name: string) => {
      setWhoState(name);
      try {
        if (name === "") store?.removeItem(whoAmIKey());
        else store?.setItem(whoAmIKey(), name);
      } catch {
        // Storage full or blocked: the name still holds for this session.
      }
    },
    [store],
  );
  const value = useMemo(() => ({ who, setWho }), [who, setWho]);
  return <WhoAmIContext.Provider value={value}>{children}</WhoAmIContext.Provider>;
}

export function useWhoAmI(): WhoAmIState {
  return useContext(WhoAmIContext);
}
