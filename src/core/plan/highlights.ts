import { columnLetter } from "../grid";
import type { TagDef } from "../tags";
import type { Field } from "../schema";
import { LIST_NAMES } from "./settingsSheet";
import type { Area, HighlightRule } from "./types";

/**
 * Every OrderFlow highlight formula contains this term (it is always 0, so it changes nothing): a
 * later setup finds its own rules by it and replaces them, leaving the user's rules alone.
 */
export const HIGHLIGHT_MARKER = 'N("OrderFlow")=0';

/** Whether a conditional-format formula is one of OrderFlow's. */
export function isOrderFlowHighlight(formula: string): boolean {
  return formula.includes(HIGHLIGHT_MARKER);
}

/** Colours of the built-in rules (light fills, dark text; tag colours come from the tag palette). */
const PROBLEM_FILL = "#FDE7E9";
const PROBLEM_FONT = "#A4262C";
const OVERDUE_FILL = "#FFD8B5";
const OVERDUE_FONT = "#8A3707";
const CLOSED_FONT = "#7A7574";

/**
 * The highlight rules for an order body, highest priority first: problem rows, overdue due times,
 * status cells (problem statuses red and bold, closed statuses grey), then one whole-row rule per tag
 * in rank order. Formulas use `$`-anchored columns and the body's first sheet row, as Excel's UI does.
 */
export function planHighlights(
  body: {
    readonly firstRow: number;
    readonly rowCount: number;
    readonly firstColumn: number;
    readonly columnCount: number;
  },
  columns: Readonly<Partial<Record<Field, number>>>,
  tags: readonly TagDef[],
): HighlightRule[] {
  const rules: HighlightRule[] = [];
  const rowNumber = body.firstRow + 1;
  const ref = (field: Field): string | undefined => {
    const column = columns[field];
    return column === undefined ? undefined : `$${columnLetter(column)}${rowNumber}`;
  };
  const wholeRows: Area = {
    row: body.firstRow,
    column: body.firstColumn,
    rowCount: body.rowCount,
    columnCount: body.columnCount,
  };
  const columnArea = (field: Field): Area | undefined => {
    const column = columns[field];
    return column === undefined
      ? undefined
      : { row: body.firstRow, column, rowCount: body.rowCount, columnCount: 1 };
  };
  const status = ref("status");
  const notClosed = status ? `ISNA(MATCH(${status},${LIST_NAMES.closed},0))` : "TRUE";

  const problem = ref("problem");
  if (problem) {
    rules.push({
      id: "problemRow",
      area: wholeRows,
      formula: `=AND(LEN(TRIM(${problem}))>0,${HIGHLIGHT_MARKER})`,
      fill: PROBLEM_FILL,
      font: PROBLEM_FONT,
      stopIfTrue: false,
    });
  }
  const due = ref("due");
  const dueArea = columnArea("due");
  if (due && dueArea) {
    rules.push({
      id: "overdue",
      area: dueArea,
      formula: `=AND(ISNUMBER(${due}),${due}<NOW(),${notClosed},${HIGHLIGHT_MARKER})`,
      fill: OVERDUE_FILL,
      font: OVERDUE_FONT,
      bold: true,
      stopIfTrue: false,
    });
  }
  const statusArea = columnArea("status");
  if (status && statusArea) {
    rules.push({
      id: "problemStatus",
      area: statusArea,
      formula: `=AND(ISNUMBER(MATCH(${status},${LIST_NAMES.problemStatuses},0)),${HIGHLIGHT_MARKER})`,
      font: PROBLEM_FONT,
      bold: true,
      stopIfTrue: false,
    });
    rules.push({
      id: "closedStatus",
      area: statusArea,
      formula: `=AND(ISNUMBER(MATCH(${status},${LIST_NAMES.closed},0)),${HIGHLIGHT_MARKER})`,
      font: CLOSED_FONT,
      stopIfTrue: false,
    });
  }
  const tagCell = ref("tags");
  if (tagCell) {
    for (const tag of [...tags].sort((a, b) => a.rank - b.rank)) {
      const words = [tag.name, ...tag.aliases].map(
        (word) => `ISNUMBER(SEARCH("${word.replace(/"/g, '""')}",${tagCell}))`,
      );
      const any = words.length === 1 ? (words[0] ?? "FALSE") : `OR(${words.join(",")})`;
      rules.push({
        id: `tag:${tag.name}`,
        area: wholeRows,
        formula: `=AND(${any},${notClosed},${HIGHLIGHT_MARKER})`,
        fill: tag.fill,
        font: tag.font,
        stopIfTrue: false,
      });
    }
  }
  return rules;
}
