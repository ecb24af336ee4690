/**
 * Payload measurement without building JSON: the number of characters JSON.stringify would produce
 * (close enough: string escapes are counted, numbers use their shortest form). Linear in the data.
 */
/**
 * Excel's payload limit is in bytes of the UTF-8 request: CJK text costs 3 bytes a character
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The host sets this from its `payloadUnit` switch.
 */
export const measureUnit = { utf8: true };

// eslint-disable-next-line no-control-regex -- JSON escapes control characters
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

export function jsonLength(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case "string":
      return stringLength(value);
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "object":
      break;
    default:
      return 4;
  }
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const item of value as unknown[]) n += jsonLength(item);
    return n;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== "function",
  );
  let n = 2 + Math.max(0, entries.length - 1);
  for (const [k, v] of entries) {
    if (typeof v === "object" && v !== null && !Array.isArray(v) && !isPlain(v)) {
      n += stringLength(k) + 1 + 10; // a proxy object reference: counted as a short path id
    } else {
      n += stringLength(k) + 1 + jsonLength(v);
    }
  }
  return n;
}

function isPlain(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Printable ASCII without quote or backslash: one byte (and one character) each. */
const PLAIN_ASCII = /^[\u0020-\u0021\u0023-\u005b\u005d-\u007e]*$/;

function stringLength(s: string): number {
  if (PLAIN_ASCII.test(s) || (!measureUnit.utf8 && !NEEDS_ESCAPE.test(s))) return s.length + 2;
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) n += 2;
    else if (c < 32) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (!measureUnit.utf8 || c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff)
      n += 2; // half of a 4-byte pair
    else if (c >= 0xdc00 && c <= 0xdfff) n += 2;
    else n += 3;
  }
  return n;
}
