import type { NoticeOutcome } from "../../core/notify";
import { describeNoticeOutcome } from "../../core/notify";
import { useText } from "../state";

/** What became of an action's @mention comments, one line each (nothing when notifications are off). */
export function NoticeLines({ outcome }: { readonly outcome: NoticeOutcome | undefined }) {
  const t = useText();
  const lines = outcome ? describeNoticeOutcome(outcome) : [];
  if (lines.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingLeft: "1.25em" }}>
      {lines.map((line) => (
        <li key={line.message["en-US"]}>{t(line.message, line.params)}</li>
      ))}
    </ul>
  );
}
