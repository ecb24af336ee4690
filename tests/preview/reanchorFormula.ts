/**
 * Excel's relative references in a conditional-format formula: the formula is written for the top-left
 * cell of the range it applies to, and every other cell sees it moved by its offset from there — `$F3`
 * becomes `$F4` one row down, `$F$3` stays, `G3` becomes `H4` one row down and one column right. A
 * reference moved off the sheet becomes `#REF!`, as Excel shows it.
 * https://support.microsoft.com/office/use-formulas-with-conditional-formatting-fed60dfa-1d3f-4e13-9ecb-f1951ff89d7f
 *
 * A small scanner, not a parser: string literals are copied untouched, function names (a word before
 * `(`) and defined names are left alone; cell references (`A1`, `$A$1`, `Sheet!A1`, `'My sheet'!A1`),
 * whole columns (`$A:$C`) and whole rows (`3:5`) are moved.
 */

/** Excel's grid: 1,048,576 rows, 16,384 columns (XFD). */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

export interface FormulaReference {
  /** The sheet named before `!`, unquoted; undefined for the formula's own sheet. */
  readonly sheet: string | undefined;
  /** 0-based, inclusive; a whole column spans every row, a whole row every column. */
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;
const WORD_CHAR = /[\w.$\u00c0-\uffff]/;
const SHEET_WORD = /^[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

interface Token {
  /** Text to emit for the token after moving (or as is). */
  readonly text: string;
  readonly reference?: FormulaReference;
}

type Endpoint =
  | { kind: "cell"; row: number; column: number; rowFixed: boolean; columnFixed: boolean }
  | { kind: "column"; column: number; fixed: boolean }
  | { kind: "row"; row: number; fixed: boolean };

function readEndpoint(text: string): Endpoint | null {
  const cell = CELL.exec(text);
  if (cell) {
    const column = columnNumber(cell[2]!);
    const row = Number(cell[4]);
    if (column > LAST_COLUMN || row < 1 || row > LAST_ROW) return null;
    return { kind: "cell", row, column, rowFixed: cell[3] === "$", columnFixed: cell[1] === "$" };
  }
  const column = COLUMN.exec(text);
  if (column) {
    const n = columnNumber(column[2]!);
    return n <= LAST_COLUMN ? { kind: "column", column: n, fixed: column[1] === "$" } : null;
  }
  const row = ROW.exec(text);
  if (row) {
    const n = Number(row[2]);
    return n >= 1 && n <= LAST_ROW ? { kind: "row", row: n, fixed: row[1] === "$" } : null;
  }
  return null;
}

/** Moves one endpoint; null when it leaves the sheet. */
function moveEndpoint(e: Endpoint, dr: number, dc: number): Endpoint | null {
  switch (e.kind) {
    case "cell": {
      const row = e.rowFixed ? e.row : e.row + dr;
      const column = e.columnFixed ? e.column : e.column + dc;
      return row < 1 || row > LAST_ROW || column < 1 || column > LAST_COLUMN ? null : { ...e, row, column };
    }
    case "column": {
      const column = e.fixed ? e.column : e.column + dc;
      return column < 1 || column > LAST_COLUMN ? null : { ...e, column };
    }
    case "row": {
      const row = e.fixed ? e.row : e.row + dr;
      return row < 1 || row > LAST_ROW ? null : { ...e, row };
    }
  }
}

function endpointText(e: Endpoint): string {
  switch (e.kind) {
    case "cell":
      return `${e.columnFixed ? "$" : ""}${columnLetters(e.column)}${e.rowFixed ? "$" : ""}${e.row}`;
    case "column":
      return `${e.fixed ? "$" : ""}${columnLetters(e.column)}`;
    case "row":
      return `${e.fixed ? "$" : ""}${e.row}`;
  }
}

function referenceOf(sheet: string | undefined, a: Endpoint, b: Endpoint): FormulaReference {
  const rows = (e: Endpoint): [number, number] =>
    e.kind === "column" ? [0, LAST_ROW - 1] : [e.row - 1, e.row - 1];
  const cols = (e: Endpoint): [number, number] =>
    e.kind === "row" ? [0, LAST_COLUMN - 1] : [e.column - 1, e.column - 1];
  const [ra, rb] = [rows(a), rows(b)];
  const [ca, cb] = [cols(a), cols(b)];
  return {
    sheet,
    r0: Math.min(ra[0], rb[0]),
    r1: Math.max(ra[1], rb[1]),
    c0: Math.min(ca[0], cb[0]),
    c1: Math.max(ca[1], cb[1]),
  };
}

/**
 * Splits a formula into tokens, moving references by (dr, dc). Each reference token carries where it
 * points after the move.
 */
function scan(formula: string, dr: number, dc: number, ownSheet?: string): Token[] {
  const own = ownSheet === undefined ? "" : `'${ownSheet.replace(/'/g, "''")}'!`;
  const tokens: Token[] = [];
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      tokens.push({ text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    // An optional sheet prefix: 'Quoted name'! or Word!
    let sheet: string | undefined;
    let start = i;
    if (ch === "'") {
      let j = i + 1;
      while (j < n && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      if (formula[j + 1] === "!") {
        sheet = formula.slice(i + 1, j).replace(/''/g, "'");
        start = j + 2;
      }
    } else if (WORD_CHAR.test(ch) && (i === 0 || !WORD_CHAR.test(formula[i - 1]!))) {
      let j = i;
      while (j < n && WORD_CHAR.test(formula[j]!)) j++;
      if (formula[j] === "!" && SHEET_WORD.test(formula.slice(i, j))) {
        sheet = formula.slice(i, j);
        start = j + 1;
      }
    }
    if (!WORD_CHAR.test(formula[start] ?? "") || (start === i && i > 0 && WORD_CHAR.test(formula[i - 1]!))) {
      tokens.push({ text: ch });
      i++;
      continue;
    }
    // A word (or number): up to the next non-word character.
    let end = start;
    while (end < n && WORD_CHAR.test(formula[end]!)) end++;
    // Numbers with an exponent (1E+5) are one token.
    if (/^\d+(\.\d*)?[eE]$/.test(formula.slice(start, end)) && /[+-]/.test(formula[end] ?? "")) {
      end++;
      while (end < n && /\d/.test(formula[end]!)) end++;
    }
    const word = formula.slice(start, end);
    const prefix = formula.slice(i, start);
    const first = formula[end] === "(" ? null : readEndpoint(word);
    // A range: first:second, both endpoints of the same kind family.
    let second: Endpoint | null = null;
    let rangeEnd = end;
    if (first && formula[end] === ":") {
      let k = end + 1;
      while (k < n && WORD_CHAR.test(formula[k]!)) k++;
      const other = readEndpoint(formula.slice(end + 1, k));
      const compatible =
        other &&
        (first.kind === "cell" ? other.kind === "cell" : other.kind === first.kind) &&
        formula[k] !== "(";
      if (compatible) {
        second = other;
        rangeEnd = k;
      }
    }
    // A lone column (`A`) or row (`3`) is not a reference: only as part of a range.
    if (!first || (first.kind !== "cell" && !second)) {
      tokens.push({ text: formula.slice(i, end) });
      i = end;
      continue;
    }
    const a = moveEndpoint(first, dr, dc);
    const b = second ? moveEndpoint(second, dr, dc) : a;
    if (!a || !b) {
      tokens.push({ text: "#REF!" });
    } else {
      tokens.push({
        text: (prefix === "" ? own : prefix) + endpointText(a) + (second ? `:${endpointText(b)}` : ""),
        reference: referenceOf(sheet ?? ownSheet, a, b),
      });
    }
    i = rangeEnd;
  }
  return tokens;
}

/** The formula as Excel evaluates it `dr` rows below and `dc` columns right of the cell it was written for. */
export function reanchorFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return scan(formula, dr, dc)
    .map((t) => t.text)
    .join("");
}

/**
 * The same, with every reference that names no sheet pointing at `sheet` (`$F3` → `'Orders'!$F4`), so the
 * formula can be evaluated from another sheet.
 */
export function reanchorOnSheet(formula: string, dr: number, dc: number, sheet: string): string {
  return scan(formula, dr, dc, sheet)
    .map((t) => t.text)
    .join("");
}

/** The cells and ranges a formula refers to (defined names are not resolved here). */
export function formulaReferences(formula: string): FormulaReference[] {
  return scan(formula, 0, 0).flatMap((t) => (t.reference ? [t.reference] : []));
}
