import { formatSerial, serialFromEpoch } from "../../../src/core/values";

describe("serialFromEpoch", () => {
  it.each([
    [Date.UTC(2026, 10, 25, 1, 0), 480, "2026-11-25 09:00"],
    [Date.UTC(2026, 10, 25, 1, 0), 0, "2026-11-25 01:00"],
    [Date.UTC(2026, 10, 25, 1, 0), -300, "2026-11-24 20:00"],
    [Date.UTC(1970, 0, 1), 0, "1970-01-01 00:00"],
  ])("reads %i at offset %i as %s local time", (ms, offset, text) => {
    expect(formatSerial(serialFromEpoch(ms, offset))).toBe(text);
  });
});
