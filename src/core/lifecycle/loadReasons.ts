import { cellText, type Grid } from "../grid";
import { deriveKey } from "./deriveKey";
import { normalizeLookup } from "./normalizeLookup";
import { DEFAULT_PROBLEM_REASONS, type ProblemReason } from "./problemReasons";

// A header names a column when it contains one of these words (the lead may shorten or translate titles).
const COLUMN_WORDS = {
  key: ["key", "键"],
  zh: ["中文", "chinese"],
  en: ["english", "英文"],
} as const;

/**
 * The problem reasons table of the settings sheet (header row first: 键 Key | 中文 | English, found by
 * title, else in that order). The key column is OrderFlow's (hidden): a row the lead added without a key
 * gets one from its names (`deriveKey`); a row with a key and no names is named by its key; blank rows are
 * skipped.
 */
export function loadReasons(grid: Grid): ProblemReason[] {
  const header = (grid[0] ?? []).map((cell) => normalizeLookup(cellText(cell)));
  const find = (column: keyof typeof COLUMN_WORDS): number =>
    header.findIndex((title) => COLUMN_WORDS[column].some((word) => title.includes(word)));
  const found = { key: find("key"), zh: find("zh"), en: find("en") };
  const columns = found.zh < 0 && found.en < 0 ? { key: 0, zh: 1, en: 2 } : found;
  const read = (row: Grid[number], index: number): string => (index < 0 ? "" : cellText(row[index]));
  const rows = grid.slice(1).map((row) => ({
    key: read(row, columns.key),
    zh: read(row, columns.zh),
    en: read(row, columns.en),
  }));
  const taken = new Set(rows.map((row) => normalizeLookup(row.key)));
  const reasons: ProblemReason[] = [];
  for (const row of rows) {
    let key = row.key;
    if (key === "") {
      key = deriveKey(row.en, row.zh, taken, DEFAULT_PROBLEM_REASONS);
      if (key === "") continue;
      taken.add(normalizeLookup(key));
    }
    reasons.push({ key, label: { "zh-CN": row.zh || row.en || key, "en-US": row.en || row.zh || key } });
  }
  return reasons;
}
