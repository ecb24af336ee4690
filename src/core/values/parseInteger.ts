import type { CellValue } from "../grid";
import { isEmptyMarker } from "./isEmptyMarker";

export type ParsedInteger =
  | { readonly kind: "ok"; readonly value: number }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly raw: string };

/** Count words written after quantities in Chinese and English exports (`2件`, `3 pcs`). */
const UNIT_SUFFIX = /\s*(?:件|个|個|只|套|条|盒|瓶|包|双|箱|台|本|张|支|袋|份|pcs?|pieces?|units?|x)$/iu;

/** A quantity cell: `2`, `2件`, `2.0`, `1,200` are whole numbers; `2.5` or text is invalid. */
export function parseInteger(value: CellValue | undefined): ParsedInteger {
  if (isEmptyMarker(value)) return { kind: "empty" };
  if (typeof value === "number")
    return Number.isSafeInteger(value) ? { kind: "ok", value } : { kind: "invalid", raw: String(value) };
  if (typeof value === "boolean") return { kind: "invalid", raw: String(value) };
  const raw = (value ?? "").trim();
  const text = raw
    .normalize("NFKC")
    .trim()
    .replace(/^[x×*]\s*/iu, "")
    .replace(UNIT_SUFFIX, "")
    .trim();
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$/u.exec(text);
  if (!m) return { kind: "invalid", raw };
  const parsed = Number(`${m[1] ?? ""}${(m[2] ?? "").replace(/,/gu, "")}`);
  return Number.isSafeInteger(parsed)
    ? { kind: "ok", value: parsed === 0 ? 0 : parsed }
    : { kind: "invalid", raw };
}
