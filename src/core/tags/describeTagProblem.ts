import type { Message, MessageParams } from "../i18n/translate";
import { exhaustiveSwitchError } from "../result";
import type { TagProblem } from "./loadTags";
import { tagsMessages } from "./messages";
import { TAG_COLUMN_TITLES } from "./tagColumns";

/** A tags-table problem as a message and its params for `translate`. */
export function describeTagProblem(problem: TagProblem): {
  readonly message: Message;
  readonly params: MessageParams;
} {
  switch (problem.kind) {
    case "missingColumn":
      return {
        message: tagsMessages["tags.problem.missingColumn"],
        params: { column: TAG_COLUMN_TITLES[problem.column] },
      };
    case "emptyName":
      return { message: tagsMessages["tags.problem.emptyName"], params: { row: problem.row } };
    case "duplicateName":
      return {
        message: tagsMessages["tags.problem.duplicateName"],
        params: { row: problem.row, name: problem.name, value: problem.value, firstRow: problem.firstRow },
      };
    case "badColour":
    case "invalidRank":
      return {
        message: tagsMessages[`tags.problem.${problem.kind}`],
        params: { row: problem.row, name: problem.name, value: problem.value },
      };
    default:
      return exhaustiveSwitchError(problem);
  }
}
