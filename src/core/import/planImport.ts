import type { DeadlineSettings } from "../deadlines";
import { deadlineOrderOf, DEFAULT_DEADLINE_SETTINGS, dueForOrder } from "../deadlines";
import type { CellValue, GridRow } from "../grid";
import { cellText, isBlankCell, isEmptyCell } from "../grid";
import { bilingual } from "../i18n/translate";
import type { ProblemReason, Stage, Workflow } from "../lifecycle";
import {
  canMove,
  DEFAULT_PROBLEM_REASONS,
  findStatus,
  getStage,
  mapMarketStatus,
  statusLabel,
} from "../lifecycle";
import { lineLabelOf } from "../orderKey";
import type { ActivityEntry, CellChange, CellWrite, MappedSheet, TeamMember } from "../plan";
import { displayReason, displayStatus, groupCellChanges, pickOwner } from "../plan";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { Field, OrderField } from "../schema";
import { FIELD_INFO, isPlatformId, ORDER_FIELDS } from "../schema";
import { formatSerial, parseAmount, parseOrderId } from "../values";
import { PLATFORM_DISPLAY, platformKeyOf } from "./findPlatform";
import { sameValue } from "./importValue";
import type { LIFECYCLE_SIGNALS } from "./marketFields";
import { MARKET_FIELDS } from "./marketFields";
import { IMPORT_MESSAGES } from "./messages";
import { readExports } from "./importOrderIds";
import type { ExportFile, ExportLine, ExportRead } from "./readExportLines";
import type { ImportChange, ImportConflict, ImportFileSummary, RefusedRow } from "./types";

export interface ImportInput {
  /** The team's order sheet, mapped (its header, data rows and field → column). */
  readonly sheet: MappedSheet;
  readonly sheetName: string;
  readonly workflow: Workflow;
  readonly team: readonly TeamMember[];
  readonly reasons?: readonly ProblemReason[];
  readonly exports: readonly ExportFile[];
  /** The exports already read (`readExports`): an adapter that needed their ids first reads them once. */
  readonly reads?: readonly ExportRead[];
  /** Now as an Excel serial, local time: status time and due time of new rows, log time. */
  readonly now: number;
  readonly utcOffsetMinutes: number;
  /** Who imports (the log's `by`); "" when unknown. */
  readonly who: string;
  /** Give new open orders an owner of the stage's role (the team's auto-routing setting). */
  readonly autoRoute: boolean;
  /**
   * The lead's setting: a marketplace status that contradicts the team's status is applied as a logged
   * move when the lifecycle allows that move. Off: the row is flagged and listed, never moved.
   */
  readonly applyMarketMoves: boolean;
  /** The platforms' shipping deadlines (the settings sheet): due times as every other path writes them. */
  readonly deadlines?: DeadlineSettings;
}

/** Everything an import does to the team's sheet, as data; the counts are order lines. */
export interface ImportPlan {
  readonly files: readonly ImportFileSummary[];
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  /** Extra copies of a line (in several files, or twice in one), dropped; the last file's copy counts. */
  readonly duplicates: number;
  /** Lines whose marketplace status contradicts the team's status (flagged, or applied when allowed). */
  readonly conflicts: number;
  readonly refused: readonly RefusedRow[];
  /** New rows, in the sheet's columns from `column`, to go right below the last order row (`row`, 0-based). */
  readonly append: { readonly row: number; readonly column: number; readonly values: readonly CellValue[][] };
  /** Cells of existing rows (0-based sheet coordinates): marketplace-owned fields, flags, allowed moves. */
  readonly updates: readonly CellWrite[];
  readonly log: readonly ActivityEntry[];
  readonly changes: readonly ImportChange[];
  readonly conflictList: readonly ImportConflict[];
  /** Number of lines changed per field (the preview's "changed in which fields"). */
  readonly changedFields: Readonly<Partial<Record<Field, number>>>;
  /** Fields the exports fill that the sheet has no column for: left out (the lead may add columns). */
  readonly leftOut: readonly OrderField[];
}

export type ImportError =
  | { readonly kind: "teamNoOrderId"; readonly sheet: string }
  /** Something (a totals row, notes) sits right below the orders, where new rows would go. */
  | { readonly kind: "rowsBelowOrders"; readonly sheet: string; readonly row: number; readonly text: string };

interface TeamLine {
  readonly sheetRow: number;
  readonly row: GridRow;
  readonly orderId: string;
  /** Undefined: the sheet does not say (no platform column, or an empty cell) and any platform matches. */
  readonly platform: string | undefined;
  readonly label: string;
  matched: boolean;
}

