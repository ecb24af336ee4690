import type { Message } from "../i18n/translate";
import { ALL_FIELDS, type Field } from "../schema";
import { lifecycleMessages } from "./messages";
import { normalizeLookup } from "./normalizeLookup";

/** Labels of the fields a stage may plausibly require; any other field is named by its key. */
export const NEED_FIELD_LABELS = {
  problem: lifecycleMessages["lifecycle.field.problem"],
  carrier: lifecycleMessages["lifecycle.field.carrier"],
  tracking: lifecycleMessages["lifecycle.field.tracking"],
  owner: lifecycleMessages["lifecycle.field.owner"],
  note: lifecycleMessages["lifecycle.field.note"],
  tags: lifecycleMessages["lifecycle.field.tags"],
  due: lifecycleMessages["lifecycle.field.due"],
  paidAt: lifecycleMessages["lifecycle.field.paidAt"],
  shippedAt: lifecycleMessages["lifecycle.field.shippedAt"],
  recipient: lifecycleMessages["lifecycle.field.recipient"],
  phone: lifecycleMessages["lifecycle.field.phone"],
  address: lifecycleMessages["lifecycle.field.address"],
  refundAmount: lifecycleMessages["lifecycle.field.refundAmount"],
  afterSales: lifecycleMessages["lifecycle.field.afterSales"],
  shippingMethod: lifecycleMessages["lifecycle.field.shippingMethod"],
} as const satisfies Partial<Record<Field, Message>>;

// Words sellers use for the two fields shipping needs, besides the labels above.
const EXTRA_NAMES: Readonly<Partial<Record<Field, readonly string[]>>> = {
  problem: ["问题原因", "异常原因", "problem"],
  carrier: ["物流公司", "物流", "快递", "承运商", "courier"],
  tracking: ["物流单号", "运单号", "单号", "tracking", "tracking no", "tracking no.", "awb"],
};

const FIELD_INDEX: ReadonlyMap<string, Field> = (() => {
  const index = new Map<string, Field>();
  for (const field of ALL_FIELDS) index.set(normalizeLookup(field), field);
  for (const [field, label] of Object.entries(NEED_FIELD_LABELS) as [Field, Message][]) {
    for (const name of [label["zh-CN"], label["en-US"], `${label["zh-CN"]} ${label["en-US"]}`]) {
      const normal = normalizeLookup(name);
      if (!index.has(normal)) index.set(normal, field);
    }
  }
  for (const [field, names] of Object.entries(EXTRA_NAMES) as [Field, readonly string[]][]) {
    for (const name of names) {
      const normal = normalizeLookup(name);
      if (!index.has(normal)) index.set(normal, field);
    }
  }
  return index;
})();

/** The canonical field a settings cell names (key, or the Chinese/English label of a need). */
export function findField(text: string): Field | undefined {
  return FIELD_INDEX.get(normalizeLookup(text));
}
