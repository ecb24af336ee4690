/**
 * Comments (threaded, with @mentions) — `Workbook.comments` [ExcelApi 1.10], mentions and rich content
 * [1.11], `contentType` [1.12], `getItemOrNullObject` [1.14]. Shapes follow @types/office-js
 * (`Excel.CommentCollection`, `Excel.Comment`, `Excel.CommentReplyCollection`, `Excel.CommentRichContent`)
 * and https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-comments .
 *
 * Decisions (stricter than Excel unless noted):
 * - One thread per cell: `add` on a cell that has one fails with `InvalidArgument`, and `getItemByCell`
 *   on a cell without one fails with `ItemNotFound` (both as office-js issue #1416 reports).
 * - `add` takes one cell (`InvalidArgument` for more, as documented); a string address must name its sheet.
 * - `Mention` content must be a `CommentRichContent` whose every `<at id="n">` has a mention with that id,
 *   a name and an e-mail (`InvalidArgument`); `content` reads as the text with each mention as `@name`.
 * - Comments stay on their cell: inserting rows or sorting does not move them (Excel moves them).
 * - `resolved` [1.11] reads and writes (Excel's "Resolve thread"); a resolved thread still takes replies.
 * - Author: `OrderFlow Fake` with no e-mail; no e-mails are sent — whether a mention e-mails anyone is
 *   only known in a cloud workbook in real Excel (docs/TESTING.md).
 */
import { parseAddress } from "./address";
import type { BatchContext } from "./batch";
import { clientResult, FakeClientObject, FakeCollection } from "./batch";
import type { FakeClientResult } from "./batch";
import type { HostCore } from "./core";
import { fail } from "./errors";
import type { FakeExcelHost } from "./host";
import { FakeRange } from "./range";
import type { SheetState, Transaction } from "./state";

export interface MentionState {
  readonly id: number;
  readonly name: string;
  readonly email: string;
}

interface EntryState {
  readonly id: string;
  readonly content: string;
  readonly richContent: string;
  readonly mentions: readonly MentionState[];
  readonly contentType: "Plain" | "Mention";
  readonly authorName: string;
  readonly authorEmail: string;
}

export interface CommentState extends EntryState {
  readonly sheetId: string;
  readonly row: number;
  readonly column: number;
  resolved: boolean;
  replies: readonly EntryState[];
}

class CommentStore {
  comments: readonly CommentState[] = [];
  next = 1;
}

const stores = new WeakMap<HostCore, CommentStore>();

function storeOf(host: HostCore): CommentStore {
  let store = stores.get(host);
  if (!store) {
    store = new CommentStore();
    stores.set(host, store);
  }
  return store;
}

/** Comments whose sheet still exists. */
function live(host: HostCore): readonly CommentState[] {
  return storeOf(host).comments.filter((c) => host.state.sheetById(c.sheetId) !== undefined);
}

type Content = string | { richContent: string; mentions?: readonly MentionState[] };

const unescapeXml = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Checks the content against its type and returns the entry's text parts; throws InvalidArgument. */
function entryOf(content: Content, contentType: string | undefined, where: string) {
  const type = contentType ?? "Plain";
  if (type !== "Plain" && type !== "Mention")
    fail("InvalidArgument", `Unknown content type '${type}'.`, where);
  if (typeof content === "string") {
    if (type === "Mention") fail("InvalidArgument", "Mention content must be a CommentRichContent.", where);
    return { content, richContent: content, mentions: [], contentType: "Plain" as const };
  }
  const mentions = content.mentions ?? [];
  const ids = [...content.richContent.matchAll(/<at id="(\d+)">([^<]*)<\/at>/g)];
  for (const [, id] of ids) {
    const m = mentions.find((x) => x.id === Number(id));
    if (!m || m.name.trim() === "" || m.email.trim() === "")
      fail("InvalidArgument", `Mention id ${id} has no entry with a name and an e-mail.`, where);
  }
  if (type === "Mention" && ids.length === 0)
    fail("InvalidArgument", "Mention content without any <at> tag.", where);
  const text = unescapeXml(content.richContent.replace(/<at id="\d+">([^<]*)<\/at>/g, "@$1"));
  return {
    content: text,
    richContent: content.richContent,
    mentions: mentions.map((m) => ({ id: m.id, name: m.name, email: m.email })),
    contentType: type === "Mention" ? ("Mention" as const) : ("Plain" as const),
  };
}

