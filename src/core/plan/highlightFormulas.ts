import type { Stage, Workflow } from "../lifecycle";
import { findStatus, normalizeLookup, stageNames } from "../lifecycle";
import { parseTags, tagKey } from "../tags";
import type { TagDef } from "../tags";

/*
 * Formula pieces for the highlight rules. They must mean in Excel and in LibreOffice what the core means:
 * a tag cell is split into whole tags (parseTags), a status cell names a stage by any of its names
 * (findStatus). Only functions both engines have and that work in a conditional format: SUBSTITUTE,
 * LOWER, TRIM, FIND (no wildcards, unlike SEARCH/MATCH/COUNTIF), SUMPRODUCT over an array constant (an
 * array in both engines without Ctrl+Shift+Enter), CHAR for control characters. No structured or
 * cross-sheet references (Excel refuses both in conditional formats), so a rule stands on its own.
 * Excel's limits: 8,192 characters a formula, 64 nested functions, 255 characters a text constant
 * (MS-OI29500 2.1.1085, https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf;
 * "Excel specifications and limits"). `SUMPRODUCT(--ISNUMBER(FIND({…},cell)))>0` is the usual
 * "contains one of many" conditional-format formula, with FIND for no wildcards.
 *
 * Known edges where the core reads more than the formulas: white space other than tab, line feed,
 * carriage return, no-break and ideographic space (NFKC folds em spaces and the like), full-width letters
 * in a status cell (only tags fold them), and NFKC forms other than U+FF01–FF5E in a tag (circled digits).
 * tests/realEngine holds the formulas to the core on everything else, row by row, in LibreOffice.
 */

/** Excel's length limit for one formula. */
export const FORMULA_MAX_LENGTH = 8192;
/** Excel refuses more than 64 nested functions; the tag rule spends 5 levels around its SUBSTITUTE chain. */
const MAX_SUBSTITUTES = 50;
/** Excel's limit for one text constant. */
const MAX_TEXT_CONSTANT = 255;

/** A text constant in a formula (`"` doubled). */
function textConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `{"a","b"}`: an array constant of texts. */
function arrayConstant(texts: readonly string[]): string {
  return `{${texts.map(textConstant).join(",")}}`;
}

/** Nests SUBSTITUTE(…, from, to) around `inner` for each pair (expressions, already quoted). */
function substituteAll(inner: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((text, [from, to]) => `SUBSTITUTE(${text},${from},${to})`, inner);
}

// White space the core's `\s` (after NFKC) splits or trims on that a sheet realistically holds.
const SPACES: readonly string[] = ["CHAR(9)", "CHAR(10)", "CHAR(13)", '"\u00A0"', '"\u3000"'];
// The tag separators of parseTags; `，` and `；` are also what NFKC makes of `,` `;` typed full-width.
const TAG_SEPARATORS: readonly string[] = ['","', '"，"', '"、"', '";"', '"；"', ...SPACES];

/** The full-width form (U+FF01–FF5E) of a printable ASCII character, as NFKC folds it back. */
function fullWidth(char: string): string {
  return String.fromCharCode(char.charCodeAt(0) + 0xfee0);
}

/** SUBSTITUTE pairs that make the full-width forms of `chars` (any case) what NFKC + lower case make them. */
function widthPairs(chars: Iterable<string>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const char of chars) {
    if (char < "!" || char > "~") continue;
    pairs.push([textConstant(fullWidth(char)), textConstant(char)]);
    const upper = char.toUpperCase();
    if (upper !== char) pairs.push([textConstant(fullWidth(upper)), textConstant(char)]);
  }
  return pairs;
}

/** The printable ASCII characters of a word that have a full-width form to fold. */
function foldable(word: string): Set<string> {
  return new Set([...word].filter((char) => char >= "!" && char <= "~"));
}

/**
 * The words a tag rule must find as whole tags: the name and aliases as the core compares them
 * (`tagKey`: NFKC, lower case, no `#`), leaving out any a tags cell can never hold as one tag (a name
 * with a space or comma is split by parseTags, so the core never reads it as that tag).
 */
