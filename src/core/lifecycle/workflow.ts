import type { Message } from "../i18n/translate";
import type { Field } from "../schema";
import type { Role } from "./roles";

/**
 * One status of a team's lifecycle. Keys are plain strings because a team can add its own statuses;
 * `next` lists the keys it may move to, the first non-problem one being what *Advance* does.
 */
export interface Stage {
  readonly key: string;
  readonly label: Message;
  readonly role: Role | null;
  readonly slaHours: number | null;
  readonly next: readonly string[];
  readonly needs: readonly Field[];
  /** Someone still has work to do (owner expected, due time counts). */
  readonly open: boolean;
  /** A detour off the main path that needs a problem reason (异常, 售后中). */
  readonly problemBranch: boolean;
  /**
   * The team's own words for this status (`待发货`, `To pack`), accepted everywhere a status is read
   * and never rewritten; empty or absent when the team uses OrderFlow's labels.
   */
  readonly spellings?: readonly string[];
  /** Soft work-in-progress limit of the stage's board lane (a warning, never a block); absent for none. */
  readonly wipLimit?: number;
}

/** A lifecycle: its stages in display order. */
export interface Workflow {
  readonly stages: readonly Stage[];
}
