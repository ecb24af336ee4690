import iconv from "iconv-lite";
import type { SampleExport } from "./sampleExports";

/** A sample export's bytes as the platform writes them: GBK for Taobao, UTF-8 (with BOM for Douyin). */
export function sampleExportBytes(sample: SampleExport): Uint8Array {
  if (sample.encoding === "gbk") return iconv.encode(sample.text, "gbk");
  const utf8 = new TextEncoder().encode(sample.text);
  return sample.encoding === "utf-8" ? utf8 : new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
}
