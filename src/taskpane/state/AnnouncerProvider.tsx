import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useMemo, useState } from "react";

type Announce = (text: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

// Visually hidden, still read: the usual clip pattern (a display:none region is never announced).
const HIDDEN = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

/**
 * One polite live region for the whole pane: every result (an action's outcome, a move on the board,
 * a failure) is said through it, so a screen reader hears it wherever focus is. The text alternates
 * with a counter so the same sentence twice is still announced twice.
 */
export function AnnouncerProvider({ children }: { readonly children: ReactNode }) {
  const [said, setSaid] = useState({ text: "", n: 0 });
  const announce = useCallback<Announce>((text) => setSaid((prev) => ({ text, n: prev.n + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" style={HIDDEN} data-announcement={said.n}>
        {said.text}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** Says a result to screen readers through the pane's live region. */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
