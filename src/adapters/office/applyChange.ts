import type { ActivityEntry, CellWrite } from "../../core/plan";
import type { WorkbookOutcome } from "../../core/port";
import type { ActivityTarget } from "./activityLog";
import { activityRowCount, appendActivity, openActivity } from "./activityLog";
import type { RunJournal } from "./runExcel";
import { ChunkedWriter } from "./writeCells";

/** Attempts for a request that only switches events or puts cells back (a passing glitch gets a retry). */
const ATTEMPTS = 3;

/**
 * Switches this runtime's events in a request of its own, retried: a switch riding on a write that
 * fails would leave events off for the rest of the session (Excel applies the statements before a
 * failing one and rolls nothing back).
 */
export async function setEvents(context: Excel.RequestContext, on: boolean): Promise<void> {
  let last: unknown;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      context.runtime.enableEvents = on;
      // Each attempt is its own request by design.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return;
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

/**
 * Whether this Excel marks the add-in's own writes on change events (`triggerSource`, ExcelApi 1.14:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource).
 * There the change handler skips our writes by that mark, so events stay on — and a user's edit made while
 * an action runs is delivered as usual. Older Excel has only the runtime-wide `enableEvents` switch: it is
 * turned off around our writes, and the sheet is diffed again afterwards for what it silenced.
 */
export function eventsOffAroundWrites(): boolean {
  return !Office.context.requirements.isSetSupported("ExcelApi", "1.14");
}

/**
 * Applies an action's cells and its log so the workbook ends unchanged or consistent, whatever sync
 * fails (see docs/ARCHITECTURE.md, "Consistency when Excel fails half-way"):
 * 1. read what the cells hold now (formulas, so formulas come back) and where the log ends;
 * 2. events off (own request; only where Excel can not mark our own writes, see eventsOffAroundWrites);
 * 3. cells (chunked); 4. the log through the table (each chunk whole or not); 5. events on (own request,
 * retried).
 * A failure before the whole log landed puts every cell back and checks it: "unchanged". A log that
 * landed only in part is completed: "consistent". The run's journal carries the verified outcome.
 * Returns the log rows added.
 */
export async function applyChange(
  context: Excel.RequestContext,
  journal: RunJournal,
  sheet: Excel.Worksheet,
  writes: readonly CellWrite[],
  log: readonly ActivityEntry[],
): Promise<number> {
  if (writes.length === 0 && log.length === 0) return 0;
  const current = writes.map((write) => {
    const range = sheet.getRangeByIndexes(
      write.area.row,
      write.area.column,
      write.area.rowCount,
      write.area.columnCount,
    );
    range.load("formulas");
    return range;
  });
  const eventsOff = eventsOffAroundWrites();
  // Events off rides on the first read; if that request fails, nothing was written and events go back on.
  if (eventsOff) context.runtime.enableEvents = false;
  const restoreEvents = (): Promise<void> => (eventsOff ? setEvents(context, true) : Promise.resolve());
  let target;
  try {
    target = await openActivity(context);
  } catch (error) {
    await restoreEvents().catch(() => undefined);
    throw error;
  }
  const before: CellWrite[] = writes.map((write, i) => ({
    area: write.area,
    values: current[i]!.formulas as CellWrite["values"],
  }));
  journal.began();
  let logged = 0;
  try {
    const writer = new ChunkedWriter(context, sheet);
    for (const write of writes) await writer.writeValues(write);
    await writer.flush();
    try {
      logged = await appendActivity(context, log, target);
    } catch (error) {
      logged = await completeLog(context, log, target, error);
    }
  } catch (error) {
    journal.settle(await putBack(context, sheet, before));
    await restoreEvents().catch(() => undefined);
    throw error;
  }
  try {
    await restoreEvents();
  } catch (error) {
    // Everything landed; only the switch is off. Say so rather than pretend nothing happened.
    journal.settle("consistent");
    throw error;
  }
  return logged;
}

/**
 * After a failed append: nothing landed (rethrow, the cells go back), all of it landed (fine), or part of
 * it (append the rest, so every change has its row).
 */
async function completeLog(
  context: Excel.RequestContext,
  log: readonly ActivityEntry[],
  target: ActivityTarget,
  error: unknown,
): Promise<number> {
  let landed: number;
  try {
    landed = (await activityRowCount(context, target)) - target.rowsBefore;
  } catch {
    throw error;
  }
  if (landed <= 0) throw error;
  if (landed >= log.length) return log.length;
  // Entries land in order, one chunk at a time: the first `landed` are in.
  return landed + (await appendActivity(context, log.slice(landed)));
}

/** Writes the old contents back, area by area (each its own request, retried), then reads them to be sure. */
async function putBack(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  before: readonly CellWrite[],
): Promise<WorkbookOutcome> {
  for (const old of before) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        sheet.getRangeByIndexes(
          old.area.row,
          old.area.column,
          old.area.rowCount,
          old.area.columnCount,
        ).formulas = old.values.map((row) => row.map((v) => v ?? ""));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        break;
      } catch {
        // A cell that refused the write (protected) still holds its old value; the check below says.
      }
    }
  }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const now = before.map((old) => {
        const range = sheet.getRangeByIndexes(
          old.area.row,
          old.area.column,
          old.area.rowCount,
          old.area.columnCount,
        );
        range.load("formulas");
        return range;
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const same = now.every(
        (range, i) => JSON.stringify(range.formulas) === JSON.stringify(before[i]!.values),
      );
      return same ? "unchanged" : "unknown";
    } catch {
      // Try reading again.
    }
  }
  return "unknown";
}
