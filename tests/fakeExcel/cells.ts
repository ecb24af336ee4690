/**
 * Cell input and display: how a value written through `Range.values` is stored (Excel parses strings the
 * way it parses typing: "=…" is a formula, "00123" becomes the number 123 unless the cell is text-formatted "@",
 * "TRUE" a boolean, "2024-05-01" a date serial, a leading apostrophe forces text), and how `Range.text`
 * renders a value through its number format (General, "@", 0/0.00/#,##0/%, date-time patterns).
 */
import type { StoredValue } from "./state";

export interface CellInput {
  readonly value: StoredValue | undefined;
  readonly formula: string | undefined;
  /** A number format Excel would apply on entry (dates typed as text). */
  readonly impliedFormat: string | undefined;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Days from 1899-12-30 (Excel's epoch for serials after 1900-02-28). */
export function dateToSerial(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  const days = Date.UTC(y, m - 1, d) / 86_400_000 - Date.UTC(1899, 11, 30) / 86_400_000;
  return days + (hh * 3600 + mm * 60 + ss) / 86_400;
}

/** How Excel stores a value written through the API into a cell with number format `format`. */
export function coerceInput(input: unknown, format: string): CellInput {
  if (input === null || input === undefined || input === "")
    return { value: undefined, formula: undefined, impliedFormat: undefined };
  if (typeof input === "number" || typeof input === "boolean")
    return { value: input, formula: undefined, impliedFormat: undefined };
  const text = typeof input === "string" ? input : JSON.stringify(input);
  if (format === "@") return { value: text, formula: undefined, impliedFormat: undefined };
  if (text.startsWith("'")) return { value: text.slice(1), formula: undefined, impliedFormat: undefined };
  if (text.startsWith("=") && text.length > 1)
    return { value: evaluateTrivial(text), formula: text, impliedFormat: undefined };
  const trimmed = text.trim();
  if (NUMERIC.test(trimmed)) return { value: Number(trimmed), formula: undefined, impliedFormat: undefined };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return { value: upper === "TRUE", formula: undefined, impliedFormat: undefined };
  const m = ISO_DATE.exec(trimmed);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      const hasTime = m[4] !== undefined;
      const serial = dateToSerial(y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
      const implied = format === "General" ? (hasTime ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd") : undefined;
      return { value: serial, formula: undefined, impliedFormat: implied };
    }
  }
  return { value: text, formula: undefined, impliedFormat: undefined };
}

/**
 * The fake does not calculate. A formula's value is: a literal (`=42`, `="x"`, `=TRUE`) evaluated, otherwise
 * "" until a test seeds it (`host.workbook.setCell(..., { formula, value })`).
 */
export function evaluateTrivial(formula: string): StoredValue | undefined {
  const body = formula.slice(1).trim();
  if (NUMERIC.test(body)) return Number(body);
  if (/^"([^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  const upper = body.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return undefined;
}

/** `Range.text` of one cell. */
export function renderText(value: StoredValue, format: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "@" || format === "General" || format === "") return general(value);
  const f = format.replace(/"[^"]*"|\\./g, "").replace(/\[[^\]]*\]/g, "");
  if (/[yd]|h|s/i.test(f) || /m/i.test(f)) return renderDate(value, format);
  if (/%$/.test(f)) return fixed(value * 100, decimalsOf(f), f.includes(",")) + "%";
  if (/[0#]/.test(f)) return fixed(value, decimalsOf(f), f.includes(","));
  return general(value);
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = Number(n.toPrecision(10));
  return Math.abs(s) >= 1e11 || (s !== 0 && Math.abs(s) < 1e-9)
    ? s.toExponential(5).replace("e+", "E+").replace("e-", "E-")
    : String(s);
}

function decimalsOf(f: string): number {
  const m = /\.([0#]+)/.exec(f);
  return m ? m[1]!.length : 0;
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  const s = n.toFixed(decimals);
  if (!grouping) return s;
  const [int, frac] = s.split(".");
  const sign = int!.startsWith("-") ? "-" : "";
  const digits = sign ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? sign + grouped : `${sign}${grouped}.${frac}`;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** Renders a serial with y/m/d/h/mm/ss tokens; `m` after `h` or before `s` means minutes. */
function renderDate(serial: number, format: string): string {
  const totalSeconds = Math.round(serial * 86_400);
  const dayMs = Math.floor(totalSeconds / 86_400) * 86_400_000 + Date.UTC(1899, 11, 30);
  const d = new Date(dayMs);
  const secs = totalSeconds - Math.floor(totalSeconds / 86_400) * 86_400;
  const parts = {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: Math.floor(secs / 3600),
    mi: Math.floor((secs % 3600) / 60),
    s: secs % 60,
  };
  const tokens = format.match(/yyyy|yy|mm|m|dd|d|hh|h|ss|s|AM\/PM|"[^"]*"|\\.|./gi) ?? [];
  let out = "";
  let lastWasHour = false;
  const ampm = /AM\/PM/i.test(format);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.toLowerCase();
    const nextTimeToken =
      tokens
        .slice(i + 1)
        .find((x) => /^[a-z]/i.test(x))
        ?.toLowerCase() ?? "";
    if (lower === "yyyy") out += String(parts.y);
    else if (lower === "yy") out += pad(parts.y % 100);
    else if (lower === "mm" || lower === "m") {
      const minutes = lastWasHour || nextTimeToken.startsWith("s");
      const n = minutes ? parts.mi : parts.mo;
      out += lower === "mm" ? pad(n) : String(n);
    } else if (lower === "dd") out += pad(parts.d);
    else if (lower === "d") out += String(parts.d);
    else if (lower === "hh" || lower === "h") {
      const h = ampm ? ((parts.h + 11) % 12) + 1 : parts.h;
      out += lower === "hh" ? pad(h) : String(h);
    } else if (lower === "ss" || lower === "s") out += lower === "ss" ? pad(parts.s) : String(parts.s);
    else if (lower === "am/pm") out += parts.h < 12 ? "AM" : "PM";
    else if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith("\\")) out += t.slice(1);
    else out += t;
    if (/^[a-z]/i.test(t)) lastWasHour = lower === "hh" || lower === "h";
  }
  return out;
}

/** `valueType` names used by `ChangedEventDetail`. */
export function valueTypeOf(v: StoredValue | undefined): "Empty" | "String" | "Double" | "Boolean" {
  if (v === undefined || v === "") return "Empty";
  if (typeof v === "string") return "String";
  if (typeof v === "number") return "Double";
  return "Boolean";
}
