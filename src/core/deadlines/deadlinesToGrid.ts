import type { CellValue } from "../grid";
import { DEADLINE_MESSAGES } from "./messages";
import type { DeadlineBasis, DeadlineSettings } from "./shipDeadlineRules";

const both = (key: keyof typeof DEADLINE_MESSAGES): string =>
  `${DEADLINE_MESSAGES[key]["zh-CN"]} ${DEADLINE_MESSAGES[key]["en-US"]}`;

/** The deadlines table's header (what loadDeadlineSettings reads back). */
const DEADLINE_HEADER: readonly string[] = [
  both("column.key"),
  both("column.names"),
  both("column.basis"),
  both("column.hours"),
];
/** The one-cell due-soon table's header. */
const DUE_SOON_HEADER = both("column.dueSoon");

/** How a basis is written in the table: bilingual, so either language reads back. */
function basisText(basis: DeadlineBasis): string {
  return both(`basis.${basis}`);
}

/**
 * The shipping-deadline tables for the settings sheet: one row per platform (key, the spellings a
 * platform column may use, basis, hours after payment) and the due-soon window in hours.
 */
export function deadlinesToGrid(settings: DeadlineSettings): {
  readonly rules: CellValue[][];
  readonly dueSoon: CellValue[][];
} {
  return {
    rules: [
      [...DEADLINE_HEADER],
      ...settings.rules.map((r) => [r.key, r.names.join(", "), basisText(r.basis), r.hours ?? ""]),
    ],
    dueSoon: [[DUE_SOON_HEADER], [settings.dueSoonHours]],
  };
}
