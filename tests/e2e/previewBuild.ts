/** Builds the preview (`webpack --env preview`) and serves it on a free localhost port. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import type { PreviewServer } from "../preview/serve.cjs";
import { serve } from "../preview/serve.cjs";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PREVIEW_DIR = path.join(ROOT, "dist-preview");

/** Production mode: the benchmark and the tests measure and drive what users get. */
export function buildPreview(): void {
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "preview"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    throw new Error(`the preview build failed (exit ${result.status ?? "signal"})`);
  }
}

export function servePreview(): Promise<PreviewServer> {
  return serve(PREVIEW_DIR, 0);
}
