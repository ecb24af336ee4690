import { openZip, partNames, partText } from "./zipPackage";

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
export async function carryAddinParts(original: Uint8Array, written: Uint8Array): Promise<Uint8Array> {
  const source = await openZip(original);
  const target = await openZip(written);
  if (!source || !target) return written;
  const parts = partNames(source).filter((name) => name.startsWith(ADDIN_PREFIX));
  const lostNames = namesLost(
    await partText(source, "xl/workbook.xml"),
    await partText(target, "xl/workbook.xml"),
  );
  if (parts.length === 0 && lostNames.length === 0) return written;
  for (const name of partNames(target)) if (name.startsWith(ADDIN_PREFIX)) target.remove(name);

  if (lostNames.length > 0) {
    const xml = await partText(target, "xl/workbook.xml");
    target.file(
      "xl/workbook.xml",
      xml.includes("</definedNames>")
        ? xml.replace("</definedNames>", `${lostNames.join("")}</definedNames>`)
        : xml.replace(/(<\/sheets>)/, `$1<definedNames>${lostNames.join("")}</definedNames>`),
    );
  }
  if (parts.length > 0) {
    const sourceTypes = await partText(source, "[Content_Types].xml");
    const overrides = [...sourceTypes.matchAll(/<Override\b[^>]*\/>/g)]
      .map((m) => m[0])
      .filter((o) => o.includes(`PartName="/${ADDIN_PREFIX}`));
    const defaults = [...sourceTypes.matchAll(/<Default\b[^>]*\/>/g)].map((m) => m[0]);
    const types = await partText(target, "[Content_Types].xml");
    const missingDefaults = defaults.filter((d) => {
      const ext = /Extension="([^"]+)"/.exec(d)?.[1];
      return ext !== undefined && !new RegExp(`Extension="${ext}"`, "i").test(types);
    });
    target.file(
      "[Content_Types].xml",
      types.replace("</Types>", `${missingDefaults.join("")}${overrides.join("")}</Types>`),
    );

    const taskpanes = [...(await partText(source, "_rels/.rels")).matchAll(/<Relationship\b[^>]*\/>/g)]
      .map((m) => m[0])
      .filter((r) => r.includes(TASKPANES_REL));
    if (taskpanes.length > 0) {
      const rels = await partText(target, "_rels/.rels");
      // Ids are local to the part: renumber ours past the ids the writer used.
      const used = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
      const added = taskpanes.map((rel, i) => {
        let id = /Id="([^"]+)"/.exec(rel)?.[1] ?? `rIdAddin${i}`;
        while (used.has(id)) id = `${id}x`;
        used.add(id);
        return rel.replace(/Id="[^"]+"/, `Id="${id}"`);
      });
      target.file("_rels/.rels", rels.replace("</Relationships>", `${added.join("")}</Relationships>`));
    }
    // The add-in parts byte for byte.
    for (const name of parts) {
      const bytes = await source.file(name)?.async("uint8array");
      if (bytes) target.file(name, bytes);
    }
  }
  return target.generateAsync({ type: "uint8array", compression: "DEFLATE" });
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
