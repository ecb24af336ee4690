import { inflateRawSync } from "node:zlib";
import { listZipEntries } from "./findUnkeptParts";

/**
 * The workbook settings Office add-ins stored in the file (`Office.context.document.settings`, kept
 * as `<we:property name value>` in xl/webextensions/webextensionN.xml, each value JSON). Only
 * `OrderFlow.*` keys are returned; a value that is not valid JSON is left out.
 */
export function readAddinSettings(bytes: Uint8Array): Record<string, unknown> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const settings: Record<string, unknown> = {};
  for (const entry of listZipEntries(bytes)) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/.test(entry.name)) continue;
    const local = entry.localOffset;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    let xml: string;
    try {
      xml = new TextDecoder().decode(entry.method === 8 ? inflateRawSync(data) : data);
    } catch {
      continue;
    }
    for (const match of xml.matchAll(/<we:property\s+name="([^"]*)"\s+value="([^"]*)"\s*\/>/g)) {
      const name = unescapeXml(match[1] ?? "");
      if (!name.startsWith("OrderFlow.")) continue;
      try {
        settings[name] = JSON.parse(unescapeXml(match[2] ?? "")) as unknown;
      } catch {
        // Not JSON: not a value OrderFlow wrote.
      }
    }
  }
  return settings;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}
