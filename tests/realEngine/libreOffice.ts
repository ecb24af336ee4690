/**
 * LibreOffice Calc, headless, as an independent spreadsheet engine: it opens an .xlsx, recalculates
 * every formula (forced: by default LibreOffice keeps the cached results of OOXML files) and writes each
 * sheet's shown values as CSV. Each call uses its own profile under the temp folder, so parallel test
 * workers never share LibreOffice's user installation (and its lock).
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";

export const SOFFICE_MISSING =
  "LibreOffice (soffice) is not installed, so the real-engine formula checks can not run. " +
  "Install Debian's libreoffice-calc-nogui (apt-get install -y libreoffice-calc-nogui; .ci/run does this in CI).";

/** Whether `soffice` runs here; never a reason to skip: the caller fails with SOFFICE_MISSING. */
export function hasSoffice(): boolean {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 30_000 });
  return probe.status === 0 && /LibreOffice/i.test(probe.stdout);
}

// Recalculate on load: 0 = always (Tools ▸ Options ▸ LibreOffice Calc ▸ Formula ▸ "Recalculation on File Load").
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/*
 * CSV filter options (LibreOffice's "Filter Options" for CSV): comma, double quote, UTF-8 (76), from
 * line 1, default column formats, default language, quote text only when needed, detect special numbers,
 * values (not as shown), results (not formulas), no BOM, and -1: every sheet to its own file.
 */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Recalculates `xlsx` in LibreOffice; resolves each sheet's shown values (rows of strings) by sheet name. */
export async function recalculate(
  xlsx: Buffer,
  sheetNames: readonly string[],
): Promise<Map<string, string[][]>> {
  const work = mkdtempSync(join(tmpdir(), "orderflow-lo-"));
  try {
    const profile = join(work, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
    const input = join(work, "book.xlsx");
    writeFileSync(input, xlsx);
    const out = join(work, "out");
    await new Promise<void>((resolve, reject) => {
      execFile(
        "soffice",
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          CSV_FILTER,
          "--outdir",
          out,
          input,
        ],
        { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve(),
      );
    });
    const files = readdirSync(out);
    const sheets = new Map<string, string[][]>();
    for (const name of sheetNames) {
      const file = files.find((f) => f === `book-${name}.csv`);
      if (!file) throw new Error(`LibreOffice wrote no CSV for sheet ${name} (got ${files.join(", ")})`);
      const parsed = Papa.parse<string[]>(readFileSync(join(out, file), "utf8"), { skipEmptyLines: false });
      sheets.set(name, parsed.data);
    }
    return sheets;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
