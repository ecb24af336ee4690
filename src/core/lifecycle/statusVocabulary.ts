import type { CellValue, Grid } from "../grid";
import { cellText } from "../grid";
import type { PlatformId } from "../schema";
import { parseDateTime } from "../values";
import type { DefaultReasonKey, StatusProposal } from "./proposeStatus";
import { proposeStatus } from "./proposeStatus";
import type { DefaultStatusKey } from "./defaultWorkflow";
import type { Workflow } from "./workflow";

/** One distinct text of a status column: how many rows hold it and what it is proposed to mean. */
export interface StatusWord {
  /** The text, trimmed. */
  readonly value: string;
  readonly count: number;
  readonly status: DefaultStatusKey | null;
  readonly reason: DefaultReasonKey | null;
  readonly source: StatusProposal["source"];
}

/** Why a status column can not be read as the team's status words. */
export type VocabularyIssue =
  | { readonly kind: "emptyColumn" }
  /** Most cells are dates or numbers: this is no status column. */
  | { readonly kind: "notStatuses"; readonly rows: number }
  /** More distinct texts than a person can confirm one by one: free text, not a status vocabulary. */
  | { readonly kind: "tooMany"; readonly distinct: number };

export interface StatusVocabulary {
  readonly words: readonly StatusWord[];
  readonly issue: VocabularyIssue | null;
}

/** More distinct values than this is free text rather than a vocabulary (a team's statuses are a dozen or two). */
export const MAX_VOCABULARY = 60;

/**
 * The distinct trimmed texts of a status column over the data rows, most frequent first (ties in sheet
 * order), each with its proposed lifecycle status and problem reason. Reports an empty column, a column
 * of dates or numbers, or one with more than MAX_VOCABULARY distinct texts (the words are still listed).
 */
export function statusVocabulary(input: {
  readonly grid: Grid;
  readonly dataRows: readonly number[];
  readonly column: number;
  readonly workflow: Workflow;
  readonly platform?: PlatformId;
}): StatusVocabulary {
  // Work per distinct text, not per row: a million rows hold a few dozen words.
  const counts = new Map<string, { count: number; cell: CellValue }>();
  let filled = 0;
  for (const index of input.dataRows) {
    const cell = input.grid[index]?.[input.column] ?? null;
    const text = cellText(cell);
    if (text === "") continue;
    filled += 1;
    const known = counts.get(text);
    if (known) known.count += 1;
    else counts.set(text, { count: 1, cell });
  }
  let dateLike = 0;
  for (const { count, cell } of counts.values()) {
    if (typeof cell === "number" || parseDateTime(cell, { utcOffsetMinutes: 0 }).kind === "ok")
      dateLike += count;
  }
  if (filled === 0) return { words: [], issue: { kind: "emptyColumn" } };
  const dates = dateLike * 2 > filled;
  const words = [...counts.entries()]
    .map(([value, { count }], order) => ({ value, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ value, count }): StatusWord => {
      const proposal = dates
        ? { status: null, reason: null, source: null }
        : proposeStatus(value, input.workflow, input.platform);
      return { value, count, ...proposal };
    });
  if (dates) return { words, issue: { kind: "notStatuses", rows: dateLike } };
  if (words.length > MAX_VOCABULARY) return { words, issue: { kind: "tooMany", distinct: words.length } };
  return { words, issue: null };
}
