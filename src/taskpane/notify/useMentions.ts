import { useEffect, useState } from "react";
import { mentionedRows } from "../../core/notify";
import type { OrdersView } from "../../core/port";
import { usePort } from "../state/PortProvider";
import { runPort } from "../state/runPort";

/** My day's mentions: not offered by this host's port, being read, not readable in this Excel, or read. */
export type MentionsState =
  | { readonly status: "unavailable" }
  | { readonly status: "reading" }
  | { readonly status: "unsupported" }
  | { readonly status: "failed" }
  /** The order sheet's 1-based rows holding an unresolved thread that mentions the person. */
  | { readonly status: "read"; readonly rows: ReadonlySet<number> };

/**
 * The comment threads that @mention `who` on the order sheet, read again whenever the orders are (the
 * pane refreshes after every change). The e-mail the team table gives `who` identifies the mention.
 */
export function useMentions(view: OrdersView, who: string): MentionsState {
  const port = usePort();
  // Kept with the person it was read for: another person's count is never shown while theirs is read.
  const [state, setState] = useState<{ readonly who: string; readonly state: MentionsState } | null>(null);
  const email = view.team.find((m) => m.name === who)?.email ?? "";
  useEffect(() => {
    const read = port.readMentions?.bind(port);
    if (!read || who === "") return undefined;
    let current = true;
    void runPort(() => read(email === "" ? { name: who } : { name: who, email })).then((result) => {
      if (!current) return;
      if (!result.ok) setState({ who, state: { status: "failed" } });
      else if (!result.value.supported) setState({ who, state: { status: "unsupported" } });
      else setState({ who, state: { status: "read", rows: mentionedRows(result.value, view.sheetName) } });
    });
    return () => {
      current = false;
    };
  }, [port, who, email, view]);
  if (!port.readMentions) return { status: "unavailable" };
  return state?.who === who ? state.state : { status: "reading" };
}
