import { openZip, partNames, partText } from "./zipPackage";

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
export async function findUnkeptParts(bytes: Uint8Array): Promise<UnkeptPart[]> {
  const counts = new Map<UnkeptFeature, number>();
  const add = (feature: UnkeptFeature): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  // Not a readable zip: the caller reports that file elsewhere.
  const zip = await openZip(bytes);
  if (!zip) return [];
  for (const name of partNames(zip)) {
    const found = BY_PREFIX.find(([prefix]) => name.startsWith(prefix));
    if (found && !name.includes("/_rels/")) {
      add(found[1]);
      continue;
    }
    // Pictures survive; shapes and text boxes in the same drawing part do not.
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(name) && /<xdr:sp[\s>]/.test(await partText(zip, name))) {
      add("shapes");
    }
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const xml = await partText(zip, name);
      if (/<x14:(conditionalFormatting|dataValidation|sparklineGroup)[\s>]/.test(xml)) add("extendedRules");
    }
  }
  return [...counts].map(([feature, count]) => ({ feature, count }));
}
