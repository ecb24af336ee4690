import type { CellValue } from "../../core/grid";
import { isBlankCell } from "../../core/grid";
import type { ActivityEntry, CellChange, MappedSheet } from "../../core/plan";
import {
  ACTIVITY_HEADER,
  ACTIVITY_TABLE,
  activityRow,
  cacheOf,
  groupCellChanges,
  openOrdersFromCache,
  planBulkAction,
  readOrderRows,
} from "../../core/plan";
import type { ScanMoveRequest, ScanMoveResult, ScanSessionInfo, WarehouseError } from "../../core/port";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { ScanIndex, ScanMatch, WarehouseOrder } from "../../core/warehouse";
import {
  buildScanIndex,
  matchScan,
  readWarehouseOrders,
  reindexOrder,
  STEP_TARGET,
} from "../../core/warehouse";
import { parseOrderId } from "../../core/values";
import { AdapterFailure } from "./adapterError";
import { ACTIVITY_ROW_FORMAT, appendActivity } from "./activityLog";
import { eventsOffAroundWrites, setEvents } from "./applyChange";
import { localNow } from "./clock";
import { postActionNotices } from "./postNotifications";
import type { OrderSheetRead } from "./orderSheet";
import { readOrderSheet } from "./orderSheet";
import { runExcel } from "./runExcel";
import { rowRuns, sheetColumns } from "./sheetLayout";
import type { SheetLayout } from "./sheetLayout";
import { workflowRuntime } from "./workflowRuntime";

interface Session {
  readonly layout: Omit<SheetLayout, "lastRow">;
  readonly index: ScanIndex;
  byKey: Map<string, WarehouseOrder>;
  readonly defaultCarrier: string;
}

/**
 * A scan session: the order sheet read once, then every scan answered from memory (the ids, tracking
 * numbers, lines and stages of each order). A move re-reads only the order's rows to check them, and
 * writes the cells and the log in a second sync.
 */
export class ScanSession {
  private session: Session | null = null;

  async open(): Promise<Result<ScanSessionInfo, WarehouseError>> {
    const read = await runExcel(async (context) => sessionOf(await readOrderSheet(context)));
    if (!read.ok) return read;
    this.session = read.value;
    return ok({ orders: read.value.byKey.size, defaultCarrier: read.value.defaultCarrier });
  }

  lookup(code: string): ScanMatch {
    if (!this.session) return { kind: "unknown", code };
    return matchScan(this.session.index, code);
  }

