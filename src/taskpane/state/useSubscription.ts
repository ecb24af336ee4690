import { useEffect } from "react";

/**
 * Subscribes through a port method that resolves with its unsubscribe function, and unsubscribes on
 * unmount even when the subscription resolves after it.
 */
export function useSubscription(subscribe: () => Promise<() => void>): void {
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let gone = false;
    subscribe().then(
      (off) => {
        if (gone) off();
        else unsubscribe = off;
      },
      () => undefined, // no events is not fatal: the pane still reloads after its own actions
    );
    return () => {
      gone = true;
      unsubscribe?.();
    };
  }, [subscribe]);
}
