import { DEFAULT_DEADLINE_SETTINGS } from "../deadlines";
import { columnLetter } from "../grid";
import type { Workflow } from "../lifecycle";
import type { TagDef } from "../tags";
import type { Field } from "../schema";
import { cellHasText, statusCellIs, tagCellHas, tagWords } from "./highlightFormulas";
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

/**
 * Colours of the built-in rules (tag colours come from the tag palette). A problem row is a strong red
 * with white text, so it can never be taken for a row coloured by a tag (the palette's fills are all
 * light; tests/core/plan/highlights.test.ts measures the distance); overdue is orange on the due cell.
 */
export const PROBLEM_FILL = "#C50F1F";
export const PROBLEM_FONT = "#FFFFFF";
const PROBLEM_STATUS_FONT = "#A4262C";
export const OVERDUE_FILL = "#FFD8B5";
const OVERDUE_FONT = "#8A3707";
/** Due soon: amber on the due cell, strong enough to stand apart from the light yellow VIP row. */
export const DUE_SOON_FILL = "#E0A800";
export const DUE_SOON_FONT = "#2E2100";
const CLOSED_FONT = "#7A7574";

/**
 * The highlight rules for an order body, highest priority first: problem rows, overdue due times,
 * status cells (problem statuses red and bold, closed statuses grey), then one whole-row rule per tag
 * in rank order. Formulas use `$`-anchored columns and the body's first sheet row, as Excel's UI does.
 * They read cells as the core does: a status by every name of its stage (stageNames, the team's own
 * spellings included), a tag as a whole tag of the cell (parseTags), so `SVIP` is not VIP.
 *
 * What each rule means, in the core's words (the real-engine test holds the formulas to it):
 * - problemRow: the problem cell holds more than spaces;
 * - overdue: the due cell is a number before now and the status names an open stage;
 * - dueSoon: the due cell is a number from now to `dueSoonHours` ahead, and the status names an open
 *   stage (deadlines/dueState's "dueSoon");
 * - problemStatus / closedStatus: the status names a problem-branch / a closed (not open) stage;
 * - tag: the tags cell holds the tag (name or alias) and the status does not name a closed stage.
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
  workflow: Workflow,
  /** The due-soon window in hours (the settings sheet's 临期提醒); the preset when omitted. */
  dueSoonHours: number = DEFAULT_DEADLINE_SETTINGS.dueSoonHours,
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
  const stages = workflow.stages;
  const closed = status
    ? statusCellIs(
        status,
        workflow,
        stages.filter((s) => !s.open),
      )
    : null;
  const notClosed = closed ? `NOT(${closed})` : "TRUE";

  const problem = ref("problem");
  if (problem) {
    rules.push({
      id: "problemRow",
      area: wholeRows,
      formula: `=AND(${cellHasText(problem)},${HIGHLIGHT_MARKER})`,
      fill: PROBLEM_FILL,
      font: PROBLEM_FONT,
      stopIfTrue: false,
    });
  }
  const due = ref("due");
  const dueArea = columnArea("due");
  const open = status
    ? statusCellIs(
        status,
        workflow,
        stages.filter((s) => s.open),
      )
    : null;
  if (due && dueArea && open) {
    rules.push({
      id: "overdue",
      area: dueArea,
      formula: `=AND(ISNUMBER(${due}),${due}<NOW(),${open},${HIGHLIGHT_MARKER})`,
      fill: OVERDUE_FILL,
      font: OVERDUE_FONT,
      bold: true,
      stopIfTrue: false,
    });
    rules.push({
      id: "dueSoon",
      area: dueArea,
      formula: `=AND(ISNUMBER(${due}),${due}>=NOW(),${due}-NOW()<=${dueSoonHours}/24,${open},${HIGHLIGHT_MARKER})`,
      fill: DUE_SOON_FILL,
      font: DUE_SOON_FONT,
      stopIfTrue: false,
    });
  }
  const statusArea = columnArea("status");
  if (status && statusArea) {
    const problemStatus = statusCellIs(
      status,
      workflow,
      stages.filter((s) => s.problemBranch),
    );
    if (problemStatus)
      rules.push({
        id: "problemStatus",
        area: statusArea,
        formula: `=AND(${problemStatus},${HIGHLIGHT_MARKER})`,
        font: PROBLEM_STATUS_FONT,
        bold: true,
        stopIfTrue: false,
      });
    if (closed)
      rules.push({
        id: "closedStatus",
        area: statusArea,
        formula: `=AND(${closed},${HIGHLIGHT_MARKER})`,
        font: CLOSED_FONT,
        stopIfTrue: false,
      });
  }
  const tagCell = ref("tags");
  if (tagCell) {
    for (const tag of [...tags].sort((a, b) => a.rank - b.rank)) {
      const conditions = tagCellHas(tagCell, tagWords(tag));
      if (conditions.length === 0) continue;
      const any = conditions.length === 1 ? conditions[0] : `OR(${conditions.join(",")})`;
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
