import type { CellValue, Grid } from "../grid";
import { cellText } from "../grid";
import type { Message, MessageParams } from "../i18n/translate";
import { normalizeLookup } from "../lifecycle";
import type { Result } from "../result";
import { err, ok } from "../result";
import { DEADLINE_MESSAGES } from "./messages";
import type { DeadlineBasis, DeadlineSettings, ShipDeadlineRule } from "./shipDeadlineRules";
import { DEFAULT_DEADLINE_SETTINGS, DEFAULT_SHIP_DEADLINE_RULES } from "./shipDeadlineRules";

/** A cell of the deadlines tables that can not be read; `row` is 1-based within the table (header = 1). */
export type DeadlineProblem =
  | { readonly kind: "badBasis"; readonly row: number; readonly value: string }
  | { readonly kind: "badHours"; readonly row: number; readonly value: string }
  | { readonly kind: "badDueSoon"; readonly value: string };

const BASES: readonly DeadlineBasis[] = ["payment", "promise", "sla"];

function basisOf(text: string): DeadlineBasis | undefined {
  const wanted = normalizeLookup(text);
  if (wanted === "") return undefined;
  return BASES.find((b) => {
    const m = DEADLINE_MESSAGES[`basis.${b}`];
    return [b, m["zh-CN"], m["en-US"], `${m["zh-CN"]} ${m["en-US"]}`].some(
      (name) => normalizeLookup(name) === wanted,
    );
  });
}

function positive(value: CellValue | undefined): number | null {
  const n = typeof value === "number" ? value : Number(cellText(value));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * The deadline settings from the settings sheet's two tables (header row included), defaults for a
 * table that is missing (null). Every unreadable cell is reported with its row; blank rows are skipped.
 * A platform's label comes from the presets when its key is one of theirs, else from its key.
 */
export function loadDeadlineSettings(
  rulesGrid: Grid | null,
  dueSoonGrid: Grid | null,
): Result<DeadlineSettings, DeadlineProblem[]> {
  const problems: DeadlineProblem[] = [];
  let rules: readonly ShipDeadlineRule[] = DEFAULT_DEADLINE_SETTINGS.rules;
  if (rulesGrid) {
    const read: ShipDeadlineRule[] = [];
    rulesGrid.slice(1).forEach((row, i) => {
      const key = cellText(row[0]).trim();
      if (key === "") return;
      const basisCell = cellText(row[2]);
      const basis = basisOf(basisCell);
      if (!basis) problems.push({ kind: "badBasis", row: i + 2, value: basisCell });
      const hoursCell = row[3];
      const hours = cellText(hoursCell).trim() === "" ? null : positive(hoursCell);
      if (cellText(hoursCell).trim() !== "" && hours === null)
        problems.push({ kind: "badHours", row: i + 2, value: cellText(hoursCell) });
      if (basis === "payment" && cellText(hoursCell).trim() === "")
        problems.push({ kind: "badHours", row: i + 2, value: "" });
      const preset = DEFAULT_SHIP_DEADLINE_RULES.find((r) => r.key === key);
      read.push({
        key,
        label: preset?.label ?? { "zh-CN": key, "en-US": key },
        names: cellText(row[1])
          .normalize("NFKC")
          .split(/[,;、；]+/)
          .map((n) => n.trim())
          .filter((n) => n !== ""),
        basis: basis ?? "sla",
        hours,
      });
    });
    rules = read;
  }
  let dueSoonHours = DEFAULT_DEADLINE_SETTINGS.dueSoonHours;
  const dueSoonCell = dueSoonGrid?.[1]?.[0];
  if (dueSoonGrid && cellText(dueSoonCell).trim() !== "") {
    const hours = positive(dueSoonCell);
    if (hours === null) problems.push({ kind: "badDueSoon", value: cellText(dueSoonCell) });
    else dueSoonHours = hours;
  }
  return problems.length > 0 ? err(problems) : ok({ rules, dueSoonHours });
}

/** A problem as a message and its parameters, for the pane's error bar or the CLI. */
export function describeDeadlineProblem(problem: DeadlineProblem): {
  readonly message: Message;
  readonly params: MessageParams;
} {
  switch (problem.kind) {
    case "badBasis":
      return {
        message: DEADLINE_MESSAGES["problem.basis"],
        params: { row: problem.row, value: problem.value },
      };
    case "badHours":
      return {
        message: DEADLINE_MESSAGES["problem.hours"],
        params: { row: problem.row, value: problem.value },
      };
    case "badDueSoon":
      return { message: DEADLINE_MESSAGES["problem.dueSoon"], params: { value: problem.value } };
  }
}
