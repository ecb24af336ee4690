import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writePackingSlipsXlsx } from "../../../src/adapters/file/writePackingSlipsXlsx";
import type { CellValue } from "../../../src/core/grid";
import { DEFAULT_WORKFLOW } from "../../../src/core/lifecycle";
import { planPackingSlips, readWarehouseOrders } from "../../../src/core/warehouse";
import { mappedSheet, snapshotOf } from "../../core/plan/builders";

// LibreOffice takes a few seconds to start on the shared machine.
jest.setTimeout(120_000);

const GRID: CellValue[][] = [
  ["订单号", "平台", "收货人", "商品", "SKU", "数量", "买家留言", "贺卡", "状态"],
  ["35153131473293579", "淘宝", "张*", "杯子", "CUP", 2, "=请尽快发货", "生日快乐", "待处理"],
  ["35153131473293580", "淘宝", "李**", "锅", "POT", 1, "", "", "待处理"],
  ["35153131473293581", "抖音", "Tom", "碗", "BOWL", 3, "", "", "待处理"],
];

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: string): number {
  return pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

function toPdf(xlsx: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "orderflow-slips-"));
  const file = path.join(dir, "slips.xlsx");
  writeFileSync(file, xlsx);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "ignore", timeout: 100_000 },
  );
  const pdf = readdirSync(dir).find((name) => name.endsWith(".pdf"));
  if (!pdf) throw new Error("LibreOffice wrote no PDF");
  return readFileSync(path.join(dir, pdf), "latin1");
}

describe("packing slips exported by the file adapter", () => {
  const orders = readWarehouseOrders(mappedSheet(snapshotOf(GRID)), DEFAULT_WORKFLOW);

  it.each([
    [1, 3],
    [3, 1],
  ])("print %i slip(s) per page as %i page(s) through LibreOffice", async (perPage, pages) => {
    const plan = planPackingSlips({ orders, locale: "zh-CN", perPage });
    if (!plan.ok) throw new Error("refused");
    expect(pageCount(toPdf(await writePackingSlipsXlsx(plan.value)))).toBe(pages);
  });
});
