import { normalizeLookup } from "./normalizeLookup";
import type { Stage, Workflow } from "./workflow";

/**
 * Every text a stage answers to: key, Chinese and English labels, the bilingual forms and the team's
 * own spellings. Everything that reads or matches a status (checks, lanes, highlight rules, lists)
 * goes through this one list.
 */
export function stageNames(stage: Stage): string[] {
  const zh = stage.label["zh-CN"];
  const en = stage.label["en-US"];
  return [stage.key, zh, en, `${zh} ${en}`, `${zh}/${en}`, `${zh} / ${en}`, ...(stage.spellings ?? [])];
}

// Rules check up to a million rows against one workflow: build each workflow's lookup once.
const indexes = new WeakMap<Workflow, ReadonlyMap<string, Stage>>();

function indexOf(wf: Workflow): ReadonlyMap<string, Stage> {
  const cached = indexes.get(wf);
  if (cached) return cached;
  const index = new Map<string, Stage>();
  // Keys first, so a key always wins over another stage's label.
  for (const stage of wf.stages) {
    const key = normalizeLookup(stage.key);
    if (!index.has(key)) index.set(key, stage);
  }
  for (const stage of wf.stages) {
    for (const name of stageNames(stage)) {
      const normal = normalizeLookup(name);
      if (!index.has(normal)) index.set(normal, stage);
    }
  }
  indexes.set(wf, index);
  return index;
}

/** The stage with exactly this key, or undefined. */
export function getStage(wf: Workflow, key: string): Stage | undefined {
  return wf.stages.find((stage) => stage.key === key);
}

/**
 * The stage a cell's text names: its key, Chinese or English label, or `待处理 To process`;
 * trimmed, case-insensitive, full-width tolerant (NFKC). Undefined when none fits.
 */
export function findStatus(wf: Workflow, text: string): Stage | undefined {
  const wanted = normalizeLookup(text);
  if (wanted === "") return undefined;
  return indexOf(wf).get(wanted);
}
