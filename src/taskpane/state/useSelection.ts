import { useCallback, useEffect, useState } from "react";
import type { PortError, SelectionInfo } from "../../core/port";
import { usePort } from "./PortProvider";
import { runPort } from "./runPort";
import { useSubscription } from "./useSubscription";

export interface SelectionState {
  readonly selection: SelectionInfo | null;
  readonly error: PortError | null;
}

/**
 * The cells selected in Excel, following every selection change. Excel raises no selection event
 * while a cell is being edited, so the selection is also read again whenever the pane gets focus
 * back (the user comes to the pane to act on what is selected now).
 */
export function useSelection(): SelectionState {
  const port = usePort();
  const [state, setState] = useState<SelectionState>({ selection: null, error: null });
  useEffect(() => {
    let gone = false;
    const read = () =>
      void runPort(() => port.getSelection()).then((result) => {
        if (gone) return;
        setState(
          result.ok ? { selection: result.value, error: null } : { selection: null, error: result.error },
        );
      });
    read();
    window.addEventListener("focus", read);
    return () => {
      gone = true;
      window.removeEventListener("focus", read);
    };
  }, [port]);
  const subscribe = useCallback(
    () => port.onSelectionChanged((selection) => setState({ selection, error: null })),
    [port],
  );
  useSubscription(subscribe);
  return state;
}
