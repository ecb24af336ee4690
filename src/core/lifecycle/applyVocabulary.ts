import { statusLabel } from "./statusLabel";
import { findStatus, getStage } from "./findStatus";
import { normalizeLookup } from "./normalizeLookup";
import type { StatusLabelMode } from "./statusLabel";
import type { Stage, Workflow } from "./workflow";

/** A status word of the team's sheet as the lead confirmed it: the status key it means, or null (leave it unknown). */
export interface ConfirmedWord {
  readonly value: string;
  readonly status: string | null;
}

/** How the team's words become part of the lifecycle. */
export interface VocabularyChoice {
  readonly words: readonly ConfirmedWord[];
  /** The language of the labels OrderFlow writes where the team has no word of its own. */
  readonly labels: StatusLabelMode;
  /** The lead asked to rewrite the team's cells to the standard labels: those labels come first. */
  readonly rewrite: boolean;
}

/** A confirmed word that already names another status of the workflow: it can not mean two things. */
export interface WordConflict {
  readonly value: string;
  readonly status: string;
  readonly other: string;
}

/**
 * The team's words a workflow can not take: a word confirmed as one status that already is the name or
 * accepted spelling of another (`已发货` confirmed as toProcess).
 */
export function vocabularyConflicts(workflow: Workflow, words: readonly ConfirmedWord[]): WordConflict[] {
  const conflicts: WordConflict[] = [];
  for (const word of words) {
    if (word.status === null) continue;
    const named = findStatus(workflow, word.value);
    if (named && named.key !== word.status)
      conflicts.push({ value: word.value, status: word.status, other: named.key });
  }
  return conflicts;
}

function uniqueWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = normalizeLookup(word);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The workflow with the team's confirmed words as each stage's spellings (the first one is what
 * OrderFlow writes and offers in the dropdown): the team's own word first; where the team has none, the
 * label in its language (`待处理` or `To process`; none for bilingual); on a rewrite, that label first and
 * the team's words after it, still accepted. Conflicting words (vocabularyConflicts) are left out.
 */
export function applyVocabulary(workflow: Workflow, choice: VocabularyChoice): Workflow {
  const conflicting = new Set(
    vocabularyConflicts(workflow, choice.words).map((c) => normalizeLookup(c.value)),
  );
  const stages = workflow.stages.map((stage): Stage => {
    const team = choice.words
      .filter((w) => w.status === stage.key && !conflicting.has(normalizeLookup(w.value)))
      .map((w) => w.value.trim());
    const label = choice.labels === "bilingual" ? [] : [stage.label[choice.labels]];
    const ordered = choice.rewrite || team.length === 0 ? [...label, ...team] : team;
    const spellings = uniqueWords([...ordered, ...(stage.spellings ?? [])]);
    const { spellings: _old, ...rest } = stage;
    return spellings.length > 0 ? { ...rest, spellings } : rest;
  });
  return { stages };
}

/** What OrderFlow writes into a status cell and offers first in the dropdown: the team's preferred word, else `待处理 To process`. */
export function preferredLabel(workflow: Workflow, key: string): string {
  const stage = getStage(workflow, key);
  if (!stage) return key;
  return stage.spellings?.[0] ?? statusLabel(stage, "bilingual");
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/u;

function languageOf(texts: readonly string[]): StatusLabelMode | null {
  let han = 0;
  let latin = 0;
  let both = 0;
  for (const text of texts) {
    const h = HAN.test(text);
    const l = LATIN.test(text);
    if (h && l) both += 1;
    else if (h) han += 1;
    else if (l) latin += 1;
  }
  if (han + latin + both === 0) return null;
  if (both >= han + latin) return "bilingual";
  if (latin === 0) return "zh-CN";
  if (han === 0) return "en-US";
  return null;
}

/**
 * The language a team writes its statuses in, from its status words (else its headers): Chinese,
 * English, or bilingual (`待处理 To process`) when the texts carry both or neither decides.
 */
export function detectLabelLanguage(
  statusWords: readonly string[],
  headers: readonly string[],
): StatusLabelMode {
  return languageOf(statusWords) ?? languageOf(headers) ?? "bilingual";
}