function requiresFor(host: HostCore, content: Content, contentType: string | undefined, where: string): void {
  if (typeof content !== "string" || contentType === "Mention") host.requireExcelApi("1.11", where);
}

const COMMENT_PROPS = [
  "id",
  "content",
  "richContent",
  "mentions",
  "contentType",
  "authorName",
  "authorEmail",
  "resolved",
  "creationDate",
] as const;
const PROP_SET: Readonly<Record<string, string>> = {
  richContent: "1.11",
  mentions: "1.11",
  resolved: "1.11",
  contentType: "1.12",
};

function readEntry(host: HostCore, prop: string, e: EntryState & { resolved?: boolean }): unknown {
  const set = PROP_SET[prop];
  if (set) host.requireExcelApi(set, `Comment.${prop}`);
  switch (prop) {
    case "mentions":
      return e.mentions.map((m) => ({ ...m }));
    case "resolved":
      return e.resolved ?? false;
    case "creationDate":
      return null;
    default:
      return e[prop as keyof EntryState];
  }
}

/** The one cell an address names, with its sheet (a string must name the sheet). */
function cellOf(host: HostCore, tx: Transaction, cell: FakeRange | string, where: string) {
  let sheet: SheetState;
  let row: number;
  let column: number;
  if (typeof cell === "string") {
    const p = parseAddress(cell);
    if (!p || p.sheet === null) fail("InvalidArgument", "The address must include the sheet name.", where);
    sheet = host.state.sheetByName(p.sheet) ?? fail("ItemNotFound", `No sheet '${p.sheet}'.`, where);
    if (p.rect.rows !== 1 || p.rect.cols !== 1) fail("InvalidArgument", "Only one cell is allowed.", where);
    row = p.rect.r0;
    column = p.rect.c0;
  } else {
    const ref = cell._resolve(tx);
    if (ref.rect.rows !== 1 || ref.rect.cols !== 1)
      fail("InvalidArgument", "Only one cell is allowed.", where);
    sheet = ref.sheet;
    row = ref.rect.r0;
    column = ref.rect.c0;
  }
  return { sheet, row, column };
}

