// The `orderflow` bin as a user runs it: a Node process on the launcher, which builds the bundle when
// it is missing or older than the sources, and loads ExcelJS only for .xlsx files.
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

const ROOT = path.join(__dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/cli");

// Preloaded into the command's process: on exit, prints whether ExcelJS was loaded.
const PROBE = `process.on("exit", () => {
  const loaded = Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]exceljs[\\\\/]/.test(file));
  process.stderr.write("exceljs loaded: " + loaded + "\\n");
});`;

interface Run {
  code: number;
  out: string;
  err: string;
}

async function runBin(root: string, args: string[], preload?: string): Promise<Run> {
  const nodeArgs = [...(preload ? ["--require", preload] : []), path.join(root, "src/cli/orderflow.cjs")];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...nodeArgs, ...args], {
      env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: failed.stdout ?? "", err: failed.stderr ?? "" };
  }
}

describe("the orderflow bin", () => {
  // A copy of src/ with no bundle beside it: the state of a fresh clone after `npm ci`.
  let checkout: string;
  let probe: string;
  beforeAll(() => {
    checkout = mkdtempSync(path.join(tmpdir(), "orderflow-bin-"));
    cpSync(path.join(ROOT, "src"), path.join(checkout, "src"), { recursive: true });
    symlinkSync(path.join(ROOT, "node_modules"), path.join(checkout, "node_modules"), "dir");
    probe = path.join(checkout, "probe.cjs");
    writeFileSync(probe, PROBE);
  });
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));

  it("builds the missing bundle on the first run and prints the usage", async () => {
    expect(existsSync(path.join(checkout, "dist-cli/orderflow.cjs"))).toBe(false);
    const run = await runBin(checkout, ["--help"]);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toMatch(/^Usage: orderflow inspect <file>/);
    expect(existsSync(path.join(checkout, "dist-cli/orderflow.cjs"))).toBe(true);
  });

  it("rebuilds when a source file changed since the bundle was built", async () => {
    await runBin(checkout, ["--help"]);
    const messages = path.join(checkout, "src/cli/messages.ts");
    writeFileSync(
      messages,
      readFileSync(messages, "utf8").replace("Usage: orderflow", "Usage (edited): orderflow"),
    );
    // Later than the bundle even where the file system keeps coarse timestamps.
    const later = new Date(Date.now() + 10_000);
    utimesSync(messages, later, later);
    const run = await runBin(checkout, ["--help"]);
    expect(run.out).toMatch(/^Usage \(edited\): orderflow inspect/);
  });

  it("refuses an unknown command with exit code 2", async () => {
    const run = await runBin(ROOT, ["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("Unknown command “frobnicate”");
  });

  it.each([
    { input: "--help", args: ["--help"], loaded: false },
    {
      input: "a CSV",
      args: ["inspect", path.join(FIXTURES, "pinduoduo-orders.csv"), "--json"],
      loaded: false,
    },
    {
      input: "an XLSX",
      args: ["inspect", path.join(FIXTURES, "team-workbook.xlsx"), "--json"],
      loaded: true,
    },
  ])("loads ExcelJS only when it reads an XLSX ($input: $loaded)", async ({ args, loaded }) => {
    const run = await runBin(ROOT, args, probe);
    expect(run.code).toBe(0);
    expect(run.err).toContain(`exceljs loaded: ${String(loaded)}`);
    if (args[0] === "inspect") expect(JSON.parse(run.out)).toHaveProperty("headerRow");
  });
});
