import type { Grid } from "../grid";
import type { StatusLabelMode, StatusVocabulary, Workflow } from "../lifecycle";
import { statusVocabulary } from "../lifecycle";
import type { Field, PlatformId } from "../schema";
import { setupLabels } from "./planSetup";

export interface OnboardingFacts {
  /** The status column's words (the team's own column, else the marketplace status); absent without either. */
  readonly statuses?: StatusVocabulary;
  readonly labels: StatusLabelMode;
  /** 1-based sheet rows under the header that look like a second header. */
  readonly extraHeaderRows: readonly number[];
}

/**
 * What onboarding shows beside the mapping: the team's status vocabulary with proposals, the label
 * language detected from the sheet, and header-like rows that are not read as orders.
 */
export function onboardingFacts(input: {
  readonly grid: Grid;
  readonly headerRow: number;
  readonly dataRows: readonly number[];
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  readonly platform: PlatformId;
  readonly extraHeaderRows: readonly number[];
  readonly workflow: Workflow;
  /** The sheet row of grid row 0, 0-based. */
  readonly originRow: number;
}): OnboardingFacts {
  const column = input.mapping.status ?? input.mapping.marketStatus;
  const sheet = { ...input, origin: { row: input.originRow, column: 0 } };
  return {
    ...(column === undefined
      ? {}
      : {
          statuses: statusVocabulary({
            grid: input.grid,
            dataRows: input.dataRows,
            column,
            workflow: input.workflow,
            platform: input.platform,
          }),
        }),
    labels: setupLabels({ sheet, workflow: input.workflow }),
    extraHeaderRows: input.extraHeaderRows.map((index) => input.originRow + index + 1),
  };
}