/** `Excel.CommentCollection` (workbook level). */
export class FakeCommentCollection extends FakeCollection<CommentState, FakeComment> {
  readonly _type = "CommentCollection";
  override _resolve(): readonly CommentState[] {
    this._ctx._host.requireExcelApi("1.10", "Workbook.comments");
    return live(this._ctx._host);
  }
  override _itemProps(): readonly string[] {
    return COMMENT_PROPS;
  }
  override _makeItem(c: CommentState): FakeComment {
    return new FakeComment(this._ctx, () => c);
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  add(cellAddress: FakeRange | string, content: Content, contentType?: string): FakeComment {
    this._use();
    if (typeof cellAddress !== "string") this._sameContext(cellAddress);
    const host = this._ctx._host;
    let made: CommentState | undefined;
    this._call(
      "add",
      [typeof cellAddress === "string" ? cellAddress : "<Range>", content, contentType],
      (tx) => {
        requiresFor(host, content, contentType, "CommentCollection.add");
        const { sheet, row, column } = cellOf(host, tx, cellAddress, "CommentCollection.add");
        if (live(host).some((c) => c.sheetId === sheet.id && c.row === row && c.column === column))
          fail("InvalidArgument", "The cell already has a comment.", "CommentCollection.add");
        const store = storeOf(host);
        made = {
          id: `{Comment-${String(store.next).padStart(4, "0")}}`,
          sheetId: sheet.id,
          row,
          column,
          ...entryOf(content, contentType, "CommentCollection.add"),
          authorName: "OrderFlow Fake",
          authorEmail: "",
          resolved: false,
          replies: [],
        };
        tx.set(store, "next", store.next + 1);
        tx.set(store, "comments", [...store.comments, made]);
      },
    );
    return new FakeComment(
      this._ctx,
      () => made ?? fail("ItemNotFound", "The comment was not added.", "Comment"),
    );
  }
  getItem(commentId: string): FakeComment {
    this._use();
    return new FakeComment(this._ctx, () => this.byId(commentId));
  }
  /** [ExcelApi 1.14] */
  getItemOrNullObject(commentId: string): FakeComment {
    this._use();
    this._requires("1.14", "CommentCollection.getItemOrNullObject");
    return new FakeComment(this._ctx, () => this.byId(commentId), true);
  }
  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    this._use();
    if (typeof cellAddress !== "string") this._sameContext(cellAddress);
    const host = this._ctx._host;
    return new FakeComment(this._ctx, (tx) => {
      const { sheet, row, column } = cellOf(host, tx, cellAddress, "CommentCollection.getItemByCell");
      return (
        live(host).find((c) => c.sheetId === sheet.id && c.row === row && c.column === column) ??
        fail("ItemNotFound", "The cell has no comment.", "CommentCollection.getItemByCell")
      );
    });
  }
  private byId(id: string): CommentState {
    return (
      live(this._ctx._host).find((c) => c.id === id) ??
      fail("ItemNotFound", `No comment '${id}'.`, "CommentCollection.getItem")
    );
  }
}

