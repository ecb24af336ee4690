import { inflateRawSync } from "node:zlib";

/**
 * What ExcelJS (the file library of `orderflow import`) does not keep when it reads and writes a
 * workbook back. Checked against exceljs 4.4: cell values, styles and number formats, merged cells,
 * column widths, frozen panes, tables, data validation, conditional formats (the 2007 kinds), defined
 * names, notes and pictures survive, and add-in settings and task panes are carried over by
 * `carryAddinParts`; everything below is dropped.
 */
type UnkeptFeature =
  | "charts"
  | "pivotTables"
  | "macros"
  | "externalLinks"
  | "slicers"
  | "timelines"
  | "threadedComments"
  | "dataConnections"
  | "shapes"
  | "formControls"
  | "extendedRules"
  | "customProperties";

export interface UnkeptPart {
  readonly feature: UnkeptFeature;
  /** How many parts (or sheets, for extended rules) carry it. */
  readonly count: number;
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

const BY_PREFIX: readonly [string, UnkeptFeature][] = [
  ["xl/charts/chart", "charts"],
  ["xl/chartsheets/sheet", "charts"],
  ["xl/pivotTables/pivotTable", "pivotTables"],
  ["xl/vbaProject.bin", "macros"],
  ["xl/externalLinks/externalLink", "externalLinks"],
  ["xl/slicers/slicer", "slicers"],
  ["xl/timelines/timeline", "timelines"],
  ["xl/threadedComments/threadedComment", "threadedComments"],
  ["xl/connections.xml", "dataConnections"],
  ["xl/queryTables/queryTable", "dataConnections"],
  ["xl/model/", "dataConnections"],
  ["xl/ctrlProps/ctrlProp", "formControls"],
  ["xl/activeX/activeX", "formControls"],
  ["docProps/custom.xml", "customProperties"],
];

/**
 * Lists what of the workbook (the bytes of an .xlsx/.xlsm) would be lost if the file library rewrote
 * it, by its package parts: charts, PivotTables, macros, external links, slicers,
 * timelines, threaded comments, data connections, shapes, form controls, Excel 2010+ rule extensions
 * (data bars, icon sets, sparklines, lists on other sheets) and custom document properties.
 */
export function findUnkeptParts(bytes: Uint8Array): UnkeptPart[] {
  const counts = new Map<UnkeptFeature, number>();
  const add = (feature: UnkeptFeature): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  for (const entry of listZipEntries(bytes)) {
    const found = BY_PREFIX.find(([prefix]) => entry.name.startsWith(prefix));
    if (found && !entry.name.includes("/_rels/")) {
      add(found[1]);
      continue;
    }
    // Pictures survive; shapes and text boxes in the same drawing part do not.
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(entry.name) && /<xdr:sp[\s>]/.test(readText(bytes, entry))) {
      add("shapes");
    }
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name)) {
      const xml = readText(bytes, entry);
      if (/<x14:(conditionalFormatting|dataValidation|sparklineGroup)[\s>]/.test(xml)) add("extendedRules");
    }
  }
  return [...counts].map(([feature, count]) => ({ feature, count }));
}

/** The entries of a zip's central directory (no ZIP64: workbooks stay far below 4 GB). */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const total = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < total && offset + 46 <= bytes.length; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readText(bytes: Uint8Array, entry: ZipEntry): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return "";
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    const raw = entry.method === 8 ? inflateRawSync(data) : entry.method === 0 ? data : undefined;
    return raw ? new TextDecoder("utf-8").decode(raw) : "";
  } catch {
    return "";
  }
}
