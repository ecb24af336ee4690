import { normalizeScan } from "./matchScan";
import type { WarehouseOrder } from "./warehouseOrders";

/** One line of the order being verified: the codes that identify its item, how many are wanted and scanned. */
export interface VerifyLine {
  readonly label: string;
  /** Normalized SKU and product code (either one may be on the item's barcode). */
  readonly codes: readonly string[];
  readonly need: number;
  readonly got: number;
}

/** Scan-to-verify, as an explicit state machine. */
export type VerifyState =
  | { readonly kind: "idle" }
  | { readonly kind: "verifying"; readonly order: WarehouseOrder; readonly lines: readonly VerifyLine[] }
  | {
      readonly kind: "complete";
      readonly order: WarehouseOrder;
      readonly lines: readonly VerifyLine[];
      /** Set when Ship was allowed without every item scanned. */
      readonly override?: string;
    };

export type VerifyEvent =
  | { readonly kind: "order"; readonly order: WarehouseOrder }
  | { readonly kind: "item"; readonly code: string }
  | { readonly kind: "override"; readonly reason: string }
  | { readonly kind: "reset" };

export type VerifyOutcome =
  | { readonly kind: "started"; readonly lines: number }
  | { readonly kind: "itemOk"; readonly label: string; readonly got: number; readonly need: number }
  | { readonly kind: "complete" }
  | { readonly kind: "wrongItem"; readonly code: string }
  | { readonly kind: "tooMany"; readonly label: string; readonly need: number }
  | { readonly kind: "noOrder" }
  | { readonly kind: "overrideNeedsReason" }
  | { readonly kind: "overridden"; readonly missing: number }
  | { readonly kind: "reset" };

export const VERIFY_IDLE: VerifyState = { kind: "idle" };

/** The lines to check for an order: lines of the same item (same codes) are merged and their quantities added. */
export function verifyLines(order: WarehouseOrder): VerifyLine[] {
  const lines: VerifyLine[] = [];
  for (const line of order.lines) {
    const codes = [line.sku, line.productId].map(normalizeScan).filter((c) => c !== "");
    const same = lines.findIndex((l) => codes.length > 0 && l.codes.some((c) => codes.includes(c)));
    const existing = lines[same];
    if (existing) lines[same] = { ...existing, need: existing.need + line.quantity };
    else
      lines.push({
        label: [line.sku, line.product, line.variant].filter((p) => p !== "").join(" · "),
        codes,
        need: line.quantity,
        got: 0,
      });
  }
  return lines;
}

/** Units still to scan. */
export function missingUnits(lines: readonly VerifyLine[]): number {
  return lines.reduce((sum, line) => sum + Math.max(0, line.need - line.got), 0);
}

/** Whether Ship may go ahead: every line complete, or an override with a reason. */
export function canShip(state: VerifyState): boolean {
  return state.kind === "complete";
}

/**
 * One step of scan-to-verify. Scanning an order starts over on it; an item scan ticks the first line
 * whose codes match and is still short, refuses an item the order does not hold, and refuses one more
 * than ordered; when nothing is missing the state becomes complete. An override needs a reason.
 */
export function verifyParcel(
  state: VerifyState,
  event: VerifyEvent,
): { readonly state: VerifyState; readonly outcome: VerifyOutcome } {
  switch (event.kind) {
    case "reset":
      return { state: VERIFY_IDLE, outcome: { kind: "reset" } };
    case "order": {
      const lines = verifyLines(event.order);
      return {
        state: { kind: "verifying", order: event.order, lines },
        outcome: { kind: "started", lines: lines.length },
      };
    }
    case "item": {
      if (state.kind === "idle") return { state, outcome: { kind: "noOrder" } };
      const code = normalizeScan(event.code);
      const matching = state.lines
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => line.codes.includes(code));
      if (matching.length === 0) return { state, outcome: { kind: "wrongItem", code } };
      const open = matching.find(({ line }) => line.got < line.need);
      if (!open) {
        const first = matching[0]?.line;
        return { state, outcome: { kind: "tooMany", label: first?.label ?? code, need: first?.need ?? 0 } };
      }
      const lines = state.lines.map((line, index) =>
        index === open.index ? { ...line, got: line.got + 1 } : line,
      );
      if (missingUnits(lines) === 0)
        return { state: { kind: "complete", order: state.order, lines }, outcome: { kind: "complete" } };
      const ticked = lines[open.index] ?? open.line;
      return {
        state: { kind: "verifying", order: state.order, lines },
        outcome: { kind: "itemOk", label: ticked.label, got: ticked.got, need: ticked.need },
      };
    }
    case "override": {
      if (state.kind === "idle") return { state, outcome: { kind: "noOrder" } };
      if (state.kind === "complete") return { state, outcome: { kind: "complete" } };
      const reason = event.reason.trim();
      if (reason === "") return { state, outcome: { kind: "overrideNeedsReason" } };
      return {
        state: { kind: "complete", order: state.order, lines: state.lines, override: reason },
        outcome: { kind: "overridden", missing: missingUnits(state.lines) },
      };
    }
  }
}
