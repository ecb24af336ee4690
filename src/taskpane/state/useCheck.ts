import { useCallback } from "react";
import type { CheckResult } from "../../core/port";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";

/** Runs the sheet check on demand. */
export function useCheck(): Task<[], CheckResult> {
  const port = usePort();
  const check = useCallback(() => port.checkSheet(), [port]);
  return useTask(check);
}
