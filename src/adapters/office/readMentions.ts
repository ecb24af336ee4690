import type { CommentThread, MentionedPerson, MentionsRead } from "../../core/notify";
import { findMentions, mentionsPerson } from "../../core/notify";
import type { PortError } from "../../core/port";
import type { Result } from "../../core/result";
import { ok } from "../../core/result";
import { addressToArea } from "./a1";
import { isApiSupported } from "./requirements";
import { runExcel } from "./runExcel";

/**
 * The unresolved comment threads that @mention the person, for My day. Mentions and `resolved` need
 * ExcelApi 1.11 (https://learn.microsoft.com/javascript/api/excel/excel.comment#excel-excel-comment-mentions-member);
 * below it the answer is "not supported", never an error. Comments are a workbook collection, so the
 * cost follows the number of threads, never the sheet's rows: one sync for every thread's state and
 * mentions, one for the cells and replies of the unresolved ones.
 */
export async function readMentions(person: MentionedPerson): Promise<Result<MentionsRead, PortError>> {
  if (!isApiSupported("1.11")) return ok({ supported: false });
  return runExcel(async (context) => {
    const comments = context.workbook.comments;
    comments.load("items/resolved,items/mentions");
    await context.sync();
    const open = comments.items
      .filter((c) => !c.resolved)
      .map((comment) => {
        const cell = comment.getLocation();
        cell.load("address");
        // A reply's mentions count too; read them only where the thread's first comment does not decide.
        const mentionedFirst = (comment.mentions ?? []).some((m) => mentionsPerson(m, person));
        if (!mentionedFirst) comment.replies.load("items/mentions");
        return { comment, cell, mentionedFirst };
      });
    if (open.length > 0) await context.sync();
    const threads: CommentThread[] = open.map(({ comment, cell, mentionedFirst }) => {
      const area = addressToArea(cell.address);
      return {
        sheet: area.sheet ?? "",
        row: area.row + 1,
        resolved: false,
        mentions: mentionedFirst
          ? (comment.mentions ?? [])
          : [...(comment.mentions ?? []), ...comment.replies.items.flatMap((r) => r.mentions ?? [])],
      };
    });
    return { supported: true as const, threads: findMentions(threads, person) };
  });
}
