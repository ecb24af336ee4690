// Field accuracy of header recognition over tests/fixtures/team-sheets/ (run: npx tsx tests/tools/measureTeamSheets.ts).
// Accuracy = columns mapped to an expected field / columns a person would map.
import * as path from "node:path";
import { readSpreadsheet } from "../../src/adapters/file";
import { detectHeader } from "../../src/core/headers";
import type { Field } from "../../src/core/schema";
import type { ExpectedSheet } from "../fixtures/team-sheets/expectedMappings";
import { TEAM_SHEETS } from "../fixtures/team-sheets/expectedMappings";

export interface SheetScore {
  readonly file: string;
  readonly headerRow: number | null;
  readonly correct: number;
  readonly expected: number;
  /** Columns a person would leave unmapped that got a field. */
  readonly extra: number;
  /** `header: got → wanted` for every miss. */
  readonly misses: readonly string[];
}

export async function scoreSheet(sheet: ExpectedSheet): Promise<SheetScore> {
  const read = await readSpreadsheet(path.join(__dirname, "../fixtures/team-sheets", sheet.file));
  if (!read.ok) throw new Error(`${sheet.file}: ${read.error.kind}`);
  const grid = read.value.sheets[0]?.grid ?? [];
  const detection = detectHeader(grid);
  const fieldAt = new Map<number, Field>();
  if (detection.ok) for (const c of detection.value.columns) fieldAt.set(c.column, c.field);
  let correct = 0;
  let expected = 0;
  let extra = 0;
  const misses: string[] = [];
  sheet.columns.forEach(([header, want], column) => {
    const got = fieldAt.get(column);
    if (want === null) {
      if (got !== undefined) {
        extra += 1;
        misses.push(`${header}: ${got} → (none)`);
      }
      return;
    }
    expected += 1;
    const wanted: readonly Field[] = typeof want === "string" ? [want] : want;
    if (got !== undefined && wanted.includes(got)) correct += 1;
    else misses.push(`${header}: ${got ?? "(none)"} → ${wanted.join("|")}`);
  });
  return {
    file: sheet.file,
    headerRow: detection.ok ? detection.value.headerRow + 1 : null,
    correct,
    expected,
    extra,
    misses,
  };
}

export async function scoreTeamSheets(): Promise<{ scores: SheetScore[]; accuracy: number }> {
  const scores = await Promise.all(TEAM_SHEETS.map(scoreSheet));
  const correct = scores.reduce((n, s) => n + s.correct, 0);
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  return { scores, accuracy: correct / expected };
}

if (require.main === module) {
  void scoreTeamSheets().then(({ scores, accuracy }) => {
    for (const s of scores) {
      console.log(
        `${s.file}: ${s.correct}/${s.expected} (header row ${s.headerRow ?? "none"}, extra ${s.extra})`,
      );
      for (const miss of s.misses) console.log(`    ${miss}`);
    }
    const correct = scores.reduce((n, s) => n + s.correct, 0);
    const expected = scores.reduce((n, s) => n + s.expected, 0);
    console.log(`field accuracy: ${correct}/${expected} = ${(accuracy * 100).toFixed(1)}%`);
  });
}
