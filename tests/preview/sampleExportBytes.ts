import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import type { SampleExport } from "./sampleExports";

/** A sample export's bytes as the platform writes them: GBK for Taobao, UTF-8 (with BOM for Douyin). */
export function sampleExportBytes(sample: SampleExport): Uint8Array {
  if (sample.encoding === "gbk") return iconv.encode(sample.text, "gbk");
  const utf8 = new TextEncoder().encode(sample.text);
  return sample.encoding === "utf-8" ? utf8 : new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
}

/** The same export saved as an .xlsx workbook (抖店 and Shopee give XLSX too): every cell as text. */
export async function sampleExportXlsx(sample: SampleExport): Promise<Uint8Array> {
  const rows = Papa.parse<string[]>(sample.text.trimEnd(), {
    delimiter: sample.text.split("\n")[0]?.includes("\t") ? "\t" : ",",
  }).data;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("订单");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
