// The result of `orderflow import` opened by a real spreadsheet engine: LibreOffice (headless, with a
// private profile so parallel runs do not share one) reads the written workbook (with the add-in parts
// carried over into the package), every order row is there, and the highlight rules still cover the new rows after LibreOffice saves the file again.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { openZip, partText } from "../../src/adapters/file/zipPackage";
import { runCli } from "../../src/cli/main";
import { CSV_FILTER, hasSoffice, SOFFICE_MISSING } from "../realEngine/libreOffice";

const fixture = (name: string): string => path.join(__dirname, "../fixtures/import", name);

function soffice(dir: string, args: string[]): void {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--norestore", ...args],
    { stdio: "ignore", timeout: 120_000 },
  );
}

/** The text of one part of a zip package. */
async function zipText(file: string, name: string): Promise<string> {
  const zip = await openZip(new Uint8Array(readFileSync(file)));
  return zip ? partText(zip, name) : "";
}

describe("orderflow import, opened in LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "orderflow-import-lo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows the merged rows and keeps the highlight rules over them", async () => {
    // Never skipped: without LibreOffice this fails and says how to install it (as tests/realEngine).
    if (!hasSoffice()) throw new Error(SOFFICE_MISSING);
    const out = path.join(dir, "merged.xlsx");
    const code = await runCli(
      [
        "import",
        "--into",
        fixture("team-with-addin.xlsx"),
        fixture("taobao-1125.gbk.csv"),
        fixture("douyin-1125.csv"),
        fixture("amazon-public-orders_report.tsv"),
        "--out",
        out,
      ],
      {
        out: () => undefined,
        errOut: () => undefined,
        env: {},
        now: new Date(Date.UTC(2026, 10, 25, 4, 0)),
      },
    );
    expect(code).toBe(0);

    // Every sheet to UTF-8 CSV (filter option token 12 = -1: all sheets, one file each).
    soffice(dir, ["--convert-to", CSV_FILTER, "--outdir", dir, out]);
    const ordersCsv = readdirSync(dir).find((f) => f.endsWith(".csv") && f.includes("Orders"));
    expect(ordersCsv).toBeDefined();
    const lines = readFileSync(path.join(dir, ordersCsv ?? ""), "utf8")
      .trim()
      .split("\n");
    // Title, header, 4 team rows, 52 new rows.
    expect(lines).toHaveLength(2 + 4 + 52);
    const byId = (id: string) => lines.filter((l) => l.startsWith(`${id},`));
    expect(byId("35153131473293579")[0]).toContain("SF1234567890123");
    expect(byId("35153131473293579")[0]).toContain("处理中 Picking & packing,王芳,加急");
    expect(byId("6917926768823640001")).toHaveLength(2);
    expect(byId("JP31-4744854-3341057")).toHaveLength(1);
    // The note that looks like a formula is shown as its text, not evaluated.
    expect(byId("35153131473290003")[0]).toContain('"=HYPERLINK(""http://example.com"",""点我"")"');

    // LibreOffice saves it again: the OrderFlow highlight rules still reach the last new row.
    const resaved = path.join(dir, "resaved");
    soffice(dir, ["--convert-to", "xlsx", "--outdir", resaved, out]);
    const sheetXml = await zipText(path.join(resaved, "merged.xlsx"), "xl/worksheets/sheet1.xml");
    const ranges = [...sheetXml.matchAll(/<conditionalFormatting sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(ranges.length).toBeGreaterThan(3);
    for (const range of ranges) expect(range).toMatch(/:[A-Z]+58\b/);
    expect(sheetXml).toContain("N(&quot;OrderFlow&quot;)=0");
  }, 240_000);
});
