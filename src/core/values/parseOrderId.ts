import type { CellValue } from "../grid";
import { isEmptyMarker } from "./isEmptyMarker";
import { stripIdDecorations } from "./stripIdDecorations";

export type IdCorruption = "scientific" | "precisionLost";

export type ParsedId =
  | { readonly kind: "ok"; readonly text: string }
  | { readonly kind: "empty" }
  | { readonly kind: "corrupted"; readonly raw: string; readonly reason: IdCorruption };

/** Excel keeps 15 significant digits; a longer number has already lost its tail. */
const MAX_SAFE_ID_DIGITS = 15;

/** `3.51531E+16`, `4E+16`, `3.5e16`: what Excel displays (and CSV re-saves keep) for long ids. */
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE]\+?\d+$/u;

/** ASCII letters, digits and dashes, bare or in Taobao's `="…"`: nothing to strip or normalise. */
const PLAIN_ID = /^(?:="([A-Za-z0-9#_-]+)"|([A-Za-z0-9#_-]+))$/u;

/**
 * An order id or tracking number as text. Wrappers (`="…"`, `'`, TABs, quotes) are removed;
 * ids that Excel has already destroyed are reported as corrupted, never repaired by guessing.
 */
export function parseOrderId(value: CellValue | undefined): ParsedId {
  if (isEmptyMarker(value)) return { kind: "empty" };
  if (typeof value === "number") return idFromNumber(value);
  if (typeof value === "boolean") return { kind: "ok", text: String(value).toUpperCase() };
  // Fast path for the common shapes (`4112345678901`, `="35153131473293579"`, `JP31-4744854-3341057`).
  const plain = PLAIN_ID.exec(value ?? "");
  if (plain && !SCIENTIFIC.test(plain[1] ?? plain[2] ?? ""))
    return { kind: "ok", text: plain[1] ?? plain[2] ?? "" };
  const text = stripIdDecorations((value ?? "").normalize("NFKC"));
  if (isEmptyMarker(text)) return { kind: "empty" };
  if (SCIENTIFIC.test(text)) return { kind: "corrupted", raw: text, reason: "scientific" };
  return { kind: "ok", text };
}

function idFromNumber(value: number): ParsedId {
  const raw = String(value);
  if (!Number.isFinite(value)) return { kind: "corrupted", raw, reason: "precisionLost" };
  if (Number.isInteger(value)) {
    // Digit count, not significant digits: 35153131473293500 has 15 significant digits and lost two.
    const digits = Math.abs(value) <= Number.MAX_SAFE_INTEGER ? String(Math.abs(value)).length : Infinity;
    return digits <= MAX_SAFE_ID_DIGITS
      ? { kind: "ok", text: raw }
      : { kind: "corrupted", raw, reason: "precisionLost" };
  }
  // A fraction is no id Excel produced from digits; a huge one has surely lost digits.
  if (Math.abs(value) >= 10 ** MAX_SAFE_ID_DIGITS) return { kind: "corrupted", raw, reason: "precisionLost" };
  return { kind: "ok", text: raw };
}
