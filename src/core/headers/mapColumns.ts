import type { Field, PlatformId } from "../schema";
import { ALL_FIELDS } from "../schema";
import type { HeaderMatch } from "./matchHeader";
import { matchHeader } from "./matchHeader";

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
  headers.forEach((header, column) => {
    const best = matchHeader(header, platform)[0];
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
