import type { Field, PlatformId } from "../schema";
import { ALL_FIELDS } from "../schema";
import { FIELD_SYNONYMS, NON_FIELD_HEADERS, PLATFORM_SYNONYMS } from "./fieldSynonyms";
import { normalizeHeader } from "./normalizeHeader";

/** One way a header could be read. Lower `rank` = earlier synonym = preferred among columns of one field. */
export interface HeaderMatch {
  readonly field: Field;
  readonly confidence: number;
  /** Position of the matched synonym in its list; platform synonyms rank negative. */
  readonly rank: number;
  /** Length of the matched synonym: a longer synonym is the more specific reading of one header. */
  readonly specificity: number;
}

/** Confidence of each way of matching, strongest first. */
export const MATCH_CONFIDENCE = {
  exact: 1,
  bilingualSame: 1,
  bilingualOneSide: 0.9,
  qualifierMoved: 0.9,
  qualifierDropped: 0.85,
  containsMax: 0.8,
  containsMin: 0.5,
} as const satisfies Record<string, number>;

/** Platform synonyms rank below every generic one (negative), keeping their own order. */
const PLATFORM_RANK_BASE = -1000;

interface Synonym {
  readonly field: Field;
  readonly rank: number;
  readonly text: string;
}

function indexSynonyms(
  table: Readonly<Partial<Record<Field, readonly string[]>>>,
  rankBase?: number,
): Map<string, Synonym[]> {
  const index = new Map<string, Synonym[]>();
  for (const field of ALL_FIELDS) {
    (table[field] ?? []).forEach((raw, position) => {
      const text = normalizeHeader(raw);
      const list = index.get(text) ?? [];
      if (!list.some((s) => s.field === field)) list.push({ field, rank: (rankBase ?? 0) + position, text });
      index.set(text, list);
    });
  }
  return index;
}

const GENERIC = indexSynonyms(FIELD_SYNONYMS);
const BY_PLATFORM = new Map<PlatformId, Map<string, Synonym[]>>(
  Object.entries(PLATFORM_SYNONYMS).map(([platform, table]) => [
    platform as PlatformId,
    indexSynonyms(table, PLATFORM_RANK_BASE),
  ]),
);
const NON_FIELDS: ReadonlySet<string> = new Set(NON_FIELD_HEADERS.map(normalizeHeader));

/**
 * Synonyms specific enough to be found inside a longer header without matching by accident: Chinese of
 * 3+ characters (`状态` in `订单状态` is no match), Latin of two or more words (`status` in
 * `Authenticity Verification Status` is none; `tracking number` in `Tracking Number 2` is).
 */
const CONTAINABLE: readonly Synonym[] = [...GENERIC.values()]
  .flat()
  .filter((s) =>
    /\p{Script=Han}/u.test(s.text)
      ? s.text.length >= 3
      : /[a-z0-9][ -][a-z0-9]/u.test(s.text) && s.text.length >= 6,
  );

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/u;

function exact(header: string, platform: PlatformId | undefined, confidence: number): HeaderMatch[] {
  const own = platform === undefined ? undefined : BY_PLATFORM.get(platform)?.get(header);
  const generic = GENERIC.get(header) ?? [];
  const found = [...(own ?? []), ...generic.filter((g) => !(own ?? []).some((o) => o.field === g.field))];
  return found.map((s) => ({ field: s.field, confidence, rank: s.rank, specificity: s.text.length }));
}

/** `状态 Status`, `订单号 Order ID`: a Chinese and an English half separated by a space. */
function bilingual(header: string, platform: PlatformId | undefined): HeaderMatch[] {
  const zhFirst = /^([^a-z]*\p{Script=Han}[^a-z]*?) ([a-z][^\p{Script=Han}]*)$/u.exec(header);
  const enFirst = /^([a-z][^\p{Script=Han}]*?) ([^a-z]*\p{Script=Han}[^a-z]*)$/u.exec(header);
  const halves = zhFirst ?? enFirst;
  if (!halves?.[1] || !halves[2]) return [];
  const left = exact(halves[1], platform, MATCH_CONFIDENCE.bilingualOneSide);
  const right = exact(halves[2], platform, MATCH_CONFIDENCE.bilingualOneSide);
  const same = left.filter((l) => right.some((r) => r.field === l.field));
  if (same.length > 0)
    return same.map((m) => ({
      ...m,
      confidence: MATCH_CONFIDENCE.bilingualSame,
      specificity: header.length,
    }));
  return [...left, ...right];
}

