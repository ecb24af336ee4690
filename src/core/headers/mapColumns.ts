import type { Field, PlatformId } from "../schema";
import { ALL_FIELDS } from "../schema";
import { ID_OR_TRACKING_HEADERS } from "./fieldSynonyms";
import type { HeaderMatch } from "./matchHeader";
import { matchHeader } from "./matchHeader";
import { normalizeHeader } from "./normalizeHeader";

export interface ColumnMatch {
  readonly field: Field;
  readonly column: number;
  /** Trimmed header text as written in the file. */
  readonly header: string;
  /** 0..1: exact synonym 1, bilingual/qualified 0.85-0.9, contains-match 0.5-0.8. */
  readonly confidence: number;
}

export interface Ambiguity {
  readonly field: Field;
  readonly candidates: readonly {
    readonly column: number;
    readonly header: string;
    readonly confidence: number;
  }[];
}

export interface ColumnMapping {
  readonly columns: readonly ColumnMatch[];
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  readonly ambiguities: readonly Ambiguity[];
}

/** How sure a reading decided by the neighbouring columns is: below any synonym match, above a guess. */
export const CONTEXT_CONFIDENCE = 0.7;

const ID_OR_TRACKING: ReadonlySet<string> = new Set(ID_OR_TRACKING_HEADERS.map(normalizeHeader));

/**
 * Reads a bare `单号` / `No.` by its neighbours: beside a carrier column it is the parcel's tracking
 * number; in a sheet with no other order id column it is the order id; otherwise it stays unmapped
 * (two equally plausible readings are never guessed between).
 */
function contextMatch(
  header: string,
  column: number,
  best: readonly (HeaderMatch | undefined)[],
): HeaderMatch | undefined {
  if (!ID_OR_TRACKING.has(normalizeHeader(header))) return undefined;
  const read = (field: Field): HeaderMatch => ({
    field,
    confidence: CONTEXT_CONFIDENCE,
    rank: 0,
    specificity: header.length,
  });
  const neighbours = [best[column - 1], best[column + 1]];
  if (neighbours.some((m) => m?.field === "carrier")) return read("tracking");
  const hasOrderId = best.some((m) => m?.field === "orderId");
  const hasTracking = best.some((m) => m?.field === "tracking");
  if (!hasOrderId) return read("orderId");
  if (!hasTracking && best.some((m) => m?.field === "carrier")) return read("tracking");
  return undefined;
}

interface Claim {
  readonly column: number;
  readonly header: string;
  readonly match: HeaderMatch;
}

/**
 * Maps header texts to fields: each column claims only its best reading, each field takes its best
 * claiming column; two equally good claims (same confidence, same synonym rank) become an Ambiguity.
 */
export function mapColumns(headers: readonly string[], platform?: PlatformId): ColumnMapping {
  const claims = new Map<Field, Claim[]>();
  const bestOf = headers.map((header) => matchHeader(header, platform)[0]);
  headers.forEach((header, column) => {
    const best = bestOf[column] ?? contextMatch(header, column, bestOf);
    if (!best) return;
    claims.set(best.field, [...(claims.get(best.field) ?? []), { column, header, match: best }]);
  });
  const columns: ColumnMatch[] = [];
  const ambiguities: Ambiguity[] = [];
  const mapping: Partial<Record<Field, number>> = {};
  for (const field of ALL_FIELDS) {
    // Between columns of one field the synonym's rank decides, not its length: `商家编码` beats `外部系统编号`.
    const ranked = (claims.get(field) ?? []).sort(
      (a, b) => b.match.confidence - a.match.confidence || a.match.rank - b.match.rank || a.column - b.column,
    );
    const [first, second] = ranked;
    if (!first) continue;
    const tied = (c: Claim) =>
      c.match.confidence === first.match.confidence && c.match.rank === first.match.rank;
    if (second && tied(second)) {
      ambiguities.push({
        field,
        candidates: ranked
          .filter(tied)
          .map((c) => ({ column: c.column, header: c.header, confidence: c.match.confidence })),
      });
      continue;
    }
    columns.push({ field, column: first.column, header: first.header, confidence: first.match.confidence });
    mapping[field] = first.column;
  }
  columns.sort((a, b) => a.column - b.column);
  return { columns, mapping, ambiguities };
}
