import { useCallback } from "react";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";

/** Selects a cell or row in Excel (`Orders!F12`, `Orders!12:12`) so the user sees it. */
export function useSelectInSheet(): Task<[string], true> {
  const port = usePort();
  const select = useCallback((address: string) => port.select(address), [port]);
  return useTask(select);
}
