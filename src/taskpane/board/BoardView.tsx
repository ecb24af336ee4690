import { useCallback, useLayoutEffect, useMemo, useState } from "react";
import type { DragEndEvent, DragStartEvent } from "@dnd-kit/core";
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import type { CollisionDetection } from "@dnd-kit/core";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { OrderCard, OrdersView, PortError } from "../../core/port";
import { ErrorBar } from "../components";
import { refusalText, stageText } from "../format";
import { ACTION_MESSAGES } from "../actionMessages";
import { PANE_MESSAGES } from "../messages";
import { useApplyAction, useLocale, useText, useWhoAmI } from "../state";
import { DraggedCard } from "./BoardCard";
import { BoardLane } from "./BoardLane";
import { LaneSwitcher } from "./LaneSwitcher";
import { checkBoardMove, workflowOf } from "./checkBoardMove";
import type { BoardFilter } from "./filterCards";
import { filterCards, NO_FILTER, UNASSIGNED } from "./filterCards";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minHeight: 0, flexGrow: 1 },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalXS,
  },
  search: { gridColumn: "1 / span 3", maxWidth: "none" },
  lanes: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    overflowX: "auto",
    paddingBottom: tokens.spacingVerticalS,
    // The lanes fill the pane's height below the filters; each lane scrolls on its own.
    height: "calc(100vh - 230px)",
    minHeight: "320px",
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * Below this width the board shows one lane at a time with a switcher of all stages (each a drop
 * target). Why: Excel's pane is 320–450 px wide, where side-by-side lanes showed 1.5 of 10 and hid
 * where a card could go; one full-width lane keeps cards readable, and the switcher keeps every stage,
 * its count and (while dragging) whether a move is allowed in view. Wider panes keep side-by-side lanes.
 */
const SINGLE_LANE_BELOW_PX = 480;

/**
 * The board's width as laid out (0 where nothing is laid out, as in jsdom); null until measured, which
 * happens before the first paint, so the lanes are rendered once, in the layout that fits.
 */