interface Candidate {
  readonly line: ExportLine;
  /** The line label as the team's sheet will read it back (only the line columns the sheet has). */
  readonly label: string;
  /** The label without the line id, for team rows typed before the sheet had line ids. */
  readonly plainLabel: string;
}

/** Statuses a buyer or the marketplace causes; one of them on an order the team has elsewhere is news. */
const BUYER_SIDE = new Set(["cancelled", "refunded", "afterSales"]);
const MONEY_BACK = new Set(["cancelled", "refunded"]);
type LineField = "lineId" | "sku" | "product" | "variant";

/**
 * Plans the merge of parsed marketplace exports into the team's sheet. Every export line is new,
 * changed (marketplace-owned fields only), unchanged, a duplicate or refused; the key is platform +
 * order id + line. New rows get their workflow cells (status through the lifecycle in the team's own
 * words, owner by routing, due from the SLA); the team's columns of existing rows are never written,
 * except a flag in an empty problem cell or a move the lead allowed. Planned again after it is applied,
 * with the same files, it plans nothing.
 */
export function planImport(input: ImportInput): Result<ImportPlan, ImportError> {
  const { sheet, workflow, utcOffsetMinutes } = input;
  const mapping = sheet.mapping;
  const idColumn = mapping.orderId;
  if (idColumn === undefined) return err({ kind: "teamNoOrderId", sheet: input.sheetName });
  const has = (field: Field): boolean => mapping[field] !== undefined;
  const gridCell = (row: GridRow, field: Field): CellValue => {
    const column = mapping[field];
    return column === undefined ? null : (row[column] ?? null);
  };
  const sheetColumn = (field: Field): number => sheet.origin.column + (mapping[field] ?? 0);

  // The team's rows, keyed by order id, and the team's own words for statuses and platforms.
  const teamByOrder = new Map<string, TeamLine[]>();
  const statusWords = new Map<string, Map<string, number>>();
  const platformWords = new Map<string, Map<string, number>>();
  const openCounts = new Map<string, number>();
  // A sheet repeats a handful of platform texts: resolve each once.
  const platformKeys = new Map<string, string>();
  const platformKey = (text: string): string => {
    let key = platformKeys.get(text);
    if (key === undefined) {
      key = platformKeyOf(text);
      platformKeys.set(text, key);
    }
    return key;
  };
  let lastIndex = sheet.headerRow;
  for (const index of sheet.dataRows) {
    if (index > lastIndex) lastIndex = index;
    const row = sheet.grid[index] ?? [];
    const statusText = cellText(gridCell(row, "status"));
    const stage = statusText === "" ? undefined : findStatus(workflow, statusText);
    if (stage) count(statusWords, stage.key, statusText);
    const owner = cellText(gridCell(row, "owner"));
    if (owner !== "" && stage?.open) openCounts.set(owner, (openCounts.get(owner) ?? 0) + 1);
    const platformText = cellText(gridCell(row, "platform"));
    if (platformText !== "") count(platformWords, platformKey(platformText), platformText);
    const id = parseOrderId(gridCell(row, "orderId"));
    if (id.kind !== "ok") continue;
    const text = (field: Field): string => cellText(gridCell(row, field));
    const line: TeamLine = {
      sheetRow: sheet.origin.row + index,
      row,
      orderId: id.text,
      platform: platformText === "" ? undefined : platformKey(platformText),
      label: lineLabelOf(text("lineId"), text("sku"), text("product"), text("variant")),
      matched: false,
    };
    const list = teamByOrder.get(id.text);
    if (list) list.push(line);
    else teamByOrder.set(id.text, [line]);
  }

  // Read every export; later files win over earlier ones for the same line.
  const reads = input.reads ?? readExports(input.exports, utcOffsetMinutes);
  const refused: RefusedRow[] = reads.flatMap((read) => [...read.refused]);
  const refusedPerFile = new Map<string, number>();
  const labelOf = (values: ExportLine["values"], withLineId: boolean): string => {
    const part = (field: LineField): string =>
      has(field) && (field !== "lineId" || withLineId) ? cellText(values[field] ?? null) : "";
    return lineLabelOf(part("lineId"), part("sku"), part("product"), part("variant"));
  };
  const unique = new Map<string, Candidate>();
  let duplicates = 0;
  for (const read of reads) {
    for (const line of read.lines) {
      const label = labelOf(line.values, true);
      const key = `${line.platform}\u241e${line.orderId}\u241e${label}`;
      if (unique.has(key)) duplicates++;
      unique.set(key, { line, label, plainLabel: labelOf(line.values, false) });
    }
  }

  const filled = new Set<OrderField>();
  for (const { line } of unique.values())
    for (const [field, value] of Object.entries(line.values) as [OrderField, CellValue][])
      if (!has(field) && !isBlankCell(value)) filled.add(field);
  const leftOut = ORDER_FIELDS.filter((field) => filled.has(field));

  // Without a platform column the sheet can not keep apart two platforms' orders with the same id:
  // their lines would mix into one order.
  let candidates = [...unique.values()];
  if (!has("platform")) {
    const platformsOf = new Map<string, Set<string>>();
    for (const c of candidates) {
      const key = c.line.orderId;
      const set = platformsOf.get(key) ?? new Set<string>();
      set.add(c.line.platform);
      platformsOf.set(key, set);
    }
    candidates = candidates.filter((c) => {
      const platforms = platformsOf.get(c.line.orderId);
      if (!platforms || platforms.size < 2) return true;
      refused.push({
        file: c.line.file,
        row: c.line.row,
        kind: "platformCollision",
        params: { orderId: c.line.orderId, platforms: [...platforms].join(", ") },
      });
      return false;
    });
  }
  for (const r of refused) refusedPerFile.set(r.file, (refusedPerFile.get(r.file) ?? 0) + 1);

  // Pair export lines with team rows order by order: the same line label, then a line id the team row
  // does not have yet, then the one line left on each side.
  const byOrder = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.line.platform}\u241e${c.line.orderId}`;
    const list = byOrder.get(key);
    if (list) list.push(c);
    else byOrder.set(key, [c]);
  }
  const pairs: [Candidate, TeamLine][] = [];
  const fresh: Candidate[] = [];
  for (const group of byOrder.values()) {
    const first = group[0];
    if (!first) continue;
    const teamLines = (teamByOrder.get(first.line.orderId) ?? []).filter(
      (t) => t.platform === undefined || t.platform === first.line.platform,
    );
    const left: Candidate[] = [];
    for (const c of group) {
      const team =
        teamLines.find((t) => !t.matched && t.label === c.label) ??
        (c.label !== c.plainLabel
          ? teamLines.find((t) => !t.matched && t.label === c.plainLabel)
          : undefined);
      if (team) {
        team.matched = true;
        pairs.push([c, team]);
      } else left.push(c);
    }
    const teamLeft = teamLines.filter((t) => !t.matched);
    const [onlyLine] = left;
    const [onlyTeam] = teamLeft;
    if (left.length === 1 && teamLeft.length === 1 && onlyLine && onlyTeam) {
      onlyTeam.matched = true;
      pairs.push([onlyLine, onlyTeam]);
    } else fresh.push(...left);
  }

  const changes: CellChange[] = [];
  const log: ActivityEntry[] = [];
  const changeList: ImportChange[] = [];
  const conflictList: ImportConflict[] = [];
  const changedFields: Partial<Record<Field, number>> = {};
  const reasons = input.reasons ?? DEFAULT_PROBLEM_REASONS;
  // On the ship path the platform's deadline counted from payment, else the stage's SLA: the due time
  // setup, edits and pane actions write (deadlines/dueForOrder).
  const dueOf = (stageKey: string, platform: string, cell: (field: Field) => CellValue): number | null =>
    dueForOrder(
      workflow,
      stageKey,
      input.now,
      deadlineOrderOf({ cell, text: (field) => cellText(cell(field)) }, platform, utcOffsetMinutes),
      input.deadlines ?? DEFAULT_DEADLINE_SETTINGS,
    );
  const entry = (orderId: string, line: string, field: Field, from: string, to: string): ActivityEntry => ({
    time: input.now,
    orderId,
    line,
    field,
    from,
    to,
    by: input.who,
    source: "import",
  });
  const statusWord = (stage: Stage): string =>
    mostUsed(statusWords.get(stage.key)) ?? displayStatus(workflow, stage.key);
  const problemFor = (stage: Stage, market: string): string | null => {
    if (!stage.problemBranch) return null;
    if (stage.key === "afterSales") {
      const refund = reasons.find((r) => r.key === "refund");
      if (refund) return displayReason(refund);
    }
    return bilingual(IMPORT_MESSAGES["import.marketNote"], { market });
  };

  let changed = 0;
  let unchanged = 0;
  for (const [candidate, team] of pairs) {
    const { line } = candidate;
    const fields: Field[] = [];
    const write = (field: Field, value: CellValue): void => {
      changes.push({ row: team.sheetRow, column: sheetColumn(field), value });
    };
    for (const field of MARKET_FIELDS) {
      const value = line.values[field];
      if (!has(field) || value === undefined) continue;
      const before = gridCell(team.row, field);
      if (sameValue(field, before, value, utcOffsetMinutes)) continue;
      write(field, value);
      fields.push(field);
      changedFields[field] = (changedFields[field] ?? 0) + 1;
      log.push(entry(team.orderId, team.label, field, shown(field, before), shown(field, value)));
    }

    const statusText = cellText(gridCell(team.row, "status"));
    const current = statusText === "" ? undefined : findStatus(workflow, statusText);
    const merged = (field: (typeof LIFECYCLE_SIGNALS)[number]): CellValue =>
      line.values[field] ?? gridCell(team.row, field);
    const implied = impliedStage(workflow, line.platform, merged);
    // What the sheet said before, with the export's facts the sheet has no column for (paid, refund …).
    const before = impliedStage(workflow, line.platform, (field) =>
      has(field) ? gridCell(team.row, field) : (line.values[field] ?? null),
    );
    // The sheet remembers the marketplace's words only when it has a column for each of them; where
    // it does not, the flag in the problem cell is what remembers that the team was told.
    const remembered = (["marketStatus", "afterSales"] as const).every(
      (field) => has(field) || line.values[field] === undefined,
    );
    const problemText = cellText(gridCell(team.row, "problem"));
    if (current && implied && current.key !== implied.stage.key && contradicts(current, implied.stage)) {
      const note = bilingual(IMPORT_MESSAGES["import.conflictNote"], {
        market: implied.market,
        status: statusLabel(current, "bilingual"),
      });
      const news = remembered ? before?.stage.key !== implied.stage.key : problemText !== note;
      if (news) {
        const allowed = input.applyMarketMoves && canMove(workflow, current.key, implied.stage.key).ok;
        if (allowed) {
          const to = statusWord(implied.stage);
          write("status", to);
          log.push(entry(team.orderId, team.label, "status", statusText, to));
          if (has("statusSince")) write("statusSince", input.now);
          if (has("due"))
            write(
              "due",
              dueOf(
                implied.stage.key,
                line.platform,
                (field) => line.values[field as OrderField] ?? gridCell(team.row, field),
              ),
            );
          const problem = problemFor(implied.stage, implied.market);
          if (problem !== null && has("problem") && problemText === "") {
            write("problem", problem);
            log.push(entry(team.orderId, team.label, "problem", "", problem));
          }
          fields.push("status");
        } else if (has("problem") && problemText === "") {
          write("problem", note);
          log.push(entry(team.orderId, team.label, "problem", "", note));
          fields.push("problem");
        }
        conflictList.push({
          row: team.sheetRow + 1,
          orderId: team.orderId,
          line: team.label,
          from: current.key,
          to: implied.stage.key,
          market: implied.market,
          applied: allowed,
        });
      }
    }
    if (fields.length > 0) {
      changed++;
      changeList.push({ row: team.sheetRow + 1, orderId: team.orderId, line: team.label, fields });
    } else unchanged++;
  }

  // New lines: the export's cells in the team's columns, then the workflow cells.
  const width = Math.max(
    (sheet.grid[sheet.headerRow] ?? []).length,
    ...Object.values(mapping).map((column) => (column ?? 0) + 1),
  );
  const fallback =
    getStage(workflow, "toProcess") ?? workflow.stages.find((s) => s.open) ?? workflow.stages[0];
  const roleMembers = new Set(input.team.filter((m) => m.active && m.role).map((m) => m.role));
  const appended: CellValue[][] = [];
  for (const { line, label } of fresh) {
    const row = new Array<CellValue>(width).fill(null);
    for (const [field, value] of Object.entries(line.values) as [OrderField, CellValue][]) {
      const column = mapping[field];
      if (column !== undefined) row[column] = value;
    }
    const put = (field: Field, value: CellValue): void => {
      const column = mapping[field];
      if (column !== undefined) row[column] = value;
    };
    if (has("platform")) {
      const word =
        mostUsed(platformWords.get(line.platform)) ??
        (isPlatformId(line.platform) ? PLATFORM_DISPLAY[line.platform] : "");
      if (word !== "") put("platform", word);
    }
    const implied = impliedStage(
      workflow,
      line.platform,
      (field) => line.values[field as OrderField] ?? null,
    );
    const stage = implied?.stage ?? fallback;
    if (stage) {
      const word = statusWord(stage);
      put("status", word);
      put("statusSince", input.now);
      put(
        "due",
        dueOf(stage.key, line.platform, (field) => line.values[field as OrderField] ?? null),
      );
      log.push(entry(line.orderId, label, "status", "", word));
      const problem = problemFor(stage, implied?.market ?? "");
      if (problem !== null) put("problem", problem);
      if (input.autoRoute && stage.open && stage.role && roleMembers.has(stage.role) && has("owner")) {
        const owner = pickOwner(input.team, stage.role, openCounts);
        if (owner) {
          put("owner", owner.name);
          openCounts.set(owner.name, (openCounts.get(owner.name) ?? 0) + 1);
          log.push(entry(line.orderId, label, "owner", "", owner.name));
        }
      }
    }
    appended.push(row);
  }

  if (appended.length > 0) {
    for (let index = lastIndex + 1; index < sheet.grid.length; index++) {
      const filled = (sheet.grid[index] ?? []).find((cell) => !isBlankCell(cell));
      if (filled !== undefined)
        return err({
          kind: "rowsBelowOrders",
          sheet: input.sheetName,
          row: sheet.origin.row + index + 1,
          text: cellText(filled),
        });
    }
  }

  return ok({
    files: reads.map((read) => ({
      file: read.file,
      platform: read.platform,
      rows: read.rows,
      orders: read.orders,
      refused: refusedPerFile.get(read.file) ?? 0,
    })),
    added: appended.length,
    changed,
    unchanged,
    duplicates,
    conflicts: conflictList.length,
    refused,
    append: { row: sheet.origin.row + lastIndex + 1, column: sheet.origin.column, values: appended },
    updates: groupCellChanges(changes),
    log,
    changes: changeList,
    conflictList,
    changedFields,
    leftOut,
  });
}

/** The stage of the team's lifecycle the marketplace's cells imply, with the marketplace's own words. */
function impliedStage(
  workflow: Workflow,
  platform: string,
  value: (field: (typeof LIFECYCLE_SIGNALS)[number]) => CellValue,
): { stage: Stage; market: string } | undefined {
  const status = cellText(value("marketStatus"));
  const afterSales = cellText(value("afterSales"));
  const refund = parseAmount(value("refundAmount"));
  const mapped = mapMarketStatus(isPlatformId(platform) ? platform : "generic", {
    status: status || undefined,
    afterSales: afterSales || undefined,
    paidAt: isEmptyCell(value("paidAt")) ? undefined : true,
    shippedAt: isEmptyCell(value("shippedAt")) ? undefined : true,
    tracking: isEmptyCell(value("tracking")) ? undefined : true,
    refundAmount: refund.kind === "ok" ? refund.amount : undefined,
  });
  // The team's own spelling of the marketplace's words, when the lifecycle has no stage of that key.
  const stage = mapped
    ? getStage(workflow, mapped.status)
    : status === ""
      ? undefined
      : findStatus(workflow, status);
  if (!stage) return undefined;
  const market = mapped?.source.startsWith("afterSales:") ? afterSales : status || (mapped?.source ?? "");
  return { stage, market: market === "" ? statusLabel(stage, "bilingual") : market };
}

/** A buyer-side status (cancelled, refund, after-sales) on an order the team has in another stage. */
function contradicts(current: Stage, implied: Stage): boolean {
  return BUYER_SIDE.has(implied.key) && !MONEY_BACK.has(current.key);
}

function count(words: Map<string, Map<string, number>>, key: string, text: string): void {
  const counts = words.get(key) ?? new Map<string, number>();
  counts.set(text, (counts.get(text) ?? 0) + 1);
  words.set(key, counts);
}

/** The text used most often (the first seen on a tie). */
function mostUsed(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [text, n] of counts ?? []) {
    if (n > bestCount) {
      best = text;
      bestCount = n;
    }
  }
  return best;
}

/** A log cell: dates as `yyyy-mm-dd hh:mm`, everything else as text. */
function shown(field: Field, value: CellValue): string {
  if (typeof value === "number" && FIELD_INFO[field].kind === "date") return formatSerial(value);
  return cellText(value);
}
