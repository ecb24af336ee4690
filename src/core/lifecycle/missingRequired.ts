import { isBlankCell } from "../grid";
import type { Field } from "../schema";
import { findStatus } from "./findStatus";
import type { Workflow } from "./workflow";

/** The fields the stage needs that are blank in `values`, in the stage's order; [] for an unknown stage. */
export function missingRequired(
  wf: Workflow,
  stageKey: string,
  values: Readonly<Partial<Record<Field, string>>>,
): Field[] {
  const stage = findStatus(wf, stageKey);
  if (!stage) return [];
  return stage.needs.filter((field) => isBlankCell(values[field]));
}
