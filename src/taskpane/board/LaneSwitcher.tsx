import { useDroppable } from "@dnd-kit/core";
import { ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StageInfo } from "../../core/port";
import { PANE_MESSAGES } from "../messages";
import { useLocale, useText } from "../state";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXS },
  forbidden: { opacity: 0.45 },
  over: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
});

export interface LaneSwitcherProps {
  readonly stages: readonly StageInfo[];
  readonly counts: ReadonlyMap<string, number>;
  readonly shown: string;
  readonly onShow: (laneKey: string) => void;
  /** While a card is dragged: the lanes it may not go to (dimmed before the drop). */
  readonly forbidden: ReadonlySet<string>;
}

/**
 * The stages of a narrow board as a row of buttons: a click shows that lane, and each button is a
 * drop target, so a card can be dragged to any stage without the lane being on screen.
 */
export function LaneSwitcher({ stages, counts, shown, onShow, forbidden }: LaneSwitcherProps) {
  const styles = useStyles();
  const t = useText();
  return (
    <div className={styles.root} role="group" aria-label={t(PANE_MESSAGES.boardLabel)}>
      {stages.map((stage) => (
        <LaneButton
          key={stage.key}
          stage={stage}
          count={counts.get(stage.key) ?? 0}
          pressed={stage.key === shown}
          forbidden={forbidden.has(stage.key)}
          onShow={onShow}
        />
      ))}
    </div>
  );
}

function LaneButton({
  stage,
  count,
  pressed,
  forbidden,
  onShow,
}: {
  readonly stage: StageInfo;
  readonly count: number;
  readonly pressed: boolean;
  readonly forbidden: boolean;
  readonly onShow: (laneKey: string) => void;
}) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const { setNodeRef, isOver } = useDroppable({ id: `switch:${stage.key}`, data: { laneKey: stage.key } });
  return (
    <ToggleButton
      ref={setNodeRef}
      size="small"
      checked={pressed}
      appearance={pressed ? "primary" : "secondary"}
      className={mergeClasses(forbidden && styles.forbidden, isOver && !forbidden && styles.over)}
      aria-label={t(PANE_MESSAGES.laneLabel, { stage: stage.label[locale], count })}
      onClick={() => onShow(stage.key)}
    >
      {stage.label[locale]} {count}
    </ToggleButton>
  );
}
