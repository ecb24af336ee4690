// Prints jest's totals as one plain line "N passed, N failed" (", N skipped" when some were skipped).
// Exits 1 when the JSON is missing (jest never ran: typecheck, lint, validate or build failed first).
const fs = require("fs");
const file = process.argv[2];
let totals = { passed: 0, failed: 0, skipped: 0 };
let found = false;
for (const f of [file, "test-results/e2e-results.json"]) {
  if (!f || !fs.existsSync(f)) continue;
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (f === file) found = true;
}
if (!found) {
  console.log("The unit tests did not run: an earlier step of `npm test` failed (see above).");
  totals.failed += 1;
}
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : "";
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(found ? 0 : 1);
