import type { Message, MessageParams } from "../../core/i18n/translate";
import { bilingual, fillTemplate } from "../../core/i18n/translate";
import type { ManifestMessageId } from "./messages";
import { manifestMessages } from "./messages";

/** Every kind of problem the offline validator reports (the command's own lines excluded). */
export type ManifestProblemKind = Exclude<ManifestMessageId, `command${string}`>;

/** One problem in a manifest: what, where (element path and 1-based line when known), in both languages. */
export interface ManifestProblem {
  readonly kind: ManifestProblemKind;
  readonly where: string;
  readonly line: number | undefined;
  readonly params: MessageParams;
  /** The filled message in zh-CN and en-US. */
  readonly message: Message;
}

/** Builds a problem with its message filled in both languages. */
export function manifestProblem(
  kind: ManifestProblemKind,
  where: string,
  line: number | undefined,
  params: MessageParams = {},
): ManifestProblem {
  const template = manifestMessages[kind];
  return {
    kind,
    where,
    line,
    params,
    message: {
      "zh-CN": fillTemplate(template["zh-CN"], params),
      "en-US": fillTemplate(template["en-US"], params),
    },
  };
}

/** One line for a terminal: place, then the message in both languages (Chinese first). */
export function describeManifestProblem(problem: ManifestProblem): string {
  const place = problem.line === undefined ? problem.where : `line ${problem.line} ${problem.where}`;
  return `${place}: ${bilingual(problem.message)}`;
}