  async move(request: ScanMoveRequest): Promise<Result<ScanMoveResult, WarehouseError>> {
    const session = this.session;
    if (!session) return err({ kind: "scanNotOpen" });
    const order = session.byKey.get(request.orderKey);
    if (!order) return err({ kind: "orderMoved", orderId: "" });
    const { layout } = session;
    let syncs = 0;
    let cellsRead = 0;
    const result = await runExcel(async (context, journal) => {
      // Sync 1: the order's rows, the sheet's protection and where the log ends.
      const sheet = context.workbook.worksheets.getItem(layout.sheetName);
      sheet.load("protection/protected");
      const runs = rowRuns(order.lines.map((line) => line.row - 1)).map((run) => {
        const range = sheet.getRangeByIndexes(run.first, layout.origin.column, run.count, layout.width);
        range.load("values");
        return { run, range };
      });
      const table = context.workbook.tables.getItemOrNullObject(ACTIVITY_TABLE);
      const body = table.getDataBodyRange();
      body.load("rowIndex,columnIndex,rowCount");
      // Only the last row of the log is read (is the new table's one body row still empty?).
      const lastLogRow = body.getLastRow();
      lastLogRow.load("values");
      cellsRead = runs.reduce((sum, { run }) => sum + run.count * layout.width, 0) + ACTIVITY_HEADER.length;
      await context.sync();
      syncs++;
      if (sheet.protection.protected)
        throw new AdapterFailure({ kind: "protectedSheet", sheet: layout.sheetName });

      const grid: CellValue[][] = [];
      const dataRows: number[] = [];
      for (const { run, range } of runs)
        (range.values as CellValue[][]).forEach((values, i) => {
          const index = run.first + i - layout.origin.row;
          grid[index] = values.slice();
          dataRows.push(index);
        });
      const idColumn = layout.mapping.orderId;
      const stillThere = dataRows.every((index) => {
        const id = parseOrderId(idColumn === undefined ? null : grid[index]?.[idColumn]);
        return id.kind === "ok" && id.text === order.orderId;
      });
      if (!stillThere) return null;

      // Ship: the scanned tracking number and the carrier go into the rows first (the stage needs them).
      const changes: CellChange[] = [];
      const extraLog: ActivityEntry[] = [];
      const columns = sheetColumns(layout);
      const now = localNow().serial;
      const source = "scan" as const;
      const setField = (field: "tracking" | "carrier", value: string | undefined): void => {
        const column = layout.mapping[field];
        if (value === undefined || value === "" || column === undefined) return;
        for (const index of dataRows) {
          const row = grid[index];
          if (!row || String(row[column] ?? "") === value) continue;
          extraLog.push({
            time: now,
            orderId: order.orderId,
            line: "",
            field,
            from: String(row[column] ?? ""),
            to: value,
            by: request.who,
            source,
          });
          row[column] = value;
          changes.push({ row: layout.origin.row + index, column: layout.origin.column + column, value });
        }
      };
      if (request.step === "ship") {
        setField("tracking", request.tracking);
        setField("carrier", request.carrier);
      }
      const mapped: MappedSheet = {
        grid,
        origin: layout.origin,
        headerRow: layout.headerRow - layout.origin.row,
        dataRows,
        mapping: layout.mapping,
        platform: layout.platform,
      };
      const workflow = layout.settings.workflow;
      const plan = planBulkAction(
        readOrderRows(mapped, workflow),
        { kind: "setStatus", status: STEP_TARGET[request.step] },
        {
          workflow,
          team: layout.settings.team,
          reasons: layout.settings.reasons,
          now,
          who: request.who,
          autoRoute: layout.autoRoute,
          columns,
          openCounts: workflowRuntime.started
            ? openOrdersFromCache(workflowRuntime.cachedLines, workflow)
            : undefined,
        },
      );
      if (plan.applied === 0) return { plan, logged: 0, after: mapped, log: [] };
      const log: ActivityEntry[] = [
        ...extraLog,
        ...plan.log.map((entry) => (entry.source === "routing" ? entry : { ...entry, source })),
        ...(request.override
          ? [
              {
                time: now,
                orderId: order.orderId,
                line: "",
                field: "note" as const,
                from: "",
                to: request.override,
                by: request.who,
                source,
              },
            ]
          : []),
      ];

      // Sync 2: cells and log together. Where Excel can not mark the add-in's own writes (below ExcelApi
      // 1.14) this runtime's events are off around them, so the change handler does not log them again.
      const eventsOff = eventsOffAroundWrites();
      if (eventsOff) context.runtime.enableEvents = false;
      // From here a failure may leave part of the request applied: the outcome is not "unchanged".
      journal.began();
      for (const write of [...groupCellChanges(changes), ...plan.writes])
        sheet.getRangeByIndexes(
          write.area.row,
          write.area.column,
          write.area.rowCount,
          write.area.columnCount,
        ).values = write.values as CellValue[][];
      let logged = 0;
      if (!table.isNullObject) {
        const rows = log.map(activityRow);
        const width = ACTIVITY_HEADER.length;
        // A new table has one empty body row: the first entry goes there.
        const emptyFirst =
          body.rowCount === 1 && ((lastLogRow.values as CellValue[][])[0] ?? []).every((v) => isBlankCell(v));
        const at = emptyFirst ? body.rowIndex : body.rowIndex + body.rowCount;
        if (emptyFirst && rows.length > 0) {
          const first = table.worksheet.getRangeByIndexes(at, body.columnIndex, 1, width);
          first.numberFormat = [ACTIVITY_ROW_FORMAT];
          first.values = rows.slice(0, 1);
        }
        const rest = emptyFirst ? rows.slice(1) : rows;
        if (rest.length > 0) {
          const below = table.worksheet.getRangeByIndexes(
            at + (emptyFirst ? 1 : 0),
            body.columnIndex,
            rest.length,
            width,
          );
          below.numberFormat = rest.map(() => ACTIVITY_ROW_FORMAT);
          below.values = rest;
        }
        logged = rows.length;
      }
      if (eventsOff) context.runtime.enableEvents = true;
      try {
        await context.sync();
      } catch (error) {
        // The switch rode on the failed request: put it back in a request of its own.
        if (eventsOff) await setEvents(context, true).catch(() => undefined);
        throw error;
      }
      syncs++;
      // No log table yet (deleted): the shared append recreates it (extra syncs, once).
      if (table.isNullObject) logged = await appendActivity(context, log);
      for (const write of plan.writes)
        write.values.forEach((values, r) =>
          values.forEach((value, c) => {
            const row = grid[write.area.row + r - layout.origin.row];
            if (row) row[write.area.column + c - layout.origin.column] = value;
          }),
        );
      return { plan, logged, after: mapped, log };
    });
    if (!result.ok) return result;
    if (result.value === null) {
      // The rows moved under us: read the sheet again so the next scan finds the order where it is now.
      await this.open();
      return err({ kind: "orderMoved", orderId: order.orderId });
    }
    const { plan, logged, after, log } = result.value;
    if (plan.applied === 0) return ok({ applied: 0, refused: plan.refused, logged, syncs, cellsRead });
    const rows = readOrderRows(after, layout.settings.workflow);
    if (workflowRuntime.started) workflowRuntime.absorb(cacheOf(rows));
    this.refreshOrder(after);
    workflowRuntime.notify();
    // The same @mention notices as a pane action (routing handed the order to someone), after the move's
    // two syncs and in their own run: a comment that fails never undoes the move, the outcome says so.
    const notices = await postActionNotices(
      log,
      order.lines.map((line) => line.row - 1),
    );
    return ok({ applied: plan.applied, refused: plan.refused, logged, syncs, cellsRead, notices });
  }

