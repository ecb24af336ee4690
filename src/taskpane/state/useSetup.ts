import { useCallback } from "react";
import type { SetupChoices, SetupSummary, SheetInspection } from "../../core/port";
import type { Field } from "../../core/schema";
import { usePort } from "./PortProvider";
import type { Task } from "./useTask";
import { useTask } from "./useTask";

export type MappingOverrides = Readonly<Partial<Record<Field, number | null>>>;

/** Onboarding: inspect the active sheet, then set it up with the user's mapping corrections. */
export function useSetup(): {
  readonly inspection: Task<[], SheetInspection>;
  readonly setup: Task<[MappingOverrides | undefined, SetupChoices | undefined], SetupSummary>;
} {
  const port = usePort();
  const inspect = useCallback(() => port.inspectSheet(), [port]);
  const setupSheet = useCallback(
    (overrides: MappingOverrides | undefined, choices: SetupChoices | undefined) =>
      choices === undefined ? port.setupSheet(overrides) : port.setupSheet(overrides, choices),
    [port],
  );
  return { inspection: useTask(inspect), setup: useTask(setupSheet) };
}
