import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestEnvironment, ManifestProblem, ManifestProblemKind } from "../../src/cli/manifest";
import {
  describeManifestProblem,
  findAssociatedFunctions,
  probePng,
  readManifestEnvironment,
  validateManifest,
} from "../../src/cli/manifest";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const realEnv = readManifestEnvironment(ROOT);

/** The real manifest with one exact piece of text replaced (the piece must exist, once). */
function breakManifest(find: string, replace: string): string {
  const first = MANIFEST.indexOf(find);
  if (first < 0 || MANIFEST.indexOf(find, first + 1) >= 0)
    throw new Error(`"${find}" must occur exactly once`);
  return MANIFEST.replace(find, replace);
}

function kinds(problems: readonly ManifestProblem[]): ManifestProblemKind[] {
  return problems.map((p) => p.kind);
}

describe("validateManifest", () => {
  describe("on the real manifest.xml", () => {
    const report = validateManifest(MANIFEST, realEnv);

    it("finds no problem", () => {
      expect(report.problems.map(describeManifestProblem)).toEqual([]);
    });

    it("runs a few hundred individual checks", () => {
      expect(report.checks).toBeGreaterThan(200);
    });
  });

  const moveBefore = (xml: string, element: string, before: string): string => {
    const match = new RegExp(`\\s*<${element}>[^<]*</${element}>`).exec(xml)!;
    const without = xml.replace(match[0], "");
    return without.replace(`<${before}>`, `${match[0].trim()}\n  <${before}>`);
  };

  it.each<[string, () => string, ManifestProblemKind, Record<string, string | number>]>([
    [
      "a GUID that is not one",
      () => breakManifest("<Id>5337c789-3b15-4e08-89d8-4d39513b72dc</Id>", "<Id>orderflow-1</Id>"),
      "badId",
      { value: "orderflow-1" },
    ],
    [
      "a three-part version",
      () => breakManifest("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"),
      "badVersion",
      { value: "0.1.0" },
    ],
    [
      "a resid with no resource",
      () => breakManifest('<Description resid="Refresh.Tooltip"/>', '<Description resid="Refresh.Tip"/>'),
      "unknownResid",
      { resid: "Refresh.Tip" },
    ],
    [
      "a resid of the wrong kind",
      () => breakManifest('<Label resid="Group.Label"/>', '<Label resid="Refresh.Tooltip"/>'),
      "wrongResidType",
      { resid: "Refresh.Tooltip", section: "ShortStrings", found: "LongStrings" },
    ],
    [
      "a resid longer than 32 characters",
      () => breakManifest('<Label resid="Group.Label"/>', `<Label resid="${"G".repeat(33)}"/>`),
      "residTooLong",
      { length: 33 },
    ],
    [
      "an http URL",
      () =>
        breakManifest(
          'DefaultValue="https://localhost:3000/assets/icon-80.png"',
          'DefaultValue="http://localhost:3000/assets/icon-80.png"',
        ),
      "notHttps",
      { url: "http://localhost:3000/assets/icon-80.png" },
    ],
    [
      "a URL on another origin",
      () =>
        breakManifest(
          '<SupportUrl DefaultValue="https://localhost:3000/support.html"/>',
          '<SupportUrl DefaultValue="https://example.com/help"/>',
        ),
      "otherOrigin",
      { origin: "https://localhost:3000" },
    ],
    [
      "an icon of the wrong size",
      () =>
        breakManifest(
          '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
          '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
        ),
      "iconSize",
      { file: "assets/icon-64.png", width: 64, expected: 80 },
    ],
    [
      "a high-resolution icon that is not 64 px",
      () =>
        breakManifest(
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>',
        ),
      "iconSize",
      { width: 128, expected: 64 },
    ],
    [
      "an icon file that does not exist",
      () =>
        breakManifest(
          "https://localhost:3000/assets/review-32.png",
          "https://localhost:3000/assets/review-33.png",
        ),
      "iconMissing",
      { file: "assets/review-33.png" },
    ],
    [
      "an icon outside assets/",
      () =>
        breakManifest("https://localhost:3000/assets/review-32.png", "https://localhost:3000/review-32.png"),
      "iconNotInAssets",
      {},
    ],
    [
      "elements out of schema order",
      () => moveBefore(MANIFEST, "Permissions", "DefaultSettings"),
      "outOfOrder",
      { parent: "OfficeApp", element: "DefaultSettings", after: "Permissions" },
    ],
    [
      "a missing required element",
      () => breakManifest('  <SupportUrl DefaultValue="https://localhost:3000/support.html"/>\n', ""),
      "missingElement",
      { parent: "OfficeApp", element: "SupportUrl" },
    ],
    [
      "an element the schema does not know",
      () => breakManifest("<Permissions>", "<Colour>green</Colour>\n  <Permissions>"),
      "unexpectedElement",
      { element: "Colour" },
    ],
    ["malformed XML", () => breakManifest("</DefaultSettings>", "</DefaultSetting>"), "notWellFormed", {}],
    [
      "an unquoted attribute",
      () => breakManifest('<Host Name="Workbook"/>', "<Host Name=Workbook/>"),
      "notWellFormed",
      {},
    ],
    [
      "a content add-in",
      () => breakManifest('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
      "wrongRoot",
      {},
    ],
    [
      "a manifest for Word",
      () => breakManifest('<Host Name="Workbook"/>', '<Host Name="Document"/>'),
      "missingWorkbookHost",
      {},
    ],
    [
      "no SharedRuntime requirement",
      () => breakManifest('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      "missingRequirement",
      { set: "SharedRuntime" },
    ],
    [
      "a duplicate control id",
      () => breakManifest('id="OrderFlow.RefreshReview"', 'id="OrderFlow.ShowPane"'),
      "duplicateControlId",
      { id: "OrderFlow.ShowPane" },
    ],
    [
      "a control id over 125 characters",
      () => breakManifest('id="OrderFlow.RefreshReview"', `id="${"R".repeat(126)}"`),
      "controlIdTooLong",
      { length: 126 },
    ],
    [
      "a short string over 125 characters",
      () => breakManifest('DefaultValue="Show OrderFlow"', `DefaultValue="${"订".repeat(126)}"`),
      "stringTooLong",
      { id: "ShowPane.Label", length: 126, limit: 125 },
    ],
    [
      "a long string over 250 characters",
      () =>
        breakManifest(
          '<bt:Override Locale="zh-CN" Value="打开订单流窗格：我的待办、看板和订单流程。"/>',
          `<bt:Override Locale="zh-CN" Value="${"单".repeat(251)}"/>`,
        ),
      "stringTooLong",
      { id: "ShowPane.Tooltip", locale: "zh-CN", limit: 250 },
    ],
    [
      "a ribbon icon without its 80 px image",
      () => breakManifest('<bt:Image size="80" resid="Review.80x80"/>', ""),
      "missingIconSize",
      { parent: "OrderFlow.RefreshReview", size: 80 },
    ],
    [
      "a function file outside the shared runtime",
      () => breakManifest('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Support.Url"/>'),
      "runtimeMismatch",
      { element: "<FunctionFile>", expected: "Taskpane.Url", found: "Support.Url" },
    ],
    [
      "a duplicate resource id",
      () => breakManifest('<bt:Url id="Support.Url"', '<bt:Url id="Taskpane.Url"'),
      "duplicateResourceId",
      { id: "Taskpane.Url" },
    ],
  ])("refuses %s", (_name, makeXml, kind, params) => {
    const problems = validateManifest(makeXml(), realEnv).problems;
    expect(kinds(problems)).toContain(kind);
    expect(problems.find((p) => p.kind === kind)?.params).toMatchObject(params);
  });

  it("refuses an <Action> before the control's <Icon>, naming the control", () => {
    const control = /<Control xsi:type="Button" id="OrderFlow.RefreshReview">[\s\S]*?<\/Control>/.exec(
      MANIFEST,
    )![0];
    const action = /\s*<Action[\s\S]*?<\/Action>/.exec(control)![0];
    const broken = control.replace(action, "").replace("<Icon>", `${action.trim()}\n<Icon>`);
    const problems = validateManifest(MANIFEST.replace(control, broken), realEnv).problems;
    expect(problems.map((p) => [p.kind, p.params.id])).toEqual([
      ["actionNotLast", "OrderFlow.RefreshReview"],
    ]);
  });

  it("reports a duplicate control id once, on the repeated control's own line", () => {
    const xml = breakManifest('id="OrderFlow.RefreshReview"', 'id="OrderFlow.ShowPane"');
    const lineOf = (text: string): number => MANIFEST.split("\n").findIndex((l) => l.includes(text)) + 1;
    const duplicates = validateManifest(xml, realEnv).problems.filter((p) => p.kind === "duplicateControlId");
    expect(duplicates.map((p) => p.line)).toEqual([lineOf('id="OrderFlow.RefreshReview"')]);
  });

  it("refuses an ExecuteFunction that src/commands never associates", () => {
    const env: ManifestEnvironment = { ...realEnv, associatedFunctions: new Set(["somethingElse"]) };
    const problems = validateManifest(MANIFEST, env).problems;
    expect(problems.map((p) => [p.kind, p.params.name])).toEqual([
      ["functionNotAssociated", "refreshWeeklyReview"],
    ]);
  });

  it("reports malformed XML once and checks nothing else", () => {
    const report = validateManifest(breakManifest("</DefaultSettings>", ""), realEnv);
    expect(kinds(report.problems)).toEqual(["notWellFormed"]);
    expect(report.checks).toBe(1);
  });

  it("collects every problem instead of stopping at the first", () => {
    const xml = breakManifest("<Version>0.1.0.0</Version>", "<Version>one</Version>").replace(
      "<Id>5337c789-3b15-4e08-89d8-4d39513b72dc</Id>",
      "<Id>x</Id>",
    );
    expect(kinds(validateManifest(xml, realEnv).problems)).toEqual(["badId", "badVersion"]);
  });

  it("places a problem on its element and line, in both languages", () => {
    const [problem] = validateManifest(
      breakManifest("<Version>0.1.0.0</Version>", "<Version>v1</Version>"),
      realEnv,
    ).problems;
    expect(problem!.where).toBe("OfficeApp/Version");
    expect(problem!.line).toBe(MANIFEST.split("\n").findIndex((l) => l.includes("<Version>")) + 1);
    expect(problem!.message["en-US"]).toBe(
      '<Version> must look like n.n.n.n (for example 0.1.0.0), found "v1"',
    );
    expect(problem!.message["zh-CN"]).toContain("“v1”");
    expect(describeManifestProblem(problem!)).toMatch(/^line \d+ OfficeApp\/Version: .*“v1”.* \/ .*"v1"/);
  });
});

describe("probePng", () => {
  it("reads width and height from the IHDR of a committed icon", () => {
    expect(probePng(readFileSync(join(ROOT, "assets", "icon-80.png")))).toEqual({
      kind: "png",
      width: 80,
      height: 80,
    });
  });

  it.each([
    ["an SVG", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")],
    ["an empty file", Buffer.alloc(0)],
    ["a truncated PNG", readFileSync(join(ROOT, "assets", "icon-16.png")).subarray(0, 20)],
  ])("refuses %s", (_name, bytes) => {
    expect(probePng(bytes)).toEqual({ kind: "missing" });
  });
});

describe("findAssociatedFunctions", () => {
  it("finds names in any quote style and across a line break, and nothing else", () => {
    const sources = [
      'Office.actions.associate("refreshWeeklyReview", handler);',
      "Office.actions.associate(\n  'advance', fn)",
      "// Office.actions.associate(name, fn) with a variable is not counted",
    ];
    expect([...findAssociatedFunctions(sources)].sort()).toEqual(["advance", "refreshWeeklyReview"]);
  });

  it("sees the real refreshWeeklyReview registration in src/commands", () => {
    expect(realEnv.associatedFunctions.has("refreshWeeklyReview")).toBe(true);
  });
});
