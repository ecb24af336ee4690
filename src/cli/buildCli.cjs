// Builds the `orderflow` command: esbuild bundles src/cli/orderflow.ts and every source file it
// imports into one plain-JavaScript file, dist-cli/orderflow.cjs, so the command starts without
// compiling TypeScript. npm packages stay outside the bundle (they are in node_modules at run time),
// so a package a command imports lazily — ExcelJS, for .xlsx files only — costs nothing until used.
// Beside the bundle, dist-cli/inputs.json lists the source files it was built from, so the launcher
// (orderflow.cjs) can tell in a few stat calls whether a source changed since.
//
// `npm run build:cli` runs this file; the launcher calls it when the bundle is missing or stale.
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "dist-cli");
const BUNDLE = path.join(OUT_DIR, "orderflow.cjs");
const INPUTS = path.join(OUT_DIR, "inputs.json");

function buildCli() {
  // A dev dependency: present in every checkout after `npm ci`, needed only to build.
  const { buildSync } = require("esbuild");
  const result = buildSync({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/orderflow.ts"],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    outfile: BUNDLE,
    write: false,
    metafile: true,
    logLevel: "warning",
  });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const bundle = result.outputFiles.find((file) => file.path === BUNDLE);
  if (!bundle) throw new Error(`esbuild wrote no ${BUNDLE}`);
  // Written to a temporary name and renamed: several commands may start (and build) at once.
  writeAtomically(INPUTS, JSON.stringify(Object.keys(result.metafile.inputs)));
  writeAtomically(BUNDLE, bundle.contents);
  return BUNDLE;
}

function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

/** True when the bundle exists and none of the source files it was built from is newer. */
function bundleIsCurrent() {
  let builtAt;
  let inputs;
  try {
    builtAt = fs.statSync(BUNDLE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS, "utf8"));
  } catch {
    return false;
  }
  return (
    Array.isArray(inputs) &&
    inputs.every((input) => {
      try {
        return fs.statSync(path.join(ROOT, input)).mtimeMs <= builtAt;
      } catch {
        return false; // a source file was moved or deleted
      }
    })
  );
}

module.exports = { BUNDLE, buildCli, bundleIsCurrent };

if (require.main === module) {
  buildCli();
  console.log(`orderflow: built ${path.relative(ROOT, BUNDLE)}`);
}
