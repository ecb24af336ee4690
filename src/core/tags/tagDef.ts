import type { Message } from "../i18n/translate";

/** A priority tag: the name written in cells, other names it answers to, its row colours and importance. */
export interface TagDef {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly label: Message;
  /** Row fill, `#RRGGBB` (light). */
  readonly fill: string;
  /** Font colour, `#RRGGBB` (dark, WCAG AA against the fill). */
  readonly font: string;
  /** 1 = most important; the row takes the colours of its most important tag. */
  readonly rank: number;
}
