import type { HighlightRule, SheetHighlight } from "../../core/plan";
import { isOrderFlowHighlight } from "../../core/plan";
import { addressToArea, areaToAddress } from "./a1";

/**
 * Where OrderFlow keeps what it knows of the highlight rules it made (found again by id, never by
 * reading them: reading stacked rules throws in Excel, office-js #6827, #6835).
 */
const HIGHLIGHTS_KEY = "OrderFlow.highlights";

/** One of OrderFlow's rules as it was made. Records from before colours were kept lack them. */
interface KnownRule {
  readonly id: string;
  readonly formula: string;
  readonly address: string;
  readonly fill?: string | null;
  readonly font?: string | null;
  readonly bold?: boolean;
}

/**
 * OrderFlow's highlight rules on the sheet as recorded when they were made, in priority order, keeping
 * only those that still exist; null when the workbook holds no record (set up by an older version).
 */
export async function readKnownHighlights(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<SheetHighlight[] | null> {
  const collection = sheet.getRange().conditionalFormats;
  collection.load("items/id");
  const stored = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY);
  stored.load("value");
  await context.sync();
  if (stored.isNullObject) return null;
  const present = new Set(collection.items.map((cf) => cf.id));
  return (stored.value as KnownRule[])
    .filter((rule) => present.has(rule.id))
    .map((rule) => {
      const { sheet: _sheet, ...area } = addressToArea(rule.address);
      return {
        formula: rule.formula,
        area,
        fill: rule.fill ?? null,
        font: rule.font ?? null,
        bold: rule.bold === true,
      };
    });
}

/**
 * Replaces OrderFlow's highlight rules and says how many the sheet has and how many it changed. Rules
 * are found by the ids stored when they were made (older workbooks: by the marker term in their formula,
 * read one rule per request); rules already as planned (formula, cells, colours) stay, the others are
 * deleted one at a time. Excel has open bugs where reading stacked or duplicated rules throws (office-js
 * #6827, #6835) and deleting one of two rules on the same cells throws ItemNotFound (#5222): a rule Excel
 * will not read or delete — usually the user's own — is left as it is and never stops the action.
 */
export async function replaceHighlights(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  planned: readonly HighlightRule[],
): Promise<{ readonly count: number; readonly changed: number }> {
  const collection = sheet.getRange().conditionalFormats;
  collection.load("items/id,items/type");
  const stored = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY);
  stored.load("value");
  await context.sync();
  const byId = Office.context.requirements.isSetSupported("ExcelApi", "1.14");
  const item = (id: string): Excel.ConditionalFormat =>
    byId ? collection.getItemOrNullObject(id) : collection.getItem(id);
  const present = new Set(collection.items.map((cf) => cf.id));
  const known = (stored.isNullObject ? [] : (stored.value as KnownRule[])).filter((r) => present.has(r.id));
  const ours: KnownRule[] = [...known];
  if (stored.isNullObject) {
    for (const cf of collection.items.filter((x) => x.type === "Custom")) {
      try {
        const rule = item(cf.id);
        rule.custom.rule.load("formula");
        const range = rule.getRange();
        range.load("address");
        // One rule per request: a rule Excel can not read must not hide the others.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        if (isOrderFlowHighlight(rule.custom.rule.formula))
          ours.push({ id: cf.id, formula: rule.custom.rule.formula, address: range.address });
      } catch {
        // Unreadable (office-js #6827, #6835): not ours to touch.
      }
    }
  }
  const wanted = planned.filter((rule) => rule.area.rowCount > 0);
  const kept = new Map<number, KnownRule>();
  let changed = 0;
  for (const rule of ours) {
    const same = wanted.findIndex((w, i) => !kept.has(i) && sameRule(rule, w));
    if (same >= 0) {
      kept.set(same, rule);
      continue;
    }
    changed += 1;
    try {
      item(rule.id).delete();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      // Excel would not delete it (office-js #5222): it stays, the action goes on.
    }
  }
  const added = new Map<number, Excel.ConditionalFormat>();
  wanted.forEach((rule, priority) => {
    if (kept.has(priority)) return;
    const range = sheet.getRangeByIndexes(
      rule.area.row,
      rule.area.column,
      rule.area.rowCount,
      rule.area.columnCount,
    );
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.rule.formula = rule.formula;
    if (rule.fill) cf.custom.format.fill.color = rule.fill;
    if (rule.font) cf.custom.format.font.color = rule.font;
    if (rule.bold) cf.custom.format.font.bold = true;
    cf.stopIfTrue = rule.stopIfTrue;
    cf.priority = priority;
    cf.load("id");
    added.set(priority, cf);
  });
  changed += added.size;
  await context.sync();
  // The record in priority order, so a later read compares rule by rule with a new plan.
  const record: KnownRule[] = wanted.map(
    (rule, priority) =>
      kept.get(priority) ?? {
        id: added.get(priority)!.id,
        formula: rule.formula,
        address: areaToAddress(rule.area),
        fill: rule.fill ?? null,
        font: rule.font ?? null,
        bold: rule.bold === true,
      },
  );
  context.workbook.settings.add(HIGHLIGHTS_KEY, record);
  return { count: wanted.length, changed };
}

/** Whether a recorded rule already is the planned one (a record without colours never is). */
function sameRule(known: KnownRule, planned: HighlightRule): boolean {
  return (
    known.formula === planned.formula &&
    localAddress(known.address) === areaToAddress(planned.area) &&
    known.fill !== undefined &&
    (known.fill ?? null) === (planned.fill ?? null) &&
    (known.font ?? null) === (planned.font ?? null) &&
    (known.bold === true) === (planned.bold === true)
  );
}

/** "Orders!A2:K9" → "A2:K9". */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}