function useWidth(): [ref: (element: HTMLDivElement | null) => void, width: number | null] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!element) return undefined;
    const report = () => setWidth(element.getBoundingClientRect().width);
    report();
    const Observer = element.ownerDocument.defaultView?.ResizeObserver;
    if (!Observer) return undefined;
    const observer = new Observer(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

/** Lanes first under the pointer, else the one the card overlaps most (keyboard drops, edges). */
const laneCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

type Notice =
  | { readonly kind: "moved"; readonly text: string }
  | { readonly kind: "refused"; readonly text: string }
  | { readonly kind: "failed"; readonly error: PortError };

export interface BoardViewProps {
  readonly view: OrdersView;
  /** Selects the card's row in Excel. */
  readonly onSelectOrder: (card: OrderCard) => void;
}

/** The lifecycle as a kanban board: filters, lanes with counts and WIP warnings, drag and keyboard moves. */
export function BoardView({ view, onSelectOrder }: BoardViewProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const { who } = useWhoAmI();
  const action = useApplyAction();
  const [filter, setFilter] = useState<BoardFilter>(NO_FILTER);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragged, setDragged] = useState<OrderCard | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const workflow = useMemo(() => workflowOf(view.stages), [view.stages]);
  const [rootRef, width] = useWidth();
  const single = width !== null && width > 0 && width < SINGLE_LANE_BELOW_PX;
  const [shownLane, setShownLane] = useState<string | null>(null);
  // After a move: the card's new lane is shown and the keyboard follows the card there.
  const [focusCard, setFocusCard] = useState<{ readonly row: number; readonly lane: string } | null>(null);
  const clearFocusCard = useCallback(() => setFocusCard(null), []);
  const forbidden = useMemo(() => {
    if (!dragged) return new Set<string>();
    const from = view.stages.find((s) => s.key === dragged.status);
    return new Set(
      view.stages.filter((s) => s.key !== dragged.status && !from?.next.includes(s.key)).map((s) => s.key),
    );
  }, [dragged, view.stages]);

  const lanes = useMemo(() => {
    const byLane = new Map<string, OrderCard[]>(view.stages.map((s) => [s.key, []]));
    for (const card of view.orders) if (card.status !== null) byLane.get(card.status)?.push(card);
    return byLane;
  }, [view]);
  const filtered = useMemo(() => {
    const result = new Map<string, OrderCard[]>();
    for (const [key, cards] of lanes) result.set(key, filterCards(cards, filter, view.tags));
    return result;
  }, [lanes, filter, view.tags]);
  // The lane shown in a narrow pane: the one picked, else the first open stage holding orders.
  const shown =
    shownLane ??
    view.stages.find((s) => s.open && (lanes.get(s.key)?.length ?? 0) > 0)?.key ??
    view.stages[0]?.key ??
    "";
  const platforms = useMemo(
    () => [...new Set(view.orders.map((o) => o.platform).filter((p) => p !== ""))].sort(),
    [view],
  );

  const { run } = action;
  const move = useCallback(
    (card: OrderCard, laneKey: string) => {
      const to = stageText(view.stages, laneKey, locale);
      if (who === "") {
        setNotice({ kind: "refused", text: t(PANE_MESSAGES.whoAmINeeded) });
        return;
      }
      const check = checkBoardMove(workflow, card, laneKey);
      if (check.kind === "same") return;
      if (check.kind === "refused") {
        setNotice({
          kind: "refused",
          text: t(PANE_MESSAGES.moveRefused, {
            orderId: card.orderId,
            reason: refusalText(check.refusal, view.stages, locale),
          }),
        });
        return;
      }
      setNotice(null);
      void run(
        { kind: "setStatus", status: laneKey },
        { kind: "rows", rows: [card.row], from: "board" },
      ).then((result) => {
        if (!result) return;
        if (!result.ok) setNotice({ kind: "failed", error: result.error });
        else if (result.value.refused[0]) {
          setNotice({
            kind: "refused",
            text: t(PANE_MESSAGES.moveRefused, {
              orderId: card.orderId,
              reason: refusalText(result.value.refused[0], view.stages, locale),
            }),
          });
        } else {
          setNotice({ kind: "moved", text: t(PANE_MESSAGES.moved, { orderId: card.orderId, stage: to }) });
          setShownLane(laneKey);
          setFocusCard({ row: card.row, lane: laneKey });
        }
      });
    },
    [run, who, workflow, view.stages, locale, t],
  );

  const onDragStart = (event: DragStartEvent): void => {
    const card = (event.active.data.current as { card?: OrderCard } | undefined)?.card;
    setDragged(card ?? null);
  };
  const onDragEnd = (event: DragEndEvent): void => {
    setDragged(null);
    const card = (event.active.data.current as { card?: OrderCard } | undefined)?.card;
    const overLane = (event.over?.data.current as { laneKey?: string } | undefined)?.laneKey;
    const laneKey = event.over ? (overLane ?? String(event.over.id)) : null;
    // Not dropped on a lane: the card simply goes back.
    if (card && laneKey) move(card, laneKey);
  };

  return (
    <div className={styles.root} ref={rootRef}>
      <div className={styles.filters}>
        <Select
          size="small"
          aria-label={t(PANE_MESSAGES.filterOwner)}
          value={filter.owner}
          onChange={(_, d) => setFilter((f) => ({ ...f, owner: d.value }))}
        >
          <option value="">{t(PANE_MESSAGES.allOwners)}</option>
          <option value={UNASSIGNED}>{t(PANE_MESSAGES.unassigned)}</option>
          {view.team.map((m) => (
            <option key={m.name} value={m.name}>
              {m.name}
            </option>
          ))}
        </Select>
        <Select
          size="small"
          aria-label={t(PANE_MESSAGES.filterTag)}
          value={filter.tag}
          onChange={(_, d) => setFilter((f) => ({ ...f, tag: d.value }))}
        >
          <option value="">{t(PANE_MESSAGES.allTags)}</option>
          {view.tags.map((tag) => (
            <option key={tag.name} value={tag.name}>
              {tag.label[locale]}
            </option>
          ))}
        </Select>
        <Select
          size="small"
          aria-label={t(PANE_MESSAGES.filterPlatform)}
          value={filter.platform}
          onChange={(_, d) => setFilter((f) => ({ ...f, platform: d.value }))}
        >
          <option value="">{t(PANE_MESSAGES.allPlatforms)}</option>
          {platforms.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
        <SearchBox
          className={styles.search}
          size="small"
          aria-label={t(PANE_MESSAGES.filterText)}
          placeholder={t(PANE_MESSAGES.filterText)}
          value={filter.text}
          onChange={(_, d) => setFilter((f) => ({ ...f, text: d.value }))}
        />
      </div>
      <Caption1 className={styles.hint}>{t(PANE_MESSAGES.dragHint)}</Caption1>
      {/* Said before a move is tried, not after it is refused. */}
      {who === "" && (
        <MessageBar intent="info">
          <MessageBarBody>{t(ACTION_MESSAGES.boardNeedsName)}</MessageBarBody>
        </MessageBar>
      )}
      {notice?.kind === "failed" && <ErrorBar error={notice.error} onDismiss={() => setNotice(null)} />}
      {notice && notice.kind !== "failed" && (
        <MessageBar intent={notice.kind === "moved" ? "success" : "error"} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t(PANE_MESSAGES.dismiss)}
                icon={<DismissRegular />}
                onClick={() => setNotice(null)}
              />
            }
          />
        </MessageBar>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={laneCollision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
      >
        {single && (
          <LaneSwitcher
            stages={view.stages}
            counts={new Map([...lanes].map(([key, cards]) => [key, cards.length]))}
            shown={shown}
            onShow={setShownLane}
            forbidden={forbidden}
          />
        )}
        <div className={styles.lanes} role="region" aria-label={t(PANE_MESSAGES.boardLabel)}>
          {view.stages
            .filter((stage) => width !== null && (!single || stage.key === shown))
            .map((stage) => (
              <BoardLane
                key={stage.key}
                stage={stage}
                cards={filtered.get(stage.key) ?? []}
                total={lanes.get(stage.key)?.length ?? 0}
                stages={view.stages}
                tags={view.tags}
                now={view.now}
                onSelect={onSelectOrder}
                onMove={move}
                forbidden={forbidden.has(stage.key)}
                single={single}
                focusRow={focusCard?.lane === stage.key ? focusCard.row : null}
                onFocused={clearFocusCard}
              />
            ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged ? <DraggedCard card={dragged} tags={view.tags} now={view.now} /> : null}
        </DragOverlay>
      </DndContext>
    </div>
  );
}
