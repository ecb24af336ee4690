import type { Field } from "./schema";

/** Every kind of problem a row check can report. */
export const PROBLEM_KINDS = [
  "invalidStatus",
  "illegalMove",
  "missingRequired",
  "idCorrupted",
  "duplicateOrder",
  "invalidDate",
  "invalidNumber",
  "overdue",
  "noOwner",
  "missingOrderId",
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/**
 * One problem at one place. `row` is the 1-based sheet row (as Excel shows it); `column` the 0-based
 * column index in the grid, `field` the canonical field of that column. `params` fill the message
 * templates of `i18n` (see `formatProblem`).
 */
export interface RowProblem {
  readonly kind: ProblemKind;
  readonly row: number;
  readonly column: number;
  readonly field: Field;
  readonly value: string;
  readonly params: Readonly<Record<string, string | number>>;
}
