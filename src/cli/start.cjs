#!/usr/bin/env node
// `npm start` / `npm stop`: sideload OrderFlow into desktop Excel, or explain how to try it elsewhere.
//
// On Windows and macOS with Excel installed this runs `office-addin-debugging start manifest.xml`
// (which starts `npm run dev-server`, registers the manifest and opens Excel). That package is fetched
// on demand with `npx --yes office-addin-debugging@7` instead of being a devDependency because it pulls
// in the whole Microsoft 365 Agents toolkit and a native `keytar` build that fails on Linux: installing
// it would make `npm ci` slow everywhere and broken on the Linux machines where CI and most of the team
// run, for a tool that is only useful next to a desktop Excel. npx caches it after the first run.
//
// On Linux (no desktop Excel exists) or when Excel is not found, it prints how to sideload into Excel
// on the web instead. Flags: --stop (unregister, stop the dev server), --web (print the web steps
// anyway), --desktop (skip the Excel check). Other arguments are passed to office-addin-debugging.
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const DEBUGGING = "office-addin-debugging@7";

function excelInstalled() {
  if (process.platform === "darwin") {
    return fs.existsSync("/Applications/Microsoft Excel.app");
  }
  if (process.platform === "win32") {
    const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    const candidates = roots.flatMap((root) => [
      path.join(root, "Microsoft Office", "root", "Office16", "EXCEL.EXE"),
      path.join(root, "Microsoft Office", "Office16", "EXCEL.EXE"),
    ]);
    return candidates.some((file) => fs.existsSync(file));
  }
  return false;
}

/** A CLI fixture to suggest for `npx orderflow inspect`, if the CLI and its fixtures exist. */
function inspectExample() {
  const dir = path.join(ROOT, "tests", "fixtures", "cli");
  if (!fs.existsSync(path.join(ROOT, "src", "cli", "orderflow.cjs")) || !fs.existsSync(dir)) return undefined;
  const sample = fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith("error.") && /\.(csv|tsv|txt|xlsx)$/i.test(name))
    .sort()[0];
  return sample ? `npx orderflow inspect tests/fixtures/cli/${sample}` : undefined;
}

function printWebInstructions(reason) {
  const lines = [
    "",
    `OrderFlow 订单流 — ${reason}`,
    "",
    "在网页版 Excel 中旁加载 / Sideload into Excel on the web:",
    "  1. npm run dev-server",
    "     (https://localhost:3000 需要受信任的开发证书 / needs a trusted dev certificate:",
    "      npx office-addin-dev-certs install — on Linux this needs sudo)",
    "  2. 打开 / Open https://www.office.com → Excel → 新建或打开工作簿 / a new or existing workbook",
    "  3. 开始 > 加载项 > 更多加载项 > 上传我的加载项 / Home > Add-ins > More add-ins > Upload My Add-in",
    `  4. 选择 / choose ${path.join(ROOT, "manifest.xml")}`,
    "  5. 开始选项卡上点击“打开订单流” / On the Home tab, click “Show OrderFlow”",
    "",
  ];
  const offline = ["  npm run preview   (本地预览 / local preview of the pane with an in-memory workbook)"];
  const inspect = inspectExample();
  if (inspect)
    offline.push(`  ${inspect}   (命令行检查订单导出 / check an order export from the command line)`);
  lines.push("不用 Excel 试用 / Without Excel:", ...offline, "");
  lines.push("详见 / More: docs/SIDELOADING.md", "");
  console.log(lines.join("\n"));
}

function runDebugging(command, extra) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["--yes", DEBUGGING, command, "manifest.xml", ...extra], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) {
    console.error(`${DEBUGGING} 无法运行 / could not run: ${result.error.message}`);
    return 1;
  }
  return result.status === null ? 1 : result.status;
}

function main(argv) {
  const stop = argv.includes("--stop");
  const web = argv.includes("--web");
  const desktop = argv.includes("--desktop");
  const extra = argv.filter((arg) => !["--stop", "--web", "--desktop"].includes(arg));

  if (process.platform === "linux") {
    if (stop) {
      console.log("Linux 上没有桌面版 Excel 需要卸载；停止 dev-server 请在其终端按 Ctrl+C。");
      console.log(
        "Nothing is sideloaded into a desktop Excel on Linux; stop the dev server with Ctrl+C in its terminal.",
      );
      return 0;
    }
    printWebInstructions("Linux 上没有桌面版 Excel / There is no desktop Excel on Linux.");
    return 0;
  }
  if (web) {
    printWebInstructions("网页版 Excel / Excel on the web");
    return 0;
  }
  if (!stop && !desktop && !excelInstalled()) {
    printWebInstructions(
      "未找到桌面版 Excel（可用 --desktop 跳过检查）/ Desktop Excel was not found (--desktop skips this check).",
    );
    return 0;
  }
  return runDebugging(stop ? "stop" : "start", extra);
}

process.exitCode = main(process.argv.slice(2));
