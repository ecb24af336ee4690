import type { Message, MessageParams } from "../i18n/translate";
import { exhaustiveSwitchError } from "../result";
import type { MoveRefusal } from "./canMove";
import { getStage } from "./findStatus";
import { lifecycleMessages } from "./messages";
import { statusLabel } from "./statusLabel";
import type { Workflow } from "./workflow";

/** A refusal as a message and its params (status keys shown as bilingual labels) for `translate`. */
export function describeMoveRefusal(
  wf: Workflow,
  refusal: MoveRefusal,
): { readonly message: Message; readonly params: MessageParams } {
  const show = (key: string): string => {
    const stage = getStage(wf, key);
    return stage ? statusLabel(stage, "bilingual") : key;
  };
  switch (refusal.kind) {
    case "illegalMove":
      return {
        message: lifecycleMessages["lifecycle.move.illegalMove"],
        params: {
          from: show(refusal.from),
          to: show(refusal.to),
          allowed:
            refusal.allowed.length === 0
              ? lifecycleMessages["lifecycle.move.none"]["zh-CN"]
              : refusal.allowed.map(show).join(", "),
        },
      };
    case "unknownStatus":
      return { message: lifecycleMessages["lifecycle.move.unknownStatus"], params: { value: refusal.value } };
    case "sameStatus":
      return {
        message: lifecycleMessages["lifecycle.move.sameStatus"],
        params: { status: show(refusal.status) },
      };
    default:
      return exhaustiveSwitchError(refusal);
  }
}
