import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useMemo, useState } from "react";
// The key the Office adapter reads for the activity log's "by" column of edits typed into the sheet,
// so picking a name here names those edits too.
import { whoStorageKey } from "../../adapters/office/who";

/** Where "who am I" is remembered: window.localStorage in the pane, an in-memory map in tests. */
export interface NameStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
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
      return store?.getItem(whoStorageKey()) ?? "";
    } catch {
      return "";
    }
  });
  const setWho = useCallback(
    (name: string) => {
      setWhoState(name);
      try {
        if (name === "") store?.removeItem(whoStorageKey());
        else store?.setItem(whoStorageKey(), name);
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
