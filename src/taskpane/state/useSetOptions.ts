import { useCallback } from "react";
import type { WorkflowOptions } from "../../core/port";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";

/** Changes the workflow options (strict mode, auto-routing) stored in the workbook; `onSaved` reloads. */
export function useSetOptions(onSaved?: () => void): Task<[Partial<WorkflowOptions>], true> {
  const port = usePort();
  const set = useCallback(
    async (options: Partial<WorkflowOptions>) => {
      const result = await port.setOptions(options);
      if (result.ok) onSaved?.();
      return result;
    },
    [port, onSaved],
  );
  return useTask(set);
}
