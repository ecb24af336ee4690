import type { MessageParams } from "../i18n/translate";
import type { Field, PlatformId } from "../schema";

/** Why a row (or, with row 0 or the header row, a whole file) is not imported. */
type RefusalKind = "idCorrupted" | "noOrderId" | "notOrderExport" | "emptyExport" | "platformCollision";

export interface RefusedRow {
  readonly file: string;
  /** 1-based row in the file; 0 when the file has no usable header at all. */
  readonly row: number;
  readonly kind: RefusalKind;
  /** Fill `IMPORT_MESSAGES["import.<kind>"]`. */
  readonly params: MessageParams;
}

/** Per export file: what was found in it. */
export interface ImportFileSummary {
  readonly file: string;
  readonly platform: PlatformId;
  readonly rows: number;
  readonly orders: number;
  readonly refused: number;
}

/** A marketplace status that contradicts the team's status on an existing row. */
export interface ImportConflict {
  /** 1-based sheet row. */
  readonly row: number;
  readonly orderId: string;
  readonly line: string;
  /** Stage keys: the team's status and what the marketplace implies. */
  readonly from: string;
  readonly to: string;
  /** The marketplace's own words (status or after-sales text). */
  readonly market: string;
  /** Applied as a logged move (the lead allowed it and the lifecycle permits it), else flagged. */
  readonly applied: boolean;
}

/** One existing line whose marketplace-owned cells the import updates. */
export interface ImportChange {
  /** 1-based sheet row. */
  readonly row: number;
  readonly orderId: string;
  readonly line: string;
  readonly fields: readonly Field[];
}
