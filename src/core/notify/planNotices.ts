import type { Message } from "../i18n/translate";
import { translate } from "../i18n/translate";
import type { TeamMember } from "../plan/team";
import type { Locale } from "../schema";
import { partsFromSerial } from "../values";
import { sameName } from "./findMentions";
import { NOTICE_MESSAGES } from "./messages";
import type { NoticeLedger } from "./noticeLedger";
import type {
  MentionContent,
  NoticeChange,
  NoticeOrder,
  NoticePlan,
  PlannedNotice,
  Recipient,
  SkippedNotice,
} from "./types";

export interface NoticeContext {
  readonly team: readonly TeamMember[];
  /** The team's language (the notification setting carries it). */
  readonly locale: Locale;
  readonly ledger: NoticeLedger;
}

/** `12-01 14:00`: short, and the same in both languages. */
export function formatDue(serial: number): string {
  const p = partsFromSerial(serial);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** Names in a comment's rich content are text: `<`, `>`, `&` and quotes are escaped. */
function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The comment's plain text and its rich content with one `<at id="i">` per recipient. */
function content(
  recipients: readonly Recipient[],
  message: Message,
  params: Record<string, string>,
  locale: Locale,
): { text: string; content: MentionContent } {
  const plainTo = recipients.map((r) => `@${r.name}`).join(" ");
  const richTo = recipients.map((r, id) => `<at id="${id}">${escapeXml(r.name)}</at>`).join(" ");
  const text = translate(message, locale, { ...params, to: plainTo });
  const escaped = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, escapeXml(v)]));
  return {
    text,
    content: {
      richContent: translate(message, locale, { ...escaped, to: richTo }),
      mentions: recipients.map((r, id) => ({ id, name: r.name, email: r.email })),
    },
  };
}

/** Who can be told, or why not: on the team, active, with an e-mail, not the person who acted. */
function recipientOf(
  name: string,
  by: string,
  orderId: string,
  team: readonly TeamMember[],
  skipped: SkippedNotice[],
): Recipient | null {
  if (name.trim() === "") return null;
  if (by.trim() !== "" && sameName(name, by)) {
    skipped.push({ orderId, name, reason: "self" });
    return null;
  }
  const member = team.find((m) => sameName(m.name, name));
  if (!member) {
    skipped.push({ orderId, name, reason: "notOnTeam" });
    return null;
  }
  if (!member.active) {
    skipped.push({ orderId, name, reason: "inactive" });
    return null;
  }
  const email = member.email?.trim() ?? "";
  if (email === "") {
    skipped.push({ orderId, name, reason: "noEmail" });
    return null;
  }
  return { name: member.name, email };
}

function statusText(order: NoticeOrder, locale: Locale): string {
  return order.stageLabel ? order.stageLabel[locale] : "";
}

/**
 * The comments an action calls for: per order at most one, however many fields and lines changed —
 * assigned to someone (pane, board, routing, import, scan) and/or flagged with a problem, mentioning
 * the owner after the action. Never to the person who made the change; a reply when the order already
 * has a thread. `changes` are the action's activity-log entries; `orders` the orders after the writes.
 */
export function planActionNotices(
  changes: readonly NoticeChange[],
  orders: ReadonlyMap<string, NoticeOrder>,
  context: NoticeContext,
): NoticePlan {
  const notices: PlannedNotice[] = [];
  const skipped: SkippedNotice[] = [];
  const byOrder = new Map<string, { assignedTo: string[]; problem: boolean; by: string }>();
  for (const change of changes) {
    const entry = byOrder.get(change.orderId) ?? { assignedTo: [], problem: false, by: change.by };
    if (change.field === "owner" && change.to.trim() !== "") {
      if (!entry.assignedTo.some((name) => sameName(name, change.to))) entry.assignedTo.push(change.to);
    }
    if (change.field === "problem" && change.to.trim() !== "") entry.problem = true;
    byOrder.set(change.orderId, entry);
  }
  for (const [orderId, entry] of byOrder) {
    const order = orders.get(orderId);
    if (!order || (entry.assignedTo.length === 0 && !entry.problem)) continue;
    // A problem concerns whoever owns the order now; an assignment, the people it went to.
    const names = entry.assignedTo.length > 0 ? entry.assignedTo : [order.owner];
    const recipients = names
      .map((name) => recipientOf(name, entry.by, orderId, context.team, skipped))
      .filter((r): r is Recipient => r !== null);
    if (recipients.length === 0) continue;
    const params = {
      order: orderId,
      status: statusText(order, context.locale),
      due: order.due === null ? NOTICE_MESSAGES.noDue[context.locale] : formatDue(order.due),
      problem: order.problem,
    };
    const message =
      entry.assignedTo.length === 0
        ? NOTICE_MESSAGES.problem
        : entry.problem
          ? NOTICE_MESSAGES.assignedWithProblem
          : order.due === null
            ? NOTICE_MESSAGES.assignedNoDue
            : NOTICE_MESSAGES.assigned;
    notices.push({
      kind: "action",
      orderId,
      row: order.row,
      recipients,
      ...content(recipients, message, params, context.locale),
      replyTo: context.ledger.threads.get(orderId) ?? null,
      key: "",
      stageKey: order.stageKey,
    });
  }
  return { notices, skipped };
}

/** The ledger key of an order's overdue notice: once per stage (and due time: a stage entered again is new). */
export function overdueKey(order: NoticeOrder): string {
  return `overdue|${order.orderId}|${order.stageKey ?? ""}|${order.due ?? ""}`;
}

/**
 * The overdue notices that became due since the last run: each open order past its due time, to its
 * owner, once per stage (the ledger remembers what any co-author's OrderFlow sent). No one "made" an
 * overdue, so nobody is left out as the actor.
 */
export function planOverdueNotices(
  orders: readonly NoticeOrder[],
  now: number,
  context: NoticeContext,
): NoticePlan {
  const notices: PlannedNotice[] = [];
  const skipped: SkippedNotice[] = [];
  for (const order of orders) {
    if (!order.open || order.due === null || order.due >= now || order.owner.trim() === "") continue;
    const key = overdueKey(order);
    if (context.ledger.sent.has(key)) continue;
    const recipient = recipientOf(order.owner, "", order.orderId, context.team, skipped);
    if (!recipient) continue;
    const params = {
      order: order.orderId,
      status: statusText(order, context.locale),
      due: formatDue(order.due),
    };
    notices.push({
      kind: "overdue",
      orderId: order.orderId,
      row: order.row,
      recipients: [recipient],
      ...content([recipient], NOTICE_MESSAGES.overdue, params, context.locale),
      replyTo: context.ledger.threads.get(order.orderId) ?? null,
      key,
      stageKey: order.stageKey,
    });
  }
  return { notices, skipped };
}