  /** Puts the rows just written back into the session (stage, tracking), without reading the sheet. */
  private refreshOrder(after: MappedSheet): void {
    const session = this.session;
    if (!session) return;
    const [updated] = readWarehouseOrders(after, session.layout.settings.workflow);
    const previous = updated && session.byKey.get(updated.key);
    if (!updated || !previous) return;
    session.byKey.set(updated.key, updated);
    reindexOrder(session.index, previous, updated);
  }
}

function sessionOf(read: OrderSheetRead): Session {
  const orders = readWarehouseOrders(read.mapped, read.settings.workflow);
  const carriers = new Map<string, number>();
  for (const order of orders)
    if (order.carrier !== "") carriers.set(order.carrier, (carriers.get(order.carrier) ?? 0) + 1);
  const defaultCarrier = [...carriers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const { mapped } = read;
  return {
    layout: {
      sheetName: read.sheetName,
      origin: mapped.origin,
      headerRow: mapped.origin.row + mapped.headerRow,
      width: mapped.grid.reduce((most, row) => Math.max(most, row.length), 1),
      mapping: mapped.mapping,
      platform: mapped.platform,
      settings: read.settings,
      strict: read.strict,
      autoRoute: read.autoRoute,
      marketMoves: read.marketMoves,
    },
    index: buildScanIndex(orders),
    byKey: new Map(orders.map((o) => [o.key, o])),
    defaultCarrier,
  };
}
