import type { TeamMember } from "./team";

/** Whether auto-routing has anyone to hand an order to: some active member has a role. */
export function teamCanRoute(team: readonly TeamMember[]): boolean {
  return team.some((member) => member.active && member.role !== null);
}

/**
 * Whether auto-routing acts: the stored switch, and a team it can route to. Without roles it is off
 * whatever is stored, so the Team tab shows it off; once a role appears the stored choice holds again.
 */
export function autoRouteInEffect(stored: boolean, team: readonly TeamMember[]): boolean {
  return stored && teamCanRoute(team);
}
