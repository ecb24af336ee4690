import type { Message } from "../i18n/translate";
import { lifecycleMessages } from "./messages";
import { normalizeLookup } from "./normalizeLookup";

/** Who works a stage. */
export const ROLES = ["customerService", "operations", "warehouse"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  customerService: lifecycleMessages["lifecycle.role.customerService"],
  operations: lifecycleMessages["lifecycle.role.operations"],
  warehouse: lifecycleMessages["lifecycle.role.warehouse"],
} as const satisfies Record<Role, Message>;

/** The role named by its key, Chinese or English label or `客服 Customer service`; undefined when none fits. */
export function findRole(text: string): Role | undefined {
  const wanted = normalizeLookup(text);
  if (wanted === "") return undefined;
  return ROLES.find((role) => {
    const label = ROLE_LABELS[role];
    return [role, label["zh-CN"], label["en-US"], `${label["zh-CN"]} ${label["en-US"]}`].some(
      (candidate) => normalizeLookup(candidate) === wanted,
    );
  });
}
