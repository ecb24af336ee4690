import { useCallback } from "react";
import type { BulkAction } from "../../core/plan";
import type { ActionResult, ActionTarget } from "../../core/port";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";
import { useWhoAmI } from "./WhoAmIProvider";

/**
 * Applies a bulk action as the current user. The views follow from the port's change event, which
 * names the rows acted on (useOrders reads those again); reading them here as well read them twice.
 */
export function useApplyAction(): Task<[BulkAction, ActionTarget], ActionResult> {
  const port = usePort();
  const { who } = useWhoAmI();
  const apply = useCallback(
    (action: BulkAction, target: ActionTarget) => port.applyAction(action, target, who),
    [port, who],
  );
  return useTask(apply);
}
