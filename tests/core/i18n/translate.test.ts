import { bilingual, fillTemplate, pickLocale, translate } from "../../../src/core/i18n/translate";

const message = { "zh-CN": "第 {row} 行：{what}", "en-US": "Row {row}: {what}" };

describe("i18n", () => {
  it("fills placeholders in the chosen language", () => {
    expect(translate(message, "zh-CN", { row: 3, what: "缺货" })).toBe("第 3 行：缺货");
    expect(translate(message, "en-US", { row: 3, what: "out of stock" })).toBe("Row 3: out of stock");
  });

  it("leaves an unknown placeholder visible instead of printing undefined", () => {
    expect(fillTemplate("a {b} {c}", { b: 1 })).toBe("a 1 {c}");
  });

  it("writes both languages Chinese first, once when they are the same", () => {
    expect(bilingual(message, { row: 1, what: "x" })).toBe("第 1 行：x / Row 1: x");
    expect(bilingual({ "zh-CN": "VIP", "en-US": "VIP" })).toBe("VIP");
  });

  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh_CN.UTF-8", "zh-CN"],
    ["en-US", "en-US"],
    ["de-DE", "en-US"],
    ["", "en-US"],
    [undefined, "en-US"],
  ])("picks %s → %s", (language, locale) => {
    expect(pickLocale(language)).toBe(locale);
  });
});
