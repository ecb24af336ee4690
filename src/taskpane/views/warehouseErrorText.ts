import { translate } from "../../core/i18n/translate";
import type { WarehouseError } from "../../core/port";
import { WAREHOUSE_ERROR_MESSAGES } from "../../core/port";
import type { Locale } from "../../core/schema";
import { portErrorText } from "../format";

/** A warehouse action's failure in the user's language: its own refusals, else Excel's. */
export function warehouseErrorText(error: WarehouseError, locale: Locale): string {
  switch (error.kind) {
    case "emptyScope":
      return translate(WAREHOUSE_ERROR_MESSAGES.emptyScope, locale);
    case "orderMoved":
      return translate(WAREHOUSE_ERROR_MESSAGES.orderMoved, locale, { orderId: error.orderId });
    case "scanNotOpen":
      return translate(WAREHOUSE_ERROR_MESSAGES.scanNotOpen, locale);
    default:
      return portErrorText(error, locale);
  }
}
