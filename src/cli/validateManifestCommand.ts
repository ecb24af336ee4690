// `npm run validate`: the offline manifest check (office-addin-manifest's `validate` needs Microsoft's
// web service, see docs/SIDELOADING.md): Microsoft's manifest schemas (manifest/schemas/SOURCE.md) run in
// libxml2 compiled to WebAssembly, then the checks a schema can not express. Prints
// "… / manifest.xml: OK (manifest schema + n checks)" or every problem; exits 1 on problems, 2 when the
// file cannot be read.
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { bilingual } from "../core/i18n/translate";
import {
  describeManifestProblem,
  manifestMessages,
  readManifestEnvironment,
  validateManifest,
} from "./manifest";

async function main(argv: readonly string[]): Promise<number> {
  const file = argv[0];
  if (file === undefined) {
    console.error(bilingual(manifestMessages.commandUsage));
    return 2;
  }
  let xml: string;
  try {
    xml = readFileSync(file, "utf8");
  } catch (error) {
    console.error(
      bilingual(manifestMessages.commandCannotRead, {
        file,
        detail: error instanceof Error ? error.message : String(error),
      }),
    );
    return 2;
  }
  const name = basename(file);
  const report = await validateManifest(xml, readManifestEnvironment(dirname(resolve(file))), name);
  if (report.problems.length === 0) {
    console.log(bilingual(manifestMessages.commandOk, { file: name, checks: report.checks }));
    return 0;
  }
  console.error(bilingual(manifestMessages.commandFailed, { file: name, count: report.problems.length }));
  for (const problem of report.problems) console.error(`  ${describeManifestProblem(problem)}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `validate: internal error / 内部错误: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
