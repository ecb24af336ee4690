#!/usr/bin/env node
// The `orderflow` command (package.json "bin"). It runs dist-cli/orderflow.cjs, the CLI compiled to
// one plain-JavaScript file by esbuild (buildCli.cjs), so no TypeScript is compiled at start-up.
// The bundle is not committed and no install script builds it: this launcher builds it on the first
// run in a checkout (about 0.2 s) and again whenever a source file of the CLI is newer than it. So
// `npx orderflow` works right after `npm ci` (with or without --ignore-scripts), after a `git pull`,
// and never runs stale code while someone edits src/; `npm run build:cli` builds it explicitly.
"use strict";

const fs = require("fs");
const { BUNDLE, buildCli, bundleIsCurrent } = require("./buildCli.cjs");

if (!bundleIsCurrent()) {
  try {
    buildCli();
  } catch (error) {
    const noEsbuild = error && error.code === "MODULE_NOT_FOUND";
    // Without esbuild (an install without dev dependencies) an existing bundle is the best there is.
    if (!(noEsbuild && fs.existsSync(BUNDLE))) {
      // Bilingual like every message of the command (the catalog is TypeScript, not loaded yet).
      process.stderr.write(
        noEsbuild
          ? "orderflow: 无法编译命令（缺少 esbuild）；请先运行 npm ci / cannot build the command (esbuild is missing); run npm ci first\n"
          : `orderflow: 无法编译命令，见上方错误 / cannot build the command, see the error above (${
              error instanceof Error ? error.message.split("\n")[0] : String(error)
            })\n`,
      );
      process.exit(1);
    }
  }
}
require(BUNDLE);
