import type { WarehousePort } from "../../core/port";
import type { Locale } from "../../core/schema";
import { ScanSession } from "./scanSession";
import type { ApplyAction } from "./writePickList";
import { writePickList } from "./writePickList";
import { writePackingSlips } from "./writePackingSlips";

/** The warehouse actions on Office.js; moves from the pick list go through the port's own `applyAction`. */
export function createOfficeWarehousePort(applyAction: ApplyAction, locale: () => Locale): WarehousePort {
  const session = new ScanSession();
  return {
    writePickList: (request, who) => writePickList(request, { who, locale: locale(), applyAction }),
    writePackingSlips: (request) => writePackingSlips(request, { locale: locale() }),
    openScanSession: () => session.open(),
    lookupScan: (code) => session.lookup(code),
    moveScanned: (request) => session.move(request),
  };
}