/** `备注(买家)` → `买家备注`, `Phone (Billing)` → `billing phone`, `订单号(必填)` → `订单号`. */
function qualified(header: string, platform: PlatformId | undefined): HeaderMatch[] {
  const m = /^(.*?)\(([^()]*)\)(.*)$/u.exec(header);
  if (!m) return [];
  const outer = `${m[1] ?? ""}${m[3] ?? ""}`.trim();
  const inner = (m[2] ?? "").trim();
  if (outer === "" || NON_FIELDS.has(outer)) return [];
  const moved = HAN.test(outer) ? `${inner}${outer}` : `${inner} ${outer}`;
  return [
    ...exact(moved, platform, MATCH_CONFIDENCE.qualifierMoved),
    ...exact(outer, platform, MATCH_CONFIDENCE.qualifierDropped),
  ];
}

function containsAt(header: string, synonym: string): boolean {
  let from = header.indexOf(synonym);
  while (from >= 0) {
    // Latin synonyms must sit on word edges: `status` inside `substatus` is no match.
    const before = header[from - 1] ?? " ";
    const after = header[from + synonym.length] ?? " ";
    if (HAN.test(synonym) || (!/[a-z0-9]/u.test(before) && !/[a-z0-9]/u.test(after))) return true;
    from = header.indexOf(synonym, from + 1);
  }
  return false;
}

function contained(header: string): HeaderMatch[] {
  const best = new Map<Field, HeaderMatch>();
  for (const synonym of CONTAINABLE) {
    if (synonym.text === header || !containsAt(header, synonym.text)) continue;
    const span = MATCH_CONFIDENCE.containsMax - MATCH_CONFIDENCE.containsMin;
    const confidence = MATCH_CONFIDENCE.containsMin + span * (synonym.text.length / header.length);
    const match = { field: synonym.field, confidence, rank: synonym.rank, specificity: synonym.text.length };
    const known = best.get(synonym.field);
    if (!known || compareMatches(match, known) < 0) best.set(synonym.field, match);
  }
  return [...best.values()];
}

/** Order of preference between two readings of one header: confidence, then the more specific synonym, then rank. */
export function compareMatches(a: HeaderMatch, b: HeaderMatch): number {
  return (
    b.confidence - a.confidence ||
    Number(b.rank < 0) - Number(a.rank < 0) ||
    b.specificity - a.specificity ||
    a.rank - b.rank ||
    ALL_FIELDS.indexOf(a.field) - ALL_FIELDS.indexOf(b.field)
  );
}

const NO_MATCH: readonly HeaderMatch[] = [];

/**
 * Every field a header text could name, best first (exact synonym 1; bilingual, qualified and
 * contains matches lower); empty for blank headers and known non-field headers such as `订单来源`.
 */
export function matchHeader(text: string, platform?: PlatformId): readonly HeaderMatch[] {
  const header = normalizeHeader(text);
  if (header === "" || NON_FIELDS.has(header)) return NO_MATCH;
  const direct = exact(header, platform, MATCH_CONFIDENCE.exact);
  if (direct.length > 0) return direct.sort(compareMatches);
  const mixed = HAN.test(header) && LATIN.test(header) ? bilingual(header, platform) : [];
  const all = [...mixed, ...qualified(header, platform), ...contained(header)];
  const best = new Map<Field, HeaderMatch>();
  for (const match of all) {
    const known = best.get(match.field);
    if (!known || compareMatches(match, known) < 0) best.set(match.field, match);
  }
  return [...best.values()].sort(compareMatches);
}
