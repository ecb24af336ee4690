import { HEADER_MESSAGES } from "../../../src/core/headers";
import { bilingual } from "../../../src/core/i18n/translate";
import { VALUE_MESSAGES } from "../../../src/core/values";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("header and value messages", () => {
  it.each(Object.entries({ ...HEADER_MESSAGES, ...VALUE_MESSAGES }))(
    "%s uses the same placeholders in both languages",
    (_id, message) => {
      expect(placeholders(message["zh-CN"])).toEqual(placeholders(message["en-US"]));
      expect(message["zh-CN"]).not.toBe(message["en-US"]);
    },
  );

  it("fills the no-header message with the scanned row count", () => {
    expect(bilingual(HEADER_MESSAGES["headers.noHeaderRow"], { scannedRows: 30 })).toMatch(
      /^在前 30 行.* \/ No header row in the first 30 rows/,
    );
  });
});