/** `Excel.Comment`. */
export class FakeComment extends FakeClientObject<CommentState> {
  readonly _type = "Comment";
  private readonly locate: (tx: Transaction) => CommentState;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => CommentState, nullable = false) {
    super(ctx, nullable);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): CommentState {
    this._ctx._host.requireExcelApi("1.10", "Comment");
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return COMMENT_PROPS;
  }
  override _read(prop: string, c: CommentState): unknown {
    return readEntry(this._ctx._host, prop, c);
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  get richContent(): string {
    return this._get("richContent");
  }
  get mentions(): MentionState[] {
    return this._get("mentions");
  }
  get contentType(): string {
    return this._get("contentType");
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get authorEmail(): string {
    return this._get("authorEmail");
  }
  get resolved(): boolean {
    return this._get("resolved");
  }
  /** [ExcelApi 1.11] Resolving a thread (Excel's "Resolve thread"). */
  set resolved(value: boolean) {
    this._set("resolved", value, (tx, c) => {
      this._ctx._host.requireExcelApi("1.11", "Comment.resolved");
      tx.set(c, "resolved", value);
    });
  }
  get replies(): FakeCommentReplyCollection {
    this._use();
    return this._child("replies", () => new FakeCommentReplyCollection(this._ctx, (tx) => this._resolve(tx)));
  }
  getLocation(): FakeRange {
    this._use();
    return new FakeRange(this._ctx, (tx) => {
      const c = this._resolve(tx);
      const sheet = this._ctx._host.state.sheetById(c.sheetId) ?? fail("ItemNotFound", "The sheet is gone.");
      return { sheet, rect: { r0: c.row, c0: c.column, rows: 1, cols: 1 } };
    });
  }
  delete(): void {
    const host = this._ctx._host;
    this._call("delete", [], (tx, c) => {
      const store = storeOf(host);
      tx.set(
        store,
        "comments",
        store.comments.filter((x) => x !== c),
      );
    });
  }
}

/** `Excel.CommentReplyCollection`. */
export class FakeCommentReplyCollection extends FakeCollection<EntryState, FakeCommentReply> {
  readonly _type = "CommentReplyCollection";
  private readonly parent: (tx: Transaction) => CommentState;
  constructor(ctx: BatchContext, parent: (tx: Transaction) => CommentState) {
    super(ctx);
    this.parent = parent;
  }
  override _resolve(tx: Transaction): readonly EntryState[] {
    return this.parent(tx).replies;
  }
  override _itemProps(): readonly string[] {
    return COMMENT_PROPS.filter((p) => p !== "resolved");
  }
  override _makeItem(r: EntryState): FakeCommentReply {
    return new FakeCommentReply(this._ctx, () => r);
  }
  getCount(): FakeClientResult<number> {
    return clientResult(this, "getCount", (_tx, list) => list.length);
  }
  add(content: Content, contentType?: string): FakeCommentReply {
    this._use();
    const host = this._ctx._host;
    let made: EntryState | undefined;
    this._call("add", [content, contentType], (tx) => {
      requiresFor(host, content, contentType, "CommentReplyCollection.add");
      const parent = this.parent(tx);
      const store = storeOf(host);
      made = {
        id: `{Reply-${String(store.next).padStart(4, "0")}}`,
        ...entryOf(content, contentType, "CommentReplyCollection.add"),
        authorName: "OrderFlow Fake",
        authorEmail: "",
      };
      tx.set(store, "next", store.next + 1);
      tx.set(parent, "replies", [...parent.replies, made]);
    });
    return new FakeCommentReply(this._ctx, () => made ?? fail("ItemNotFound", "The reply was not added."));
  }
}

/** `Excel.CommentReply`. */
export class FakeCommentReply extends FakeClientObject<EntryState> {
  readonly _type = "CommentReply";
  private readonly locate: (tx: Transaction) => EntryState;
  constructor(ctx: BatchContext, locate: (tx: Transaction) => EntryState) {
    super(ctx);
    this.locate = locate;
  }
  override _resolve(tx: Transaction): EntryState {
    return this.locate(tx);
  }
  override _props(): readonly string[] {
    return COMMENT_PROPS.filter((p) => p !== "resolved");
  }
  override _read(prop: string, r: EntryState): unknown {
    return readEntry(this._ctx._host, prop, r);
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  get richContent(): string {
    return this._get("richContent");
  }
  get mentions(): MentionState[] {
    return this._get("mentions");
  }
}

/**
 * Adds what comments need outside the workbook: `Excel.ContentType` and, for a workbook "in the cloud",
 * `Office.context.document.url` (https; a local workbook's url is a file path). Call before `install()`.
 */
export function enableComments(fake: FakeExcelHost, options: { documentUrl?: string } = {}): void {
  Object.assign(fake.Excel, { ContentType: { plain: "Plain", mention: "Mention" } });
  Object.assign(fake.Office.context, {
    document: { url: options.documentUrl ?? "C:\\Users\\fake\\Documents\\OrderFlow.xlsx" },
  });
}

/** One thread as tests and the preview see it (read through the API, like an add-in would). */
export interface CommentView {
  readonly address: string;
  readonly content: string;
  readonly mentions: readonly MentionState[];
  readonly replies: readonly { readonly content: string; readonly mentions: readonly MentionState[] }[];
}

type Run = (batch: (context: Excel.RequestContext) => Promise<CommentView[]>) => Promise<unknown>;

/** Reads every thread with its cell, in one Excel.run (two syncs); `run` defaults to the global one. */
export async function readComments(run?: Run): Promise<CommentView[]> {
  const go: Run = run ?? ((batch) => Excel.run(batch));
  return (await go(async (context) => {
    const comments = context.workbook.comments;
    comments.load("items/id,items/content,items/mentions");
    await context.sync();
    const parts = comments.items.map((c) => {
      const location = c.getLocation();
      location.load("address");
      c.replies.load("items/content,items/mentions");
      return { c, location };
    });
    await context.sync();
    return parts.map(({ c, location }) => ({
      address: location.address,
      content: c.content,
      mentions: c.mentions,
      replies: c.replies.items.map((r) => ({ content: r.content, mentions: r.mentions })),
    }));
  })) as CommentView[];
}
