import { err, ok, type Result } from "../result";
import { findStatus } from "./findStatus";
import type { Workflow } from "./workflow";

/** Why a status change is refused. Statuses are reported by key, except an unknown value as written. */
export type MoveRefusal =
  | {
      readonly kind: "illegalMove";
      readonly from: string;
      readonly to: string;
      readonly allowed: readonly string[];
    }
  | { readonly kind: "unknownStatus"; readonly value: string }
  | { readonly kind: "sameStatus"; readonly status: string };

/**
 * Whether an order may move from one status to another (each given as key or label, see `findStatus`).
 * Refuses unknown statuses (the `from` one first), a move to the same status, and moves not in `next`.
 */
export function canMove(wf: Workflow, from: string, to: string): Result<true, MoveRefusal> {
  const fromStage = findStatus(wf, from);
  if (!fromStage) return err({ kind: "unknownStatus", value: from });
  const toStage = findStatus(wf, to);
  if (!toStage) return err({ kind: "unknownStatus", value: to });
  if (fromStage.key === toStage.key) return err({ kind: "sameStatus", status: fromStage.key });
  if (!fromStage.next.includes(toStage.key)) {
    return err({ kind: "illegalMove", from: fromStage.key, to: toStage.key, allowed: fromStage.next });
  }
  return ok(true);
}
