import type { CommentView } from "../fakeExcel/comments";

/** The preview's stand-in for Excel's Comments pane: every thread with its cell, mentions and replies. */
export function CommentsPanel({ threads }: { readonly threads: ReadonlyMap<string, CommentView> }) {
  if (threads.size === 0) return null;
  return (
    <section className="comments-panel" aria-label="批注 Comments" aria-live="polite">
      <h2>批注 Comments ({threads.size})</h2>
      <ul>
        {[...threads.entries()].map(([address, thread]) => (
          <li key={address}>
            <strong>{address}</strong> {thread.content}
            {thread.mentions.length > 0 && (
              <span className="mentions">
                {" "}
                ({thread.mentions.map((m) => `${m.name} <${m.email}>`).join(", ")})
              </span>
            )}
            {thread.replies.length > 0 && (
              <ul>
                {thread.replies.map((reply, i) => (
                  <li key={i}>↳ {reply.content}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
