import type { Grid } from "../grid";
import { detectHeader } from "../headers";
import type { MessageParams } from "../i18n/translate";
import type { IMPORT_MESSAGES } from "./messages";
import type { ImportPlan } from "./planImport";
import type { RefusedRow } from "./types";

/** Why an import writes nothing at all: the message to show, filled. */
export interface ImportBlocker {
  readonly message: keyof typeof IMPORT_MESSAGES;
  readonly params: MessageParams;
}

/**
 * Bad input stops an import before anything is written, in the pane and on the command line alike: a file
 * that is no order export or has no order rows, ids Excel destroyed, and ids two platforms share when the
 * sheet can not tell them apart. Rows refused for a missing id alone do not stop it (they are listed).
 */
export function importBlocker(plan: Pick<ImportPlan, "files" | "refused">): ImportBlocker | undefined {
  for (const file of plan.files) {
    const refused = plan.refused.filter((r) => r.file === file.file);
    const whole = refused.find((r) => r.kind === "notOrderExport" || r.kind === "emptyExport");
    if (whole)
      return {
        message: whole.kind === "emptyExport" ? "import.fileEmpty" : "import.fileNotExport",
        params: { ...whole.params, file: file.file },
      };
    const destroyed = refused.filter((r) => r.kind === "idCorrupted");
    const [first] = destroyed;
    if (first)
      return {
        message: "import.idsDestroyed",
        params: { file: file.file, rows: rowList(destroyed), value: String(first.params.value ?? "") },
      };
  }
  const collision = plan.refused.find((r) => r.kind === "platformCollision");
  if (collision) return { message: "import.collision", params: collision.params };
  return undefined;
}

/** `3, 5, 9 …(+12)`: the first ten rows, and how many more. */
function rowList(rows: readonly RefusedRow[]): string {
  const shown = rows
    .slice(0, 10)
    .map((r) => r.row)
    .join(", ");
  return rows.length > 10 ? `${shown} …(+${rows.length - 10})` : shown;
}

/** An export's order sheet: the one with an order id column and the most recognised columns. */
export function orderGridOf(sheets: readonly { readonly grid: Grid }[]): Grid {
  let best: { grid: Grid; score: number } | undefined;
  for (const sheet of sheets) {
    const detection = detectHeader(sheet.grid);
    const score = detection.ok
      ? detection.value.columns.length + (detection.value.mapping.orderId !== undefined ? 100 : 0)
      : -1;
    if (!best || score > best.score) best = { grid: sheet.grid, score };
  }
  return best?.grid ?? [];
}
