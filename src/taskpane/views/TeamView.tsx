import { useState } from "react";
import {
  Button,
  Caption1,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Switch,
  makeStyles,
  useId,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular, SaveRegular } from "@fluentui/react-icons";
import type { Role } from "../../core/lifecycle";
import { ROLE_LABELS, ROLES } from "../../core/lifecycle";
import type { TeamMember } from "../../core/plan";
import { autoRouteInEffect, teamCanRoute } from "../../core/plan";
import type { WorkflowOptions } from "../../core/port";
import { ErrorBar, WhoAmIPicker } from "../components";
import { MemberEmailInput, NotificationsSetting } from "../notify";
import type { NoticeCapability } from "../../core/notify";
import { PANE_MESSAGES } from "../messages";
import { ApplySettingsSection } from "./ApplySettings";
import { useLocale, useSaveTeam, useSetOptions, useText, useWhoAmI } from "../state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  member: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, gridColumn: "1 / span 2" },
  grow: { flexGrow: 1, minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Names must be filled in and differ (case-insensitively), as the settings sheet's team table wants. */
function teamIsValid(team: readonly TeamMember[]): boolean {
  const names = team.map((m) => m.name.trim().toLowerCase());
  return names.every((n) => n !== "") && new Set(names).size === names.length;
}

export interface TeamViewProps {
  readonly team: readonly TeamMember[];
  /** How the change handler treats edits typed into the sheet. */
  readonly options: WorkflowOptions;
  /** After the team was saved to the settings sheet (reload the orders view). */
  readonly onSaved: () => void;
  /** What this Excel can do for @mention notifications. */
  readonly noticeCapability?: NoticeCapability;
}

/** Who am I, and the team roster (also editable in the OrderFlow sheet). */
export function TeamView({ team, options, onSaved, noticeCapability }: TeamViewProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const { who, setWho } = useWhoAmI();
  const save = useSaveTeam(onSaved);
  const [draft, setDraft] = useState<TeamMember[]>(() => [...team]);
  const update = (index: number, change: Partial<TeamMember>): void =>
    setDraft((prev) => prev.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const valid = teamIsValid(draft);
  const saving = save.state.status === "running";
  return (
    <div className={styles.root}>
      <WhoAmIPicker team={team} who={who} onChange={setWho} />
      <Caption1>{t(PANE_MESSAGES.teamIntro)}</Caption1>
      {draft.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t(PANE_MESSAGES.noTeam)}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} aria-label={t(PANE_MESSAGES.teamTitle)}>
        {draft.map((member, index) => {
          const name = member.name.trim() === "" ? String(index + 1) : member.name;
          return (
            <li key={index} className={styles.member}>
              <Input
                size="small"
                aria-label={t(PANE_MESSAGES.memberNameOf, { index: index + 1 })}
                value={member.name}
                onChange={(_, d) => update(index, { name: d.value })}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t(PANE_MESSAGES.removeMember, { name })}
                onClick={() => setDraft((prev) => prev.filter((_, i) => i !== index))}
              />
              <div className={styles.line}>
                <Select
                  size="small"
                  className={styles.grow}
                  aria-label={t(PANE_MESSAGES.memberRoleOf, { name })}
                  value={member.role ?? ""}
                  onChange={(_, d) => update(index, { role: d.value === "" ? null : (d.value as Role) })}
                >
                  <option value="">{t(PANE_MESSAGES.noRole)}</option>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role][locale]}
                    </option>
                  ))}
                </Select>
                <Switch
                  checked={member.active}
                  aria-label={t(PANE_MESSAGES.memberActiveOf, { name })}
                  onChange={(_, d) => update(index, { active: d.checked })}
                />
              </div>
              <MemberEmailInput member={member} name={name} onChange={(email) => update(index, { email })} />
            </li>
          );
        })}
      </ul>
      {!valid && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(PANE_MESSAGES.teamInvalid)}</MessageBarBody>
        </MessageBar>
      )}
      {save.state.status === "failed" && <ErrorBar error={save.state.error} onDismiss={save.reset} />}
      {save.state.status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{t(PANE_MESSAGES.teamSaved)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          icon={<AddRegular />}
          onClick={() => setDraft((prev) => [...prev, { name: "", role: null, active: true }])}
        >
          {t(PANE_MESSAGES.addMember)}
        </Button>
        <Button
          appearance="primary"
          icon={saving ? <Spinner size="extra-tiny" /> : <SaveRegular />}
          disabled={!valid || saving}
          onClick={() => void save.run(draft.map((m) => ({ ...m, name: m.name.trim() })))}
        >
          {t(PANE_MESSAGES.saveTeam)}
        </Button>
      </div>
      <WorkflowOptionsForm options={options} team={team} onSaved={onSaved} />
      <ApplySettingsSection />
      <NotificationsSetting options={options} capability={noticeCapability} onSaved={onSaved} />
    </div>
  );
}

/**
 * The two workbook-wide switches: strict mode and auto-routing. Routing is shown off and can not be
 * switched while no active member of the saved team has a role (it would hand orders to nobody); the
 * stored choice is kept and shows again once a role is saved.
 */
function WorkflowOptionsForm({
  options,
  team,
  onSaved,
}: {
  readonly options: WorkflowOptions;
  readonly team: readonly TeamMember[];
  readonly onSaved: () => void;
}) {
  const styles = useStyles();
  const t = useText();
  const set = useSetOptions(onSaved);
  const busy = set.state.status === "running";
  const canRoute = teamCanRoute(team);
  const routeReasonId = useId("route-reason");
  return (
    <section className={styles.root} aria-label={t(PANE_MESSAGES.optionsTitle)}>
      <Caption1>{t(PANE_MESSAGES.optionsTitle)}</Caption1>
      <Switch
        checked={options.strict}
        disabled={busy}
        label={t(PANE_MESSAGES.strictOption)}
        onChange={(_, d) => void set.run({ strict: d.checked })}
      />
      <Switch
        checked={autoRouteInEffect(options.autoRoute, team)}
        disabled={busy || !canRoute}
        label={t(PANE_MESSAGES.autoRouteOption)}
        aria-describedby={canRoute ? undefined : routeReasonId}
        onChange={(_, d) => void set.run({ autoRoute: d.checked })}
      />
      {!canRoute && <Caption1 id={routeReasonId}>{t(PANE_MESSAGES.autoRouteNeedsRoles)}</Caption1>}
      {set.state.status === "failed" && <ErrorBar error={set.state.error} onDismiss={set.reset} />}
    </section>
  );
}
