import { useCallback, useEffect, useRef, useState } from "react";
import type { OrdersView, PortError } from "../../core/port";
import { patchOrders } from "./patchOrders";
import { usePort } from "./PortProvider";
import { runPort } from "./runPort";
import { useSubscription } from "./useSubscription";
import { useTask } from "./useTask";

export interface OrdersState {
  /** The last view read; kept while a reload runs or after a reload failed. */
  readonly view: OrdersView | null;
  readonly loading: boolean;
  readonly error: PortError | null;
  /** Reads the whole sheet again. */
  readonly reload: () => void;
  /** Reads only these 1-based rows again when the port can (else the whole sheet). */
  readonly refreshRows: (rows: readonly number[]) => void;
}

/**
 * The orders of the set-up sheet. When the sheet changed at known rows (an action, an edit) only those
 * rows are read again and patched into the view, so the work follows the change, not the sheet's
 * size; anything else (a sort, new settings, a port without row reads) reads the whole sheet.
 */
export function useOrders(): OrdersState {
  const port = usePort();
  const readOrders = useCallback(() => port.readOrders(), [port]);
  const task = useTask(readOrders);
  const [view, setView] = useState<OrdersView | null>(null);
  const viewRef = useRef<OrdersView | null>(null);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  const { run } = task;
  const reload = useCallback(() => {
    void run().then((result) => {
      if (result?.ok) setView(result.value);
    });
  }, [run]);
  const refreshRows = useCallback(
    (rows: readonly number[]) => {
      const readAt = port.readOrdersAt?.bind(port);
      if (!readAt || !viewRef.current || rows.length === 0) {
        reload();
        return;
      }
      void runPort(() => readAt(rows)).then((result) => {
        if (!result.ok) reload();
        else setView((current) => (current ? patchOrders(current, result.value) : current));
      });
    },
    [port, reload],
  );
  useEffect(() => reload(), [reload]);
  const subscribe = useCallback(
    () => port.onOrdersChanged((rows) => (rows ? refreshRows(rows) : reload())),
    [port, reload, refreshRows],
  );
  useSubscription(subscribe);
  return {
    view,
    loading: task.state.status === "running" || task.state.status === "idle",
    error: task.state.status === "failed" ? task.state.error : null,
    reload,
    refreshRows,
  };
}
