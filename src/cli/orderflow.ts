import { runCli } from "./main";

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  errOut: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  now: new Date(),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `orderflow: internal error / 内部错误: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
