import { Field, Input } from "@fluentui/react-components";
import type { TeamMember } from "../../core/plan";
import { useText } from "../state";
import { NOTIFY_PANE_MESSAGES as M } from "./messages";

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A member's e-mail for @mentions (the team table's e-mail column); blank is allowed (not notified). */
export function MemberEmailInput({
  member,
  name,
  onChange,
}: {
  readonly member: TeamMember;
  readonly name: string;
  readonly onChange: (email: string) => void;
}) {
  const t = useText();
  const email = member.email ?? "";
  const bad = email.trim() !== "" && !LOOKS_LIKE_EMAIL.test(email.trim());
  return (
    <Field
      style={{ gridColumn: "1 / span 2" }}
      size="small"
      validationState={bad ? "warning" : "none"}
      validationMessage={bad ? t(M.emailInvalid) : undefined}
    >
      <Input
        size="small"
        type="email"
        aria-label={t(M.emailOf, { name })}
        placeholder="name@example.com"
        value={email}
        onChange={(_, d) => onChange(d.value.trim())}
      />
    </Field>
  );
}
