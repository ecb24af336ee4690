import type { ActivityEntry, ActivitySource } from "../../../src/core/plan";
import {
  ACTIVITY_HEADER,
  ACTIVITY_SOURCE_LABELS,
  activityRow,
  readActivityField,
  readActivitySource,
} from "../../../src/core/plan";
import { ALL_FIELDS } from "../../../src/core/schema";

const SOURCES = Object.keys(ACTIVITY_SOURCE_LABELS) as ActivitySource[];

const entry = (overrides: Partial<ActivityEntry> = {}): ActivityEntry => ({
  time: 46351.5,
  orderId: "A1",
  line: "",
  field: "status",
  from: "待处理",
  to: "已发货",
  by: "李娜",
  source: "pane",
  ...overrides,
});

describe("the Activity sheet's cells", () => {
  describe("as written", () => {
    it("name the field and the source in both languages, like the sheet's header", () => {
      expect(ACTIVITY_HEADER[3]).toBe("字段 Field");
      expect(activityRow(entry())).toEqual([
        46351.5,
        "A1",
        "",
        "状态 Status",
        "待处理",
        "已发货",
        "李娜",
        "任务窗格 Pane",
      ]);
      expect(activityRow(entry({ field: "owner", source: "routing" }))).toEqual(
        expect.arrayContaining(["负责人 Owner", "自动分配 Auto-routing"]),
      );
      expect(activityRow(entry({ field: "tracking", source: "scan" }))[3]).toBe("快递单号 Tracking number");
    });

    it("keep the team's words in From and To", () => {
      const row = activityRow(entry({ from: "待发货", to: "Shipped!" }));
      expect([row[4], row[5]]).toEqual(["待发货", "Shipped!"]);
    });

    it("never write an internal key", () => {
      for (const field of ALL_FIELDS)
        for (const source of SOURCES) {
          const row = activityRow(entry({ field, source }));
          expect([row[3], row[7]]).not.toContain(field);
          expect([row[3], row[7]]).not.toContain(source);
        }
    });
  });

  describe("as read back", () => {
    it.each(ALL_FIELDS.map((field) => [field]))("finds %s from its key and from its label", (field) => {
      expect(readActivityField(field)).toBe(field);
      expect(readActivityField(activityRow(entry({ field }))[3] ?? null)).toBe(field);
    });

    it.each(SOURCES.map((source) => [source]))(
      "finds the source %s from its key and from its label",
      (source) => {
        expect(readActivitySource(source)).toBe(source);
        expect(readActivitySource(activityRow(entry({ source }))[7] ?? null)).toBe(source);
      },
    );

    it.each([
      ["状态", "status"],
      ["Status", "status"],
      [" status ", "status"],
      ["状态  Status", "status"],
      ["STATUSSINCE", "statusSince"],
      ["处理备注 Note", "note"],
      ["平台状态 Marketplace status", "marketStatus"],
    ])("reads %j (one language, stray spaces, any case) as %s", (cell, field) => {
      expect(readActivityField(cell)).toBe(field);
    });

    it.each([["state"], [""], [null], [3], [true], ["状态 Status extra"]])("reads %j as no field", (cell) => {
      expect(readActivityField(cell)).toBeNull();
      expect(readActivitySource(cell)).toBeNull();
    });

    it("reads one language of a source alone", () => {
      expect(readActivitySource("扫码")).toBe("scan");
      expect(readActivitySource("auto-routing")).toBe("routing");
      expect(readActivitySource("Typed")).toBe("edit");
    });
  });
});