export function tagWords(tag: TagDef): string[] {
  const words: string[] = [];
  for (const word of [tag.name, ...tag.aliases]) {
    const pieces = parseTags(word);
    const key = tagKey(word);
    if (pieces.length !== 1 || tagKey(pieces[0] ?? "") !== key || key === "") continue;
    if (key.length + 2 > MAX_TEXT_CONSTANT || words.includes(key)) continue;
    words.push(key);
  }
  return words;
}

/**
 * Conditions, each true when the tags cell holds one of `words` as a whole tag, case- and
 * width-insensitively and without wildcards: the cell, between spaces, has its separators turned into
 * spaces, `#` in front of a tag dropped, full-width letters folded, lower case; then FIND looks for
 * ` word `. One condition normally; more when the words need more folding than one formula can nest.
 */
export function tagCellHas(cell: string, words: readonly string[]): string[] {
  const groups: { words: string[]; chars: Set<string> }[] = [];
  for (const word of words) {
    const last = groups[groups.length - 1];
    const chars = new Set([...(last?.chars ?? []), ...foldable(word)]);
    if (last && budgetOf(chars) <= MAX_SUBSTITUTES) {
      last.words.push(word);
      last.chars = chars;
    } else {
      groups.push({ words: [word], chars: foldable(word) });
    }
  }
  return groups.map(({ words: group, chars }) => {
    const fold = widthPairs(["#", ...chars]).slice(0, MAX_SUBSTITUTES - FIXED_SUBSTITUTES);
    const separated = substituteAll(`" "&${cell}`, [
      ...fold,
      ...TAG_SEPARATORS.map((separator): [string, string] => [separator, '" "']),
      // Twice: `##加急` is 加急 too.
      ['" #"', '" "'],
      ['" #"', '" "'],
    ]);
    const text = `" "&LOWER(${separated})&" "`;
    const found = arrayConstant(group.map((word) => ` ${word} `));
    return `SUMPRODUCT(--ISNUMBER(FIND(${found},${text})))>0`;
  });
}

// `#`'s full-width form, the separators and the two `#` passes.
const FIXED_SUBSTITUTES = 1 + TAG_SEPARATORS.length + 2;

function budgetOf(chars: ReadonlySet<string>): number {
  return FIXED_SUBSTITUTES + widthPairs(chars).length;
}

/** Every name of the stages, as `normalizeLookup` makes them (what findStatus compares), once each. */
function stageSpellings(stages: readonly Stage[]): string[] {
  const names = new Set<string>();
  for (const stage of stages)
    for (const name of stageNames(stage)) {
      const normal = normalizeLookup(name);
      if (normal !== "" && normal.length <= MAX_TEXT_CONSTANT) names.add(normal);
    }
  return [...names];
}

/**
 * A condition true when the status cell names one of `stages`, as findStatus reads it: white space
 * (tabs, line breaks, no-break and ideographic spaces) folded and collapsed, trimmed, lower case, then
 * compared with `=` to every accepted spelling (no wildcards, unlike MATCH). The same text may name
 * another stage first for findStatus (a key wins over another stage's label): such spellings are left
 * out, so the rule and the core agree.
 */
export function statusCellIs(cell: string, workflow: Workflow, stages: readonly Stage[]): string | null {
  const wanted = new Set(stages);
  const spellings = stageSpellings(stages).filter((name) => {
    const owner = findStatus(workflow, name);
    return owner !== undefined && wanted.has(owner);
  });
  if (spellings.length === 0) return null;
  const text = `LOWER(TRIM(${substituteAll(
    cell,
    SPACES.map((space): [string, string] => [space, '" "']),
  )}))`;
  return `SUMPRODUCT(--(${text}=${arrayConstant(spellings)}))>0`;
}

/** A condition true when the cell holds more than white space (as cellText, which trims, reads it). */
export function cellHasText(cell: string): string {
  return `LEN(TRIM(${substituteAll(
    cell,
    SPACES.map((space): [string, string] => [space, '" "']),
  )}))>0`;
}
