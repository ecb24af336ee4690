import type { Grid } from "../grid";
import { cellText } from "../grid";
import type { MessageParams, Message } from "../i18n/translate";
import type { ConfirmedWord, Workflow } from "../lifecycle";
import { vocabularyConflicts } from "../lifecycle";
import { FIELD_LABELS } from "../fieldLabels";
import type { Field } from "../schema";
import { ALL_FIELDS } from "../schema";
import { exhaustiveSwitchError } from "../result";
import { SETUP_MESSAGES } from "./messages";

/** Why setup refuses a mapping before anything is written. */
export type SetupRefusal =
  | { readonly kind: "noOrderId" }
  | {
      readonly kind: "sharedColumn";
      /** 0-based grid column. */
      readonly column: number;
      readonly header: string;
      readonly fields: readonly Field[];
    }
  | { readonly kind: "noStatusColumn" }
  | {
      /**
       * Setup would add columns to the user's table while something is right of it in its rows: Excel
       * inserts cells for a new table column, which would move those cells and tear them from the rows
       * above and below. `area` is the A1 address of what is in the way.
       */
      readonly kind: "cellsBesideTable";
      readonly table: string;
      readonly area: string;
    }
  | {
      readonly kind: "wordConflict";
      readonly value: string;
      readonly status: string;
      readonly other: string;
    };

export interface SetupCheckInput {
  readonly grid: Grid;
  readonly headerRow: number;
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  readonly workflow: Workflow;
  /** Whether setup may add a status column when none is mapped (default true). */
  readonly addStatusColumn?: boolean;
  readonly vocabulary?: readonly ConfirmedWord[];
}

/**
 * What makes a mapping unusable for setup, every problem at once: no order id column (orders could not
 * be told apart), one column mapped to two fields, no status column mapped and none to be added, a
 * confirmed status word that already names another status. Empty when setup can go ahead.
 */
export function validateSetup(input: SetupCheckInput): SetupRefusal[] {
  const refusals: SetupRefusal[] = [];
  if (input.mapping.orderId === undefined) refusals.push({ kind: "noOrderId" });
  const fieldsByColumn = new Map<number, Field[]>();
  for (const field of ALL_FIELDS) {
    const column = input.mapping[field];
    if (column !== undefined) fieldsByColumn.set(column, [...(fieldsByColumn.get(column) ?? []), field]);
  }
  for (const [column, fields] of [...fieldsByColumn.entries()].sort((a, b) => a[0] - b[0])) {
    if (fields.length < 2) continue;
    const header = cellText(input.grid[input.headerRow]?.[column]);
    refusals.push({ kind: "sharedColumn", column, header, fields });
  }
  if (input.mapping.status === undefined && input.addStatusColumn === false)
    refusals.push({ kind: "noStatusColumn" });
  // Marketplace words (no status column) only say where orders start: they never become the team's words.
  const teamWords = input.mapping.status === undefined ? [] : (input.vocabulary ?? []);
  for (const conflict of vocabularyConflicts(input.workflow, teamWords)) {
    refusals.push({ kind: "wordConflict", ...conflict });
  }
  return refusals;
}

/** A refusal as a message and its params (fields by their labels in both languages). */
export function describeSetupRefusal(
  refusal: SetupRefusal,
  workflow: Workflow,
): { readonly message: Message; readonly params: MessageParams } {
  const statusLabel = (key: string): string => {
    const stage = workflow.stages.find((s) => s.key === key);
    return stage ? `${stage.label["zh-CN"]} ${stage.label["en-US"]}` : key;
  };
  switch (refusal.kind) {
    case "noOrderId":
      return { message: SETUP_MESSAGES.refuseNoOrderId, params: {} };
    case "sharedColumn":
      return {
        message: SETUP_MESSAGES.refuseSharedColumn,
        params: {
          header: refusal.header,
          fields: refusal.fields
            .map((f) => `${FIELD_LABELS[f]["zh-CN"]} ${FIELD_LABELS[f]["en-US"]}`)
            .join(" / "),
        },
      };
    case "noStatusColumn":
      return { message: SETUP_MESSAGES.refuseNoStatus, params: {} };
    case "cellsBesideTable":
      return {
        message: SETUP_MESSAGES.refuseCellsBesideTable,
        params: { table: refusal.table, area: refusal.area },
      };
    case "wordConflict":
      return {
        message: SETUP_MESSAGES.refuseWordConflict,
        params: {
          value: refusal.value,
          status: statusLabel(refusal.status),
          other: statusLabel(refusal.other),
        },
      };
    default:
      return exhaustiveSwitchError(refusal);
  }
}
