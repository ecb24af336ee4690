import { useCallback, useEffect, useState } from "react";
import type { OrdersView, PortError } from "../../core/port";
import { usePort } from "./PortProvider";
import { useSubscription } from "./useSubscription";
import { useTask } from "./useTask";

export interface OrdersState {
  /** The last view read; kept while a reload runs or after a reload failed. */
  readonly view: OrdersView | null;
  readonly loading: boolean;
  readonly error: PortError | null;
  readonly reload: () => void;
}

/** The orders of the set-up sheet, read again whenever the sheet changes. */
export function useOrders(): OrdersState {
  const port = usePort();
  const readOrders = useCallback(() => port.readOrders(), [port]);
  const task = useTask(readOrders);
  const [view, setView] = useState<OrdersView | null>(null);
  const { run } = task;
  const reload = useCallback(() => {
    void run().then((result) => {
      if (result?.ok) setView(result.value);
    });
  }, [run]);
  useEffect(() => reload(), [reload]);
  const subscribe = useCallback(() => port.onOrdersChanged(reload), [port, reload]);
  useSubscription(subscribe);
  return {
    view,
    loading: task.state.status === "running" || task.state.status === "idle",
    error: task.state.status === "failed" ? task.state.error : null,
    reload,
  };
}
