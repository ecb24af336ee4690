import { FakeRange } from "../fakeExcel/range";

/**
 * Counts the cells of every range whose values the adapter reads (once per range object: a loaded
 * range read twice is one read from Excel) and of every values write, by wrapping the fake's
 * accessors in this process only.
 */
export function countCells(): { read: number; written: number; reset(): void } {
  const counts = { read: 0, written: 0, reset: () => ((counts.read = 0), (counts.written = 0)) };
  const seen = new WeakSet<object>();
  const proto = FakeRange.prototype as unknown as object;
  const descriptor = Object.getOwnPropertyDescriptor(proto, "values");
  if (!descriptor?.get || !descriptor.set) throw new Error("FakeRange.values has no accessors");
  const { get, set } = descriptor;
  const cells = (grid: unknown): number =>
    Array.isArray(grid) ? grid.reduce<number>((n, row) => n + (Array.isArray(row) ? row.length : 1), 0) : 1;
  Object.defineProperty(proto, "values", {
    configurable: true,
    get(this: object) {
      const value: unknown = get.call(this);
      if (!seen.has(this)) {
        seen.add(this);
        counts.read += cells(value);
      }
      return value;
    },
    set(this: object, value: unknown) {
      counts.written += cells(value);
      set.call(this, value);
    },
  });
  return counts;
}
