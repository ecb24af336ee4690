import type { CellValue, Grid } from "../grid";
import { cellText, isBlankCell } from "../grid";
import type { Role } from "../lifecycle";
import { findRole, ROLE_LABELS } from "../lifecycle";
import type { Result } from "../result";
import { err, ok } from "../result";

export interface TeamMember {
  readonly name: string;
  readonly role: Role | null;
  readonly active: boolean;
  /** For @mention notifications (a cloud workbook e-mails the person mentioned); "" or absent when unknown. */
  readonly email?: string;
}

export type TeamProblem =
  | { readonly kind: "duplicateMember"; readonly row: number; readonly name: string }
  | { readonly kind: "unknownRole"; readonly row: number; readonly value: string };

export const TEAM_HEADER = ["姓名 Name", "角色 Role", "在岗 Active", "邮箱 E-mail"] as const;

/** First words that mark a member as inactive (`否 No` is what OrderFlow writes); anything else is active. */
const INACTIVE = new Set(["否", "n", "no", "false", "0", "离岗", "inactive", "✗", "x"]);

/**
 * Reads the team table of the settings sheet (header row first; name, role, active, e-mail — a table
 * from before the e-mail column reads as members without e-mail). Collects every
 * problem with its 1-based row in the grid; an unknown role or a duplicate name refuses the table.
 */
export function loadTeam(grid: Grid): Result<TeamMember[], TeamProblem[]> {
  const members: TeamMember[] = [];
  const problems: TeamProblem[] = [];
  const seen = new Set<string>();
  grid.forEach((row, index) => {
    if (index === 0) return;
    const name = cellText(row[0]);
    if (name === "") return;
    const roleText = cellText(row[1]);
    const role = roleText === "" ? null : (findRole(roleText) ?? undefined);
    if (role === undefined) problems.push({ kind: "unknownRole", row: index + 1, value: roleText });
    const key = name.toLowerCase();
    if (seen.has(key)) problems.push({ kind: "duplicateMember", row: index + 1, name });
    seen.add(key);
    const firstWord = cellText(row[2]).toLowerCase().split(/\s+/)[0] ?? "";
    const active = isBlankCell(row[2] ?? null) || !INACTIVE.has(firstWord);
    const email = cellText(row[3]);
    members.push(
      email === "" ? { name, role: role ?? null, active } : { name, role: role ?? null, active, email },
    );
  });
  return problems.length > 0 ? err(problems) : ok(members);
}

/** The team table with its header, roles written bilingually (`仓库 Warehouse`). */
export function teamToGrid(team: readonly TeamMember[]): CellValue[][] {
  return [
    [...TEAM_HEADER],
    ...team.map((m) => [
      m.name,
      m.role ? `${ROLE_LABELS[m.role]["zh-CN"]} ${ROLE_LABELS[m.role]["en-US"]}` : "",
      m.active ? "是 Yes" : "否 No",
      m.email ?? "",
    ]),
  ];
}

/**
 * Auto-routing: the active member of `role` with the fewest open orders (ties: the earlier member in
 * the roster), or undefined when nobody active has that role.
 */
export function pickOwner(
  team: readonly TeamMember[],
  role: Role,
  openOrders: ReadonlyMap<string, number>,
): TeamMember | undefined {
  let best: TeamMember | undefined;
  let bestCount = Infinity;
  for (const member of team) {
    if (!member.active || member.role !== role) continue;
    const count = openOrders.get(member.name) ?? 0;
    if (count < bestCount) {
      best = member;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A first team for a sheet that names owners already: each distinct name, in order of appearance,
 * active, role left for the lead to fill in (routing only picks members with a role).
 */
export function teamFromOwners(owners: readonly string[]): TeamMember[] {
  const seen = new Set<string>();
  const team: TeamMember[] = [];
  for (const raw of owners) {
    const name = raw.trim();
    if (name === "" || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    team.push({ name, role: null, active: true });
  }
  return team;
}
