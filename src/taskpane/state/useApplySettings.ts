import { useCallback } from "react";
import type { ApplySettingsSummary } from "../../core/port";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";

/**
 * *Apply settings*: dropdowns and highlights derived again from the settings sheet. The views follow the
 * port's change event, which the port raises when something changed.
 */
export function useApplySettings(): Task<[], ApplySettingsSummary> {
  const port = usePort();
  const apply = useCallback(() => port.applySettings(), [port]);
  return useTask(apply);
}
