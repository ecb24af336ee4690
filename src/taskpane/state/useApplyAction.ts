import { useCallback } from "react";
import type { BulkAction } from "../../core/plan";
import type { ActionResult, ActionTarget } from "../../core/port";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";
import { useWhoAmI } from "./WhoAmIProvider";

/**
 * Applies a bulk action as the current user. `onApplied` runs after any row changed, with the rows
 * acted on when the target named them (the caller refreshes those; the port's change event may too).
 */
export function useApplyAction(
  onApplied?: (rows?: readonly number[]) => void,
): Task<[BulkAction, ActionTarget], ActionResult> {
  const port = usePort();
  const { who } = useWhoAmI();
  const apply = useCallback(
    async (action: BulkAction, target: ActionTarget) => {
      const result = await port.applyAction(action, target, who);
      if (result.ok && result.value.applied > 0)
        onApplied?.(target.kind === "rows" ? target.rows : undefined);
      return result;
    },
    [port, who, onApplied],
  );
  return useTask(apply);
}
