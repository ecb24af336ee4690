import type { CellValue } from "../grid";
import { isEmptyMarker } from "./isEmptyMarker";
import { isMasked } from "./isMasked";
import { stripIdDecorations } from "./stripIdDecorations";

export type NormalizedText =
  | { readonly kind: "ok"; readonly text: string }
  | { readonly kind: "empty" }
  | { readonly kind: "masked"; readonly raw: string };

/** A text cell: empty markers become empty, masked values stay recognisable, `="…"`/`'`/TAB wrappers go. */
export function normalizeText(value: CellValue | undefined): NormalizedText {
  if (isEmptyMarker(value)) return { kind: "empty" };
  if (typeof value !== "string") return { kind: "ok", text: String(value) };
  if (isMasked(value)) return { kind: "masked", raw: value.trim() };
  const text = stripIdDecorations(value);
  return isEmptyMarker(text) ? { kind: "empty" } : { kind: "ok", text };
}
