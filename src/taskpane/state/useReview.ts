import { useCallback } from "react";
import type { IsoWeek, ReviewSummary } from "../../core/port";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";

/** Builds (or rebuilds) the weekly review sheet for a week. */
export function useReview(): Task<[IsoWeek | undefined], ReviewSummary> {
  const port = usePort();
  const refresh = useCallback((week: IsoWeek | undefined) => port.refreshReview(week), [port]);
  return useTask(refresh);
}
