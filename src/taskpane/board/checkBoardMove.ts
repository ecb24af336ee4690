import type { MessageParams } from "../../core/i18n/translate";
import type { Stage, Workflow } from "../../core/lifecycle";
import { canMove } from "../../core/lifecycle";
import type { RefusalKind } from "../../core/plan";
import type { OrderCard, StageInfo } from "../../core/port";
import { exhaustiveSwitchError } from "../../core/result";

/** The lifecycle as the board knows it (needs are not part of StageInfo: the port checks them). */
export function workflowOf(stages: readonly StageInfo[]): Workflow {
  return {
    stages: stages.map((s): Stage => ({
      key: s.key,
      label: s.label,
      role: s.role,
      slaHours: s.slaHours,
      next: s.next,
      needs: [],
      open: s.open,
      problemBranch: s.problemBranch,
    })),
  };
}

export type BoardMoveCheck =
  | { readonly kind: "move" }
  | { readonly kind: "same" }
  | {
      readonly kind: "refused";
      readonly refusal: { readonly kind: RefusalKind; readonly params: MessageParams };
    };

/**
 * Whether a card may go to a lane, decided before anything is written so an illegal drop is refused
 * at once (with the reason the port would give) and the card stays where it was.
 */
export function checkBoardMove(workflow: Workflow, card: OrderCard, laneKey: string): BoardMoveCheck {
  if (card.status === null) {
    return card.statusText.trim() === ""
      ? { kind: "refused", refusal: { kind: "noStatus", params: {} } }
      : { kind: "refused", refusal: { kind: "unknownStatus", params: { value: card.statusText } } };
  }
  const move = canMove(workflow, card.status, laneKey);
  if (move.ok) return { kind: "move" };
  const refusal = move.error;
  switch (refusal.kind) {
    case "sameStatus":
      return { kind: "same" };
    case "illegalMove":
      return {
        kind: "refused",
        refusal: {
          kind: "illegalMove",
          params: { from: refusal.from, to: refusal.to, allowed: refusal.allowed.join(",") },
        },
      };
    case "unknownStatus":
      return { kind: "refused", refusal: { kind: "unknownStatus", params: { value: refusal.value } } };
    default:
      return exhaustiveSwitchError(refusal);
  }
}
