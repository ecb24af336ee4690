// `npm run test:e2e`: builds the preview, serves it on a free localhost port, drives Debian's Chromium
// through every scenario (a fresh browser context each), saves one screenshot per scenario under
// test-results/e2e/ and writes a jest-like summary to test-results/e2e-results.json (numPassedTests /
// numFailedTests, which .ci/summary.cjs adds to CI's last line). Exits 1 when any scenario fails.
//
//   npm run test:e2e                       all scenarios
//   npm run test:e2e -- --grep board       scenarios whose name contains "board"
//   npm run test:e2e -- --no-build         reuse dist-preview/
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { launchChromium } from "./chromium";
import type { Scenario } from "./harness";
import { PreviewPage } from "./harness";
import { buildPreview, ROOT, servePreview } from "./previewBuild";
import { SCENARIOS } from "./scenarios";

const RESULTS_DIR = path.join(ROOT, "test-results");
const SCREENSHOTS = path.join(RESULTS_DIR, "e2e");
const SCENARIO_TIMEOUT_MS = 90_000;

interface TestResult {
  readonly fullName: string;
  readonly status: "passed" | "failed";
  readonly duration: number;
  readonly screenshot: string;
  readonly failureMessages: string[];
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const grepAt = args.indexOf("--grep");
  const grep = grepAt >= 0 ? (args[grepAt + 1] ?? "") : "";
  const scenarios = SCENARIOS.filter((s) => s.name.toLowerCase().includes(grep.toLowerCase()));
  mkdirSync(SCREENSHOTS, { recursive: true });

  const started = Date.now();
  if (!args.includes("--no-build")) {
    console.log("Building the preview (webpack --env preview) …");
    buildPreview();
  }
  const server = await servePreview();
  const browser = await launchChromium();
  console.log(`Preview at ${server.url}, Chromium ${browser.version()}; ${scenarios.length} scenarios`);
  const results: TestResult[] = [];
  try {
    for (const scenario of scenarios) results.push(await runScenario(scenario, server.url, browser));
  } finally {
    await browser.close();
    await server.close();
  }

  const passed = results.filter((r) => r.status === "passed").length;
  const failed = results.length - passed;
  const summary = {
    numTotalTests: results.length,
    numPassedTests: passed,
    numFailedTests: failed,
    numPendingTests: 0,
    success: failed === 0,
    startTime: started,
    testResults: [
      {
        name: "tests/e2e/scenarios.ts",
        status: failed === 0 ? "passed" : "failed",
        assertionResults: results,
      },
    ],
  };
  writeFileSync(path.join(RESULTS_DIR, "e2e-results.json"), JSON.stringify(summary, null, 2));
  console.log(
    `e2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s); screenshots in test-results/e2e/`,
  );
  return failed === 0 ? 0 : 1;
}

async function runScenario(
  scenario: Scenario,
  url: string,
  browser: Awaited<ReturnType<typeof launchChromium>>,
): Promise<TestResult> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 860 },
    locale: "zh-CN",
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    // A failed load is reported with its URL below; the console's copy has none.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      pageErrors.push(`console.error: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) pageErrors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const preview = new PreviewPage(page);
  const screenshot = path.join(SCREENSHOTS, `${scenario.screenshot}.png`);
  const start = Date.now();
  const failures: string[] = [];
  try {
    await withTimeout(
      (async () => {
        await preview.open(url, scenario.query);
        await scenario.run(preview);
      })(),
      SCENARIO_TIMEOUT_MS,
      scenario.name,
    );
  } catch (error) {
    failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  if (pageErrors.length > 0) failures.push(`errors in the page:\n  ${pageErrors.join("\n  ")}`);
  try {
    await page.screenshot({ path: screenshot });
  } catch (error) {
    failures.push(`no screenshot: ${String(error)}`);
  }
  await context.close();
  const status = failures.length === 0 ? "passed" : "failed";
  const duration = Date.now() - start;
  console.log(`${status === "passed" ? "  ✓" : "  ✗"} ${scenario.name} (${duration} ms)`);
  for (const failure of failures) console.log(`      ${failure.split("\n").join("\n      ")}`);
  return {
    fullName: scenario.name,
    status,
    duration,
    screenshot: path.relative(ROOT, screenshot),
    failureMessages: failures,
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    // The suite could not run at all: still leave a summary that counts as a failure.
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(
      path.join(RESULTS_DIR, "e2e-results.json"),
      JSON.stringify({ numTotalTests: 1, numPassedTests: 0, numFailedTests: 1, success: false }),
    );
    process.exit(1);
  },
);
