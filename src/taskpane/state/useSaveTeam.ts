import { useCallback } from "react";
import type { TeamMember } from "../../core/plan";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";

/** Writes the team table of the settings sheet; `onSaved` reloads what depends on it. */
export function useSaveTeam(onSaved?: () => void): Task<[readonly TeamMember[]], true> {
  const port = usePort();
  const save = useCallback(
    async (team: readonly TeamMember[]) => {
      const result = await port.saveTeam(team);
      if (result.ok) onSaved?.();
      return result;
    },
    [port, onSaved],
  );
  return useTask(save);
}
