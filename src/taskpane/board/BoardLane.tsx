import { useEffect, useRef } from "react";
import { useDroppable } from "@dnd-kit/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Badge, CounterBadge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { WarningRegular } from "@fluentui/react-icons";
import type { OrderCard, StageInfo } from "../../core/port";
import type { TagDef } from "../../core/tags";
import { PANE_MESSAGES } from "../messages";
import { useLocale, useText } from "../state";
import { BoardCard } from "./BoardCard";

const CARD_ESTIMATE = 96;
const GAP = 6;
/** Where nothing is laid out (hidden tab, jsdom) the lane still renders this many pixels of cards. */
const FALLBACK_RECT = { width: 220, height: 600 };

const useStyles = makeStyles({
  lane: {
    flex: "0 0 220px",
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  // One lane at a time in a narrow pane: the lane takes the pane's width.
  single: { flex: "1 1 auto", minWidth: 0 },
  // While a card is dragged, lanes it may not go to look unavailable before the drop.
  forbidden: { opacity: 0.45, backgroundColor: tokens.colorNeutralBackgroundDisabled },
  over: {
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  title: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: "inherit",
  },
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS}`,
  },
  items: { position: "relative", width: "100%" },
  item: { position: "absolute", top: 0, left: 0, width: "100%" },
});

export interface BoardLaneProps {
  readonly stage: StageInfo;
  readonly cards: readonly OrderCard[];
  /** Cards in the lane before filtering (what the WIP limit counts). */
  readonly total: number;
  readonly stages: readonly StageInfo[];
  readonly tags: readonly TagDef[];
  readonly now: number;
  readonly onSelect: (card: OrderCard) => void;
  readonly onMove: (card: OrderCard, laneKey: string) => void;
  /** The dragged card may not move here (dimmed while dragging). */
  readonly forbidden?: boolean;
  /** The lane is the only one shown (narrow pane). */
  readonly single?: boolean;
  /** A card just moved here: scroll it into view and put the keyboard on it. */
  readonly focusRow?: number | null;
  readonly onFocused?: () => void;
}

/** One status: its count, a soft WIP warning, and its cards in a virtualised list. */
export function BoardLane({
  stage,
  cards,
  total,
  stages,
  tags,
  now,
  onSelect,
  onMove,
  forbidden = false,
  single = false,
  focusRow = null,
  onFocused,
}: BoardLaneProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const { setNodeRef, isOver } = useDroppable({ id: stage.key, data: { laneKey: stage.key } });
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_ESTIMATE,
    getItemKey: (index) => cards[index]?.row ?? index,
    gap: GAP,
    overscan: 4,
    initialRect: FALLBACK_RECT,
    // An element not laid out (hidden, jsdom) measures 0: keep the estimate rather than piling cards up.
    measureElement: (element) => {
      const height = element.getBoundingClientRect().height;
      return height > 0 ? height : CARD_ESTIMATE;
    },
    observeElementRect: (instance, callback) => {
      const element = instance.scrollElement;
      if (!element) return undefined;
      const report = (): void => {
        const rect = element.getBoundingClientRect();
        callback(rect.height > 0 ? { width: rect.width, height: rect.height } : FALLBACK_RECT);
      };
      report();
      const Observer = element.ownerDocument.defaultView?.ResizeObserver;
      if (!Observer) return undefined;
      const observer = new Observer(report);
      observer.observe(element);
      return () => observer.disconnect();
    },
  });
  // The moved card may be far down a virtualised lane: scroll to it, then focus it once it is rendered.
  const focusIndex = focusRow === null ? -1 : cards.findIndex((card) => card.row === focusRow);
  useEffect(() => {
    if (focusIndex < 0) return undefined;
    virtualizer.scrollToIndex(focusIndex, { align: "auto" });
    const frame = requestAnimationFrame(() => {
      const face = scroller.current?.querySelector<HTMLElement>(`[data-card="${focusRow}"] button`);
      if (!face) return;
      face.focus();
      face.scrollIntoView?.({ block: "nearest", inline: "nearest" });
      onFocused?.();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusIndex, focusRow, virtualizer, onFocused]);
  const overLimit = stage.wipLimit !== null && total > stage.wipLimit;
  const label = stage.label[locale];
  const titleId = `orderflow-lane-${stage.key}`;
  return (
    <section
      ref={setNodeRef}
      data-lane={stage.key}
      className={mergeClasses(
        styles.lane,
        single && styles.single,
        forbidden && styles.forbidden,
        isOver && !forbidden && styles.over,
      )}
      aria-disabled={forbidden || undefined}
      aria-label={t(PANE_MESSAGES.laneLabel, { stage: label, count: total })}
    >
      <div className={styles.header}>
        <h3 className={styles.title} id={titleId}>
          <Text weight="semibold" size={200}>
            {label}
          </Text>
          <CounterBadge
            count={total}
            showZero
            overflowCount={99999}
            size="small"
            appearance="ghost"
            color={overLimit ? "danger" : "informative"}
          />
          {cards.length !== total && (
            <Text size={100}>
              ({cards.length}/{total})
            </Text>
          )}
        </h3>
        {overLimit && (
          <Badge appearance="tint" color="warning" size="small" icon={<WarningRegular />} role="status">
            {t(PANE_MESSAGES.wipWarning, { limit: stage.wipLimit ?? 0 })}
          </Badge>
        )}
      </div>
      <div ref={scroller} className={styles.scroller}>
        <div
          className={styles.items}
          style={{ height: `${virtualizer.getTotalSize()}px` }}
          role="list"
          aria-labelledby={titleId}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const card = cards[item.index];
            if (!card) return null;
            return (
              <div
                key={item.key}
                role="listitem"
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={styles.item}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <BoardCard
                  card={card}
                  stages={stages}
                  tags={tags}
                  now={now}
                  onSelect={onSelect}
                  onMove={onMove}
                />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
