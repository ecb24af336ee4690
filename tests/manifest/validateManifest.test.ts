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
  it("passes the real manifest.xml", async () => {
    const report = await validateManifest(MANIFEST, realEnv);
    expect(report.problems.map(describeManifestProblem)).toEqual([]);
  });

  const moveBefore = (xml: string, element: string, before: string): string => {
    const match = new RegExp(`\\s*<${element}>[^<]*</${element}>`).exec(xml)!;
    const without = xml.replace(match[0], "");
    return without.replace(`<${before}>`, `${match[0].trim()}\n  <${before}>`);
  };
  const lineOf = (xml: string, text: string): number =>
    xml.split("\n").findIndex((l) => l.includes(text)) + 1;

  // The five manifests `npm run validate` used to pass (issue 11), then rules the hand-written checks
  // used to cover and the schema now does. Each names the text the schema's message must quote and
  // the text on the line it must point at.
  it.each<[string, () => string, string, string]>([
    [
      "a permission that does not exist",
      () => breakManifest("<Permissions>ReadWriteDocument", "<Permissions>ReadWriteEverything"),
      "'ReadWriteEverything' is not an element of the set",
      "<Permissions>",
    ],
    [
      "a runtime lifetime that does not exist",
      () => breakManifest('lifetime="long"', 'lifetime="forever"'),
      "'forever' is not an element of the set {'short', 'long'}",
      "<Runtime ",
    ],
    [
      "a misspelt control type",
      () =>
        breakManifest(
          '<Control xsi:type="Button" id="OrderFlow.ShowPane">',
          '<Control xsi:type="Buton" id="OrderFlow.ShowPane">',
        ),
      "'Buton' of the xsi:type attribute does not resolve to a type definition",
      'xsi:type="Buton"',
    ],
    [
      "a misspelt extension point",
      () => breakManifest('xsi:type="PrimaryCommandSurface"', 'xsi:type="PrimaryCommandSurfac"'),
      "'PrimaryCommandSurfac' of the xsi:type attribute does not resolve to a type definition",
      "<ExtensionPoint",
    ],
    [
      "a VersionOverrides version that does not exist",
      () => breakManifest('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV9_0"'),
      "'VersionOverridesV9_0' of the xsi:type attribute does not resolve to a type definition",
      "<VersionOverrides ",
    ],
    [
      "an id that is not a GUID",
      () => breakManifest("<Id>5337c789-3b15-4e08-89d8-4d39513b72dc</Id>", "<Id>orderflow-1</Id>"),
      "Element 'Id'",
      "<Id>",
    ],
    [
      "a version with letters",
      () => breakManifest("<Version>0.1.0.0</Version>", "<Version>v1</Version>"),
      "'v1' is not accepted by the pattern",
      "<Version>",
    ],
    [
      "elements out of schema order",
      () => moveBefore(MANIFEST, "Permissions", "DefaultSettings"),
      "Element 'Permissions': This element is not expected. Expected is ( DefaultSettings )",
      "<Permissions>",
    ],
    [
      "an element the schema does not know",
      () => breakManifest("<Permissions>", "<Colour>green</Colour>\n  <Permissions>"),
      "Element 'Colour': This element is not expected",
      "<Colour>",
    ],
    [
      "a resid longer than 32 characters",
      () => breakManifest('<Label resid="Group.Label"/>', `<Label resid="${"G".repeat(33)}"/>`),
      "has a length of '33'",
      "GGGG",
    ],
    [
      "a control id longer than 125 characters",
      () => breakManifest('id="OrderFlow.RefreshReview"', `id="${"R".repeat(126)}"`),
      "has a length of '126'",
      "RRRR",
    ],
    [
      "a long string over 250 characters",
      () =>
        breakManifest(
          '<bt:Override Locale="zh-CN" Value="打开订单流窗格：我的待办、看板和订单流程。"/>',
          `<bt:Override Locale="zh-CN" Value="${"单".repeat(251)}"/>`,
        ),
      "has a length of '251'",
      "单单单",
    ],
    [
      "an <Action> before the control's <Icon>",
      () => {
        const control = /<Control xsi:type="Button" id="OrderFlow.RefreshReview">[\s\S]*?<\/Control>/.exec(
          MANIFEST,
        )![0];
        const action = /\s*<Action[\s\S]*?<\/Action>/.exec(control)![0];
        return MANIFEST.replace(
          control,
          control.replace(action, "").replace("<Icon>", `${action.trim()}\n<Icon>`),
        );
      },
      "This element is not expected",
      'xsi:type="ExecuteFunction"',
    ],
    [
      "a task pane add-in's overrides under a content add-in root",
      () => breakManifest('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
      "Element 'VersionOverrides': This element is not expected",
      "<VersionOverrides ",
    ],
  ])("refuses %s by the schema", async (_name, makeXml, detail, onLine) => {
    const xml = makeXml();
    const problems = (await validateManifest(xml, realEnv)).problems;
    const quoting = problems.find((p) => String(p.params.detail).includes(detail));
    expect(quoting?.kind).toBe("schemaViolation");
    expect(quoting?.params.detail).toContain(detail);
    expect(quoting?.line).toBe(lineOf(xml, onLine));
  });

  it.each<[string, () => string, ManifestProblemKind, Record<string, string | number>]>([
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
      "an icon outside assets/",
      () =>
        breakManifest("https://localhost:3000/assets/review-32.png", "https://localhost:3000/review-32.png"),
      "iconNotInAssets",
      { url: "https://localhost:3000/review-32.png" },
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
  ])("refuses %s", async (_name, makeXml, kind, params) => {
    const problems = (await validateManifest(makeXml(), realEnv)).problems;
    expect(kinds(problems)).toContain(kind);
    expect(problems.find((p) => p.kind === kind)?.params).toMatchObject(params);
  });

  it("reports a duplicate control id once, on the repeated control's own line", async () => {
    const xml = breakManifest('id="OrderFlow.RefreshReview"', 'id="OrderFlow.ShowPane"');
    const duplicates = (await validateManifest(xml, realEnv)).problems.filter(
      (p) => p.kind === "duplicateControlId",
    );
    expect(duplicates.map((p) => p.line)).toEqual([lineOf(MANIFEST, 'id="OrderFlow.RefreshReview"')]);
  });

  it("refuses an ExecuteFunction that src/commands never associates", async () => {
    const env: ManifestEnvironment = { ...realEnv, associatedFunctions: new Set(["somethingElse"]) };
    const problems = (await validateManifest(MANIFEST, env)).problems;
    expect(problems.map((p) => [p.kind, p.params.name])).toEqual([
      ["functionNotAssociated", "refreshWeeklyReview"],
    ]);
  });

  it("reports malformed XML, with its line, and checks nothing else", async () => {
    const xml = breakManifest('<Host Name="Workbook"/>', "<Host Name=Workbook/>");
    const report = await validateManifest(xml, realEnv);
    expect(new Set(kinds(report.problems))).toEqual(new Set(["notWellFormed"]));
    expect(report.problems[0]?.line).toBe(lineOf(xml, "<Host Name=Workbook/>"));
    expect(report.checks).toBe(0);
  });

  it("collects schema and hand-written problems together, in line order", async () => {
    const xml = breakManifest("<Version>0.1.0.0</Version>", "<Version>one</Version>").replace(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Support.Url"/>',
    );
    const problems = (await validateManifest(xml, realEnv)).problems;
    expect(problems.map((p) => [p.kind, p.line])).toEqual([
      ["schemaViolation", lineOf(xml, "<Version>")],
      ["runtimeMismatch", lineOf(xml, "<FunctionFile ")],
    ]);
  });

  it("places a schema problem on its element and line, in both languages", async () => {
    const xml = breakManifest("<Version>0.1.0.0</Version>", "<Version>v1</Version>");
    const [problem] = (await validateManifest(xml, realEnv)).problems;
    expect(problem!.where).toBe("Version");
    expect(problem!.message["en-US"]).toMatch(
      /^Does not follow the add-in manifest schema \(Element 'Version': .*'v1'/,
    );
    expect(problem!.message["zh-CN"]).toMatch(/^不符合加载项清单架构/);
    expect(describeManifestProblem(problem!)).toMatch(
      new RegExp(`^line ${lineOf(xml, "<Version>")} Version: 不符合.* / Does not`),
    );
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
