import type { KeyboardEvent } from "react";
import { memo, useEffect, useRef, useState } from "react";
import { useDraggable } from "@dnd-kit/core";
import {
  Button,
  Caption1,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowMoveRegular, ClockRegular } from "@fluentui/react-icons";
import type { OrderCard, StageInfo } from "../../core/port";
import type { TagDef } from "../../core/tags";
import { findTag } from "../../core/tags";
import { OwnerBadge, TagBadge } from "../components";
import { formatDue, joinList } from "../format";
import { PANE_MESSAGES } from "../messages";
import { useLocale, useText } from "../state";

const useStyles = makeStyles({
  card: {
    position: "relative",
    display: "flex",
    gap: tokens.spacingHorizontalXXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    touchAction: "none",
    cursor: "grab",
  },
  dragging: { opacity: 0.4 },
  overlay: { boxShadow: tokens.shadow16, cursor: "grabbing" },
  problem: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  face: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "none",
    textAlign: "start",
    color: "inherit",
    font: "inherit",
    cursor: "inherit",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  top: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  damaged: {
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase100,
    whiteSpace: "nowrap",
  },
  orderId: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    flexGrow: 1,
  },
  text: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  tags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
  due: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground3,
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  move: { alignSelf: "flex-start", minWidth: "auto" },
  notAllowed: { color: tokens.colorNeutralForegroundDisabled },
});

export interface CardFaceProps {
  readonly card: OrderCard;
  readonly tags: readonly TagDef[];
  readonly now: number;
}

/** What a card shows: id, owner, product, buyer, tags, tags the buyer note suggests, due time (red when overdue). */
export function CardFace({ card, tags, now }: CardFaceProps) {
  const styles = useStyles();
  const t = useText();
  const { locale } = useLocale();
  return (
    <>
      <span className={styles.top}>
        <span className={styles.orderId}>{card.orderId}</span>
        {card.idCorrupted && <span className={styles.damaged}>{t(PANE_MESSAGES.idDamaged)}</span>}
        <OwnerBadge name={card.owner} />
      </span>
      {card.product !== "" && <span className={styles.text}>{card.product}</span>}
      {card.buyer !== "" && <span className={styles.text}>{card.buyer}</span>}
      {card.tags.length > 0 && (
        <span className={styles.tags}>
          {card.tags.map((tag) => (
            <TagBadge key={tag} tag={tag} tags={tags} />
          ))}
        </span>
      )}
      {(card.suggestedTags?.length ?? 0) > 0 && (
        <Caption1 className={styles.text}>
          {t(PANE_MESSAGES.suggestedTags, {
            tags: joinList(
              (card.suggestedTags ?? []).map((tag) => findTag(tag, tags)?.label[locale] ?? tag),
              locale,
            ),
          })}
        </Caption1>
      )}
      {card.due !== null && (
        <Caption1 className={mergeClasses(styles.due, card.overdue && styles.overdue)}>
          <ClockRegular aria-hidden />
          {card.overdue ? `${t(PANE_MESSAGES.overdue)} · ` : ""}
          {t(PANE_MESSAGES.due, { time: formatDue(card.due, now) })}
        </Caption1>
      )}
    </>
  );
}

export interface BoardCardProps extends CardFaceProps {
  readonly stages: readonly StageInfo[];
  readonly onSelect: (card: OrderCard) => void;
  readonly onMove: (card: OrderCard, laneKey: string) => void;
}

/**
 * A draggable card. Keyboard: Enter selects the order's row in Excel; M (or the move button) opens
 * the list of lanes, the allowed ones first. Memoised: a scrolling lane re-renders on every frame, and
 * only the cards scrolled into view need rendering (their props stay the same objects meanwhile).
 */
export const BoardCard = memo(function BoardCard({
  card,
  stages,
  tags,
  now,
  onSelect,
  onMove,
}: BoardCardProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const [menuOpen, setMenuOpen] = useState(false);
  // The menu's machinery (positioning, focus handling) is mounted with the first opening, not with every
  // card scrolled into view: until then the move button is a plain button that opens it.
  const [menuUsed, setMenuUsed] = useState(false);
  const openMenu = (): void => {
    setMenuUsed(true);
    setMenuOpen(true);
  };
  // The plain button pressed to open the menu the first time is replaced by the menu's own trigger:
  // the keyboard goes to the trigger unless the menu took it already (so Escape and arrows still work).
  const trigger = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (menuUsed && lost) trigger.current?.focus();
  }, [menuUsed]);
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: `card-${card.row}`, data: { card } });
  const current = stages.find((s) => s.key === card.status);
  const others = stages.filter((s) => s.key !== card.status);
  const allowed = others.filter((s) => current?.next.includes(s.key));
  const refused = others.filter((s) => !current?.next.includes(s.key));
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === "m" || event.key === "M") {
      event.preventDefault();
      openMenu();
    }
  };
  const moveLabel = t(PANE_MESSAGES.moveCard, { orderId: card.orderId });
  const item = (stage: StageInfo, permitted: boolean) => (
    // A forbidden lane stays choosable (the refusal says why) but looks unavailable before the choice.
    <MenuItem
      key={stage.key}
      className={permitted ? undefined : styles.notAllowed}
      onClick={() => onMove(card, stage.key)}
    >
      {t(PANE_MESSAGES.moveTo, { stage: stage.label[locale] })}
      {permitted ? "" : ` ${t(PANE_MESSAGES.notAllowedFromHere)}`}
    </MenuItem>
  );
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      data-card={card.row}
      className={mergeClasses(
        styles.card,
        card.problem !== "" && styles.problem,
        isDragging && styles.dragging,
      )}
    >
      <button
        type="button"
        className={styles.face}
        aria-label={t(PANE_MESSAGES.cardLabel, {
          orderId: card.orderId,
          product: card.product,
          buyer: card.buyer,
        })}
        aria-keyshortcuts="M"
        onClick={() => onSelect(card)}
        onKeyDown={onKeyDown}
      >
        <CardFace card={card} tags={tags} now={now} />
      </button>
      {!menuUsed && (
        <Button
          className={styles.move}
          size="small"
          appearance="transparent"
          icon={<ArrowMoveRegular />}
          aria-label={moveLabel}
          aria-haspopup="menu"
          onClick={openMenu}
        />
      )}
      {menuUsed && (
        <Menu open={menuOpen} onOpenChange={(_, data) => setMenuOpen(data.open)}>
          <MenuTrigger disableButtonEnhancement>
            <Button
              ref={trigger}
              className={styles.move}
              size="small"
              appearance="transparent"
              icon={<ArrowMoveRegular />}
              aria-label={moveLabel}
            />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {allowed.map((stage) => item(stage, true))}
              {allowed.length > 0 && refused.length > 0 && <MenuDivider />}
              {refused.length > 0 && (
                <MenuGroup>
                  <MenuGroupHeader>{t(PANE_MESSAGES.notAllowedFromHere)}</MenuGroupHeader>
                  {refused.map((stage) => item(stage, false))}
                </MenuGroup>
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
    </div>
  );
});

/** The card as it follows the pointer while dragged (outside the lane's scroll clip). */
export function DraggedCard(props: CardFaceProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.card, styles.overlay)}>
      <div className={styles.face}>
        <CardFace {...props} />
      </div>
    </div>
  );
}
