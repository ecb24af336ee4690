import type { CellValue } from "../grid";
import { cellText } from "../grid";
import type { Field } from "../schema";
import { FIELD_INFO } from "../schema";
import { isEmptyMarker, parseAmount, parseDateTime, parseInteger, parseOrderId } from "../values";

/**
 * A cell of an export as OrderFlow writes it into the team's sheet: ids and tracking numbers as text
 * (decorations like `="…"` removed), dates as Excel serials, amounts and counts as numbers, other text
 * trimmed. Undefined when there is nothing to write (empty, `-`, `无`, or an id Excel destroyed).
 * A value that does not parse is kept as the text it was, never dropped or guessed.
 */
export function importValue(
  field: Field,
  value: CellValue | undefined,
  utcOffsetMinutes: number,
): CellValue | undefined {
  if (value === undefined || isEmptyMarker(value)) return undefined;
  switch (FIELD_INFO[field].kind) {
    case "id": {
      const id = parseOrderId(value);
      return id.kind === "ok" ? id.text : undefined;
    }
    case "date": {
      const date = parseDateTime(value, { utcOffsetMinutes });
      return date.kind === "ok" ? date.serial : textOf(value);
    }
    case "money": {
      const amount = parseAmount(value);
      return amount.kind === "ok" ? amount.amount : textOf(value);
    }
    case "integer": {
      const count = parseInteger(value);
      return count.kind === "ok" ? count.value : textOf(value);
    }
    case "text":
    case "status":
    case "tags":
      return typeof value === "string" ? textOf(value) : value;
  }
}

/** Trimmed text; Taobao's `="…"` wrapper around phone numbers and postcodes is taken off. */
function textOf(value: CellValue): CellValue | undefined {
  if (typeof value !== "string") return value;
  const text = value.trim();
  const wrapped = /^="(.*)"$/su.exec(text);
  const plain = wrapped?.[1] ?? text;
  return plain === "" ? undefined : plain;
}

/**
 * Whether the team's cell already says what the export says (the same id, the same amount, the same
 * time to the second, the same text up to width and surrounding spaces).
 */
export function sameValue(
  field: Field,
  teamCell: CellValue | undefined,
  imported: CellValue,
  utcOffsetMinutes: number,
): boolean {
  const team = importValue(field, teamCell ?? null, utcOffsetMinutes);
  if (team === undefined) return false;
  if (typeof team === "number" && typeof imported === "number") {
    const tolerance = FIELD_INFO[field].kind === "date" ? 1 / 86_400 / 2 : 1e-9;
    return Math.abs(team - imported) < tolerance;
  }
  return cellText(team).normalize("NFKC") === cellText(imported).normalize("NFKC");
}
