import { entryText, readZip, withText, writeZip } from "./zipPackage";

/**
 * The package parts of Office add-ins (xl/webextensions/: each add-in's settings and the task panes
 * that open with the workbook). OrderFlow keeps its own workbook settings there (which sheet, the
 * column mapping, strict mode), so a workbook rewritten without them would open as "not set up".
 */
const ADDIN_PREFIX = "xl/webextensions/";
const TASKPANES_REL = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";

/**
 * Copies the add-in parts of `original` into `written` (the same workbook as the file library wrote
 * it, which drops them): the parts byte for byte, their content types and the package relationship of
 * the task panes. Returns `written` unchanged when the original has none.
 */
export function carryAddinParts(original: Uint8Array, written: Uint8Array): Uint8Array {
  const source = readZip(original);
  const parts = source.filter((e) => e.name.startsWith(ADDIN_PREFIX));
  const lostNames = namesLost(
    entryText(source, "xl/workbook.xml"),
    entryText(readZip(written), "xl/workbook.xml"),
  );
  if (parts.length === 0 && lostNames.length === 0) return written;
  const target = readZip(written).filter((e) => !e.name.startsWith(ADDIN_PREFIX));

  const sourceTypes = entryText(source, "[Content_Types].xml");
  const overrides = [...sourceTypes.matchAll(/<Override\b[^>]*\/>/g)]
    .map((m) => m[0])
    .filter((o) => o.includes(`PartName="/${ADDIN_PREFIX}`));
  const defaults = [...sourceTypes.matchAll(/<Default\b[^>]*\/>/g)].map((m) => m[0]);
  const sourceRels = entryText(source, "_rels/.rels");
  const taskpanes = [...sourceRels.matchAll(/<Relationship\b[^>]*\/>/g)]
    .map((m) => m[0])
    .filter((r) => r.includes(TASKPANES_REL));

  const replaced = target.map((entry) => {
    if (entry.name === "xl/workbook.xml" && lostNames.length > 0) {
      let xml = entryText([entry], entry.name);
      xml = xml.includes("</definedNames>")
        ? xml.replace("</definedNames>", `${lostNames.join("")}</definedNames>`)
        : xml.replace(/(<\/sheets>)/, `$1<definedNames>${lostNames.join("")}</definedNames>`);
      return withText(entry, xml);
    }
    if (parts.length === 0) return entry;
    if (entry.name === "[Content_Types].xml") {
      let xml = entryText([entry], entry.name);
      const missingDefaults = defaults.filter((d) => {
        const ext = /Extension="([^"]+)"/.exec(d)?.[1];
        return ext !== undefined && !new RegExp(`Extension="${ext}"`, "i").test(xml);
      });
      xml = xml.replace("</Types>", `${missingDefaults.join("")}${overrides.join("")}</Types>`);
      return withText(entry, xml);
    }
    if (entry.name === "_rels/.rels" && taskpanes.length > 0) {
      let xml = entryText([entry], entry.name);
      // Ids are local to the part: renumber ours past the ids the writer used.
      const used = new Set([...xml.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
      const added = taskpanes.map((rel, i) => {
        let id = /Id="([^"]+)"/.exec(rel)?.[1] ?? `rIdAddin${i}`;
        while (used.has(id)) id = `${id}x`;
        used.add(id);
        return rel.replace(/Id="[^"]+"/, `Id="${id}"`);
      });
      xml = xml.replace("</Relationships>", `${added.join("")}</Relationships>`);
      return withText(entry, xml);
    }
    return entry;
  });
  return writeZip([...replaced, ...parts]);
}

/**
 * The defined names of the original workbook that the written one lacks. ExcelJS keeps only names over
 * plain ranges and drops formula names such as OrderFlow's lists
 * (`=INDEX(OrderFlowLists[状态 Statuses],1):INDEX(…)`), which the dropdowns read: without them every
 * status cell would refuse its own values. Sheets keep their order, so `localSheetId` stays right.
 */
function namesLost(originalXml: string, writtenXml: string): string[] {
  const kept = new Set([...writtenXml.matchAll(/<definedName\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]));
  return [...originalXml.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)]
    .map((m) => m[0])
    .filter((element) => {
      const name = /\bname="([^"]+)"/.exec(element)?.[1];
      return name !== undefined && !kept.has(name);
    });
}
