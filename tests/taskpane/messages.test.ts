import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../../src/core/i18n/translate";
import { ACTION_MESSAGES } from "../../src/taskpane/actionMessages";
import { IMPORT_TEXT } from "../../src/taskpane/import/importMessages";
import { NOTIFY_PANE_MESSAGES } from "../../src/taskpane/notify/messages";
import { APPLY_SETTINGS_MESSAGES } from "../../src/taskpane/views/applySettingsMessages";
import { ONBOARDING_MESSAGES } from "../../src/taskpane/views/onboardingMessages";
import { WAREHOUSE_TEXT } from "../../src/taskpane/views/warehouseMessages";
import { PANE_MESSAGES, PLATFORM_LABELS, PROBLEM_KIND_LABELS } from "../../src/taskpane/messages";
import { formatDue, initials, joinList, recentWeeks, rowAddress } from "../../src/taskpane/format";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("pane messages", () => {
  it.each(
    Object.entries({
      ...PANE_MESSAGES,
      ...PROBLEM_KIND_LABELS,
      ...PLATFORM_LABELS,
      ...ACTION_MESSAGES,
      ...IMPORT_TEXT,
    }),
  )("%s has both languages with the same placeholders", (_, message) => {
    expect(message["zh-CN"].trim()).not.toBe("");
    expect(message["en-US"].trim()).not.toBe("");
    expect(placeholders(message["zh-CN"])).toEqual(placeholders(message["en-US"]));
  });
});

/** Every source file of the pane, by path. */
function paneSources(dir = join(__dirname, "../../src/taskpane")): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [p, text] of paneSources(path)) files.set(p, text);
    else if (/\.tsx?$/.test(entry.name)) files.set(path, readFileSync(path, "utf8"));
  }
  return files;
}

/**
 * The keys of `name` that some pane file uses: files importing the catalog (under its own name or an
 * alias) and naming `alias.key`.
 */
function usedKeys(name: string, sources: ReadonlyMap<string, string>): Set<string> {
  const used = new Set<string>();
  const importOf = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b(?:\\s+as\\s+(\\w+))?[^}]*\\}\\s*from`, "u");
  for (const text of sources.values()) {
    const imported = importOf.exec(text);
    if (!imported) continue;
    const alias = imported[1] ?? name;
    for (const m of text.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, "gu"))) used.add(m[1]!);
  }
  return used;
}

describe("pane catalogs outside messages.ts", () => {
  const catalogs: Record<string, Catalog> = {
    WAREHOUSE_TEXT,
    NOTIFY_PANE_MESSAGES,
    ONBOARDING_MESSAGES,
    APPLY_SETTINGS_MESSAGES,
  };
  const sources = paneSources();

  it.each(
    Object.entries(catalogs).flatMap(([name, catalog]) =>
      Object.entries(catalog).map(([key, message]) => [`${name}.${key}`, message] as const),
    ),
  )("%s has both languages with the same placeholders", (_, message) => {
    expect(message["zh-CN"].trim()).not.toBe("");
    expect(message["en-US"].trim()).not.toBe("");
    expect(placeholders(message["zh-CN"])).toEqual(placeholders(message["en-US"]));
  });

  it.each(Object.entries(catalogs))("every message of %s is used by the pane", (name, catalog) => {
    const used = usedKeys(name, sources);
    expect(Object.keys(catalog).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe("format helpers", () => {
  it.each([
    ["Orders", 12, "Orders!12:12"],
    ["My orders", 3, "'My orders'!3:3"],
    ["订单", 7, "'订单'!7:7"],
    ["Bob's", 2, "'Bob''s'!2:2"],
    ["Q1", 5, "'Q1'!5:5"],
  ])("addresses row %s of sheet %s", (sheet, row, expected) => {
    expect(rowAddress(sheet, row)).toBe(expected);
  });

  it.each([
    ["王小明", "小明"],
    ["李雷", "李雷"],
    ["Alice Chen", "AC"],
    ["bob", "B"],
    ["", ""],
  ])("initials of %j are %j", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it.each([
    ["zh-CN", "待处理、已取消"],
    ["en-US", "待处理, 已取消"],
  ] as const)("joins a list inside a %s sentence as %j", (locale, expected) => {
    expect(joinList(["待处理", "已取消"], locale)).toBe(expected);
  });

  it("writes a due time without the year when it is this year's", () => {
    expect(formatDue(46160.5, 46160)).toBe("05-18 12:00");
    expect(formatDue(46022.25, 46160)).toBe("2025-12-31 06:00");
  });

  it.each([
    [new Date(2026, 0, 1), { year: 2025, week: 52 }, "2025-12-22", "2025-12-28"],
    [new Date(2027, 0, 5), { year: 2026, week: 53 }, "2026-12-28", "2027-01-03"],
    [new Date(2025, 0, 6), { year: 2025, week: 1 }, "2024-12-30", "2025-01-05"],
  ])("offers, on %s, ISO week %j (%s to %s) first", (today, week, from, to) => {
    expect(recentWeeks(today, 1)).toEqual([{ week, from, to }]);
  });

  it("offers the complete weeks before today, most recent first", () => {
    expect(recentWeeks(new Date(2026, 4, 20), 2)).toEqual([
      { week: { year: 2026, week: 20 }, from: "2026-05-11", to: "2026-05-17" },
      { week: { year: 2026, week: 19 }, from: "2026-05-04", to: "2026-05-10" },
    ]);
  });
});
