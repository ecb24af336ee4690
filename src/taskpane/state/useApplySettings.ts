import { useCallback } from "react";
import type { ApplySettingsSummary } from "../../core/port";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";

/** *Apply settings*: dropdowns and highlights derived again from the settings sheet; `onApplied` reloads. */
export function useApplySettings(onApplied?: () => void): Task<[], ApplySettingsSummary> {
  const port = usePort();
  const apply = useCallback(async () => {
    const result = await port.applySettings();
    if (result.ok && !result.value.upToDate) onApplied?.();
    return result;
  }, [port, onApplied]);
  return useTask(apply);
}
