import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { TeamMember } from "../../core/plan";
import { PANE_MESSAGES } from "../messages";
import { useText } from "../state";

export interface WhoAmIPickerProps {
  readonly team: readonly TeamMember[];
  readonly who: string;
  readonly onChange: (name: string) => void;
}

/** Pick your own name from the active team members. */
export function WhoAmIPicker({ team, who, onChange }: WhoAmIPickerProps) {
  const t = useText();
  const members = team.filter((m) => m.active || m.name === who);
  return (
    <Field label={t(PANE_MESSAGES.whoAmI)} orientation="horizontal" size="small">
      <Dropdown
        size="small"
        placeholder={t(PANE_MESSAGES.whoAmIPlaceholder)}
        value={who}
        selectedOptions={who ? [who] : []}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue);
        }}
      >
        {members.map((m) => (
          <Option key={m.name} value={m.name}>
            {m.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
