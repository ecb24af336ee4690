import { useCallback, useEffect, useState } from "react";
import type { PortError, SelectionInfo } from "../../core/port";
import { usePort } from "./PortProvider";
import { runPort } from "./runPort";
import { useSubscription } from "./useSubscription";

export interface SelectionState {
  readonly selection: SelectionInfo | null;
  readonly error: PortError | null;
}

/** The cells selected in Excel, following every selection change. */
export function useSelection(): SelectionState {
  const port = usePort();
  const [state, setState] = useState<SelectionState>({ selection: null, error: null });
  useEffect(() => {
    let gone = false;
    void runPort(() => port.getSelection()).then((result) => {
      if (gone) return;
      setState(
        result.ok ? { selection: result.value, error: null } : { selection: null, error: result.error },
      );
    });
    return () => {
      gone = true;
    };
  }, [port]);
  const subscribe = useCallback(
    () => port.onSelectionChanged((selection) => setState({ selection, error: null })),
    [port],
  );
  useSubscription(subscribe);
  return state;
}
