import { cellText, isBlankCell, type Grid, type GridRow } from "../grid";
import { err, ok, type Result } from "../result";
import { normalizeColour } from "./contrastRatio";
import { parseTags, tagKey } from "./parseTags";
import { TAG_COLUMNS, tagColumnOf, type TagColumn } from "./tagColumns";
import type { TagDef } from "./tagDef";

/** What is wrong with a tags table; `row` is the sheet row (header row = `originRow`). */
export type TagProblem =
  | { readonly kind: "missingColumn"; readonly row: number; readonly column: TagColumn }
  | { readonly kind: "emptyName"; readonly row: number }
  | {
      readonly kind: "duplicateName";
      readonly row: number;
      readonly name: string;
      readonly value: string;
      readonly firstRow: number;
    }
  | {
      readonly kind: "badColour";
      readonly row: number;
      readonly name: string;
      readonly column: "fill" | "font";
      readonly value: string;
    }
  | { readonly kind: "invalidRank"; readonly row: number; readonly name: string; readonly value: string };

/** Colours for a tag row whose colour cells are blank: neutral grey, readable. */
export const DEFAULT_TAG_FILL = "#EEEEEE";
export const DEFAULT_TAG_FONT = "#1F1F1F";

function readRank(cell: GridRow[number] | undefined): number | null | "invalid" {
  if (isBlankCell(cell)) return null;
  const value = typeof cell === "number" ? cell : Number(cellText(cell).normalize("NFKC"));
  return Number.isInteger(value) && value >= 1 ? value : "invalid";
}

/**
 * Reads the tags table of the settings sheet (name | 中文 | English | 颜色 Fill | 字色 Font | 排序 Rank |
 * 别名 Aliases; columns found by title, only name required). Blank labels fall back to the name, blank
 * colours to neutral grey, a blank rank to after the ranked tags. Every problem is collected with its row.
 */
export function loadTags(grid: Grid, originRow = 1): Result<TagDef[], TagProblem[]> {
  const header = grid[0] ?? [];
  const columnIndex = new Map<TagColumn, number>();
  header.forEach((cell, index) => {
    const column = tagColumnOf(cellText(cell));
    if (column && !columnIndex.has(column)) columnIndex.set(column, index);
  });
  if (!columnIndex.has("name")) return err([{ kind: "missingColumn", row: originRow, column: "name" }]);
  const read = (row: GridRow, column: TagColumn): GridRow[number] | undefined => {
    const index = columnIndex.get(column);
    return index === undefined ? undefined : row[index];
  };

  const problems: TagProblem[] = [];
  const tags: (Omit<TagDef, "rank"> & { rank: number | null })[] = [];
  const names = new Map<string, number>();

  grid.slice(1).forEach((row, offset) => {
    const sheetRow = originRow + 1 + offset;
    if (TAG_COLUMNS.every((column) => isBlankCell(read(row, column)))) return;
    const name = cellText(read(row, "name")).normalize("NFKC").replace(/^#+/, "").trim();
    if (name === "") {
      problems.push({ kind: "emptyName", row: sheetRow });
      return;
    }
    const aliases = parseTags(read(row, "aliases") ?? null).filter((alias) => tagKey(alias) !== tagKey(name));
    for (const value of [name, ...aliases]) {
      const firstRow = names.get(tagKey(value));
      if (firstRow !== undefined) {
        problems.push({ kind: "duplicateName", row: sheetRow, name, value, firstRow });
      } else {
        names.set(tagKey(value), sheetRow);
      }
    }
    const colour = (column: "fill" | "font", fallback: string): string => {
      const text = cellText(read(row, column));
      if (text === "") return fallback;
      const normal = normalizeColour(text);
      if (normal === undefined)
        problems.push({ kind: "badColour", row: sheetRow, name, column, value: text });
      return normal ?? fallback;
    };
    const fill = colour("fill", DEFAULT_TAG_FILL);
    const font = colour("font", DEFAULT_TAG_FONT);
    const rank = readRank(read(row, "rank"));
    if (rank === "invalid") {
      problems.push({ kind: "invalidRank", row: sheetRow, name, value: cellText(read(row, "rank")) });
    }
    tags.push({
      name,
      aliases,
      label: { "zh-CN": cellText(read(row, "zh")) || name, "en-US": cellText(read(row, "en")) || name },
      fill,
      font,
      rank: rank === "invalid" ? null : rank,
    });
  });

  if (problems.length > 0) return err(problems);
  let nextRank = Math.max(0, ...tags.map((tag) => tag.rank ?? 0));
  return ok(
    tags.map((tag): TagDef => {
      if (tag.rank !== null) return { ...tag, rank: tag.rank };
      nextRank += 1;
      return { ...tag, rank: nextRank };
    }),
  );
}
