import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { TeamMember } from "../../core/plan";
import { ACTION_MESSAGES } from "../actionMessages";
import { PANE_MESSAGES } from "../messages";

// At 320-350 px the label and the dropdown share one line: the dropdown shrinks instead of overflowing.
const useStyles = makeStyles({
  field: { minWidth: 0, maxWidth: "100%" },
  dropdown: { minWidth: 0, maxWidth: "100%", width: "100%" },
});
import { useText } from "../state";

export interface WhoAmIPickerProps {
  readonly team: readonly TeamMember[];
  readonly who: string;
  readonly onChange: (name: string) => void;
}

/** Pick your own name from the active team members. */
export function WhoAmIPicker({ team, who, onChange }: WhoAmIPickerProps) {
  const t = useText();
  const styles = useStyles();
  const members = team.filter((m) => m.active || m.name === who);
  return (
    <Field label={t(PANE_MESSAGES.whoAmI)} orientation="horizontal" size="small" className={styles.field}>
      <Dropdown
        size="small"
        className={styles.dropdown}
        // Fluent's clear button is named in English by default; the pane speaks the user's language.
        clearButton={{ "aria-label": t(ACTION_MESSAGES.clearName) }}
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
