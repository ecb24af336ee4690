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

/** The columns of a team table from before the e-mail column (name, role, active). */
const OLD_TEAM_WIDTH = TEAM_HEADER.length - 1;

/**
 * Whether the column to the right of an old three-column team table holds the members' e-mails: its
 * header cell is blank (the lead typed e-mails beside the table) or names an e-mail column. Anything
 * else is the lead's own column and is never read or written as e-mails.
 */
function isEmailColumnBeside(header: CellValue | undefined): boolean {
  const text = cellText(header ?? null).toLowerCase();
  return text === "" || /邮箱|邮件|mail/u.test(text);
}

/**
 * The team table as `loadTeam` reads it: a table from before the e-mail column (three columns) takes
 * the column to its right (`beside`, header row first, one cell a row) as its e-mails when that column
 * is one (`isEmailColumnBeside`), so e-mails typed beside an old table are kept. Any other table comes
 * back as it is.
 */
export function teamGridWithBeside(table: Grid, beside: Grid | null): Grid {
  const width = Math.max(0, ...table.map((row) => row.length));
  if (width !== OLD_TEAM_WIDTH || !beside || !isEmailColumnBeside(beside[0]?.[0])) return table;
  return table.map((row, i): CellValue[] => [
    ...Array.from({ length: OLD_TEAM_WIDTH }, (_, c) => row[c] ?? null),
    i === 0 ? (TEAM_HEADER[OLD_TEAM_WIDTH] ?? null) : (beside[i]?.[0] ?? null),
  ]);
}

/**
 * Save team: the cells to write in the column beside an old three-column team table (header first),
 * or null when nothing goes there: the table has its e-mail column, the column beside is the lead's
 * own, or nobody has an e-mail and the column is empty (an old workbook's layout is left as it is).
 * `beside` is that column as read, `rows` the members' rows (`teamToGrid` without its header).
 */
export function planTeamEmailsBeside(
  width: number,
  beside: Grid,
  rows: Grid,
  bodyRows: number,
): CellValue[][] | null {
  const header = beside[0]?.[0] ?? null;
  if (width !== OLD_TEAM_WIDTH || !isEmailColumnBeside(header)) return null;
  const email = (row: readonly CellValue[] | undefined): string => cellText(row?.[OLD_TEAM_WIDTH] ?? "");
  const had = beside.slice(1, 1 + bodyRows).some((row) => cellText(row[0] ?? "") !== "");
  if (!had && rows.every((row) => email(row) === "")) return null;
  const count = Math.max(rows.length, bodyRows);
  return [
    [cellText(header) === "" ? (TEAM_HEADER[OLD_TEAM_WIDTH] ?? "") : cellText(header)],
    ...Array.from({ length: count }, (_, i) => [email(rows[i])]),
  ];
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
