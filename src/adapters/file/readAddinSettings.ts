import { openZip, partNames, partText } from "./zipPackage";

/**
 * The workbook settings Office add-ins stored in the file (`Office.context.document.settings`, kept
 * as `<we:property name value>` in xl/webextensions/webextensionN.xml, each value JSON). Only
 * `OrderFlow.*` keys are returned; a value that is not valid JSON is left out.
 */
export async function readAddinSettings(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const settings: Record<string, unknown> = {};
  const zip = await openZip(bytes);
  if (!zip) return settings;
  for (const name of partNames(zip)) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/.test(name)) continue;
    const xml = await partText(zip, name);
    for (const match of xml.matchAll(/<we:property\s+name="([^"]*)"\s+value="([^"]*)"\s*\/>/g)) {
      const key = unescapeXml(match[1] ?? "");
      if (!key.startsWith("OrderFlow.")) continue;
      try {
        settings[key] = JSON.parse(unescapeXml(match[2] ?? "")) as unknown;
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
