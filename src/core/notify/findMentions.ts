/** Someone an @mention can name: the person picked in the pane, with the e-mail the team table gives. */
export interface MentionedPerson {
  readonly name: string;
  /** From the team table; "" or absent when unknown (then the name alone decides). */
  readonly email?: string;
}

/** One comment thread as read from the workbook: where it is, whether resolved, whom it mentions. */
export interface CommentThread {
  readonly sheet: string;
  /** 1-based sheet row of the thread's cell. */
  readonly row: number;
  readonly resolved: boolean;
  /** The mentions of the thread's first comment and of every reply. */
  readonly mentions: readonly { readonly name: string; readonly email: string }[];
}

/** What the pane learns about a person's mentions: the host can not say, or the threads that mention them. */
export type MentionsRead =
  | { readonly supported: false }
  | {
      readonly supported: true;
      /** Unresolved threads that mention the person: sheet and 1-based row of each. */
      readonly threads: readonly { readonly sheet: string; readonly row: number }[];
    };

/** Two names (of a person, an e-mail, a sheet) that are the same one: case and surrounding spaces do not count. */
export const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A mention names the person when its e-mail is theirs, or (no e-mail known) its name is theirs. */
export function mentionsPerson(
  mention: { readonly name: string; readonly email: string },
  person: MentionedPerson,
): boolean {
  const email = person.email?.trim() ?? "";
  if (email !== "" && mention.email.trim() !== "") return sameName(mention.email, email);
  return person.name.trim() !== "" && sameName(mention.name, person.name);
}

/** The unresolved threads that mention the person (a resolved thread is dealt with). */
export function findMentions(
  threads: readonly CommentThread[],
  person: MentionedPerson,
): { sheet: string; row: number }[] {
  return threads
    .filter((t) => !t.resolved && t.mentions.some((m) => mentionsPerson(m, person)))
    .map((t) => ({ sheet: t.sheet, row: t.row }));
}

/**
 * The rows of the order sheet that hold a thread mentioning the person, each once (several threads
 * on one order's row are one order to look at).
 */
export function mentionedRows(read: MentionsRead, sheetName: string): ReadonlySet<number> {
  if (!read.supported) return new Set();
  return new Set(read.threads.filter((t) => sameName(t.sheet, sheetName)).map((t) => t.row));
}
