#!/usr/bin/env node
// The `orderflow` command (package.json "bin"): runs the TypeScript sources through tsx, so
// `npx orderflow` works in a fresh checkout right after `npm ci`, with no build step.
require("tsx/cjs");
require("./orderflow.ts");
