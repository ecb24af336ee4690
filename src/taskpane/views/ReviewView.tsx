import { useId, useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular, CheckmarkCircleFilled, DismissCircleFilled } from "@fluentui/react-icons";
import type { IsoWeek, KpiFigure } from "../../core/port";
import type { Locale } from "../../core/schema";
import { translate } from "../../core/i18n/translate";
import { formatIsoWeek, REVIEW_MESSAGES } from "../../core/review";
import { ErrorBar } from "../components";
import { recentWeeks } from "../format";
import { PANE_MESSAGES } from "../messages";
import { useLocale, useReview, useText } from "../state";

const WEEKS = 12;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  kpis: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  kpi: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  value: { fontWeight: tokens.fontWeightSemibold, textAlign: "end" },
  mark: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, gridColumn: "1 / span 2" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  missed: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  // Another week's figures stay readable but look set aside until the chosen week is built.
  stale: { opacity: 0.55 },
});

/** A KPI value (or yardstick) in its unit. */
export function formatKpi(value: number, format: KpiFigure["format"], locale: Locale): string {
  const round = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  switch (format) {
    case "count":
      return String(Math.round(value));
    case "percent":
      return `${round(value * 100)}%`;
    case "hours":
      return translate(PANE_MESSAGES.hoursValue, locale, { value: round(value) });
    case "days":
      return translate(PANE_MESSAGES.daysValue, locale, { value: round(value) });
  }
}

export interface ReviewViewProps {
  /** Today, for the weeks on offer (the pane's clock; tests pass a fixed date). */
  readonly today: Date;
}

/**
 * Pick a week, rebuild the weekly review sheet, read its KPIs inline. The cards always say which
 * week they belong to: after another week is picked they are marked stale (dimmed, with a message
 * saying whose figures they are) until *Refresh* builds the chosen week, since building a review
 * rewrites three sheets and is not something a change of selection should do on its own.
 */
export function ReviewView({ today }: ReviewViewProps) {
  const styles = useStyles();
  const { locale } = useLocale();
  const t = useText();
  const review = useReview();
  const staleId = useId();
  const weeks = useMemo(() => recentWeeks(today, WEEKS), [today]);
  const [selected, setSelected] = useState(() => (weeks[0] ? formatIsoWeek(weeks[0].week) : ""));
  const choice = weeks.find((w) => formatIsoWeek(w.week) === selected);
  const running = review.state.status === "running";
  const weekName = (week: IsoWeek): string =>
    t(PANE_MESSAGES.reviewWeekShort, { year: week.year, week: week.week });
  const shown = review.state.status === "done" ? review.state.value.week : null;
  const stale = shown !== null && choice !== undefined && formatIsoWeek(shown) !== selected;
  return (
    <div className={styles.root}>
      <Field label={t(PANE_MESSAGES.weekLabel)} size="small">
        <Select size="small" value={selected} onChange={(_, d) => setSelected(d.value)}>
          {weeks.map((w) => (
            <option key={formatIsoWeek(w.week)} value={formatIsoWeek(w.week)}>
              {t(PANE_MESSAGES.weekOption, { year: w.week.year, week: w.week.week, from: w.from, to: w.to })}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        icon={running ? <Spinner size="extra-tiny" /> : <ArrowSyncRegular />}
        disabled={running}
        onClick={() => void review.run(choice?.week)}
      >
        {t(running ? PANE_MESSAGES.refreshingReview : PANE_MESSAGES.refreshReview)}
      </Button>
      {review.state.status === "idle" && (
        <Caption1 className={styles.muted}>{t(PANE_MESSAGES.reviewNotYet)}</Caption1>
      )}
      {review.state.status === "failed" && (
        <ErrorBar error={review.state.error} onRetry={() => void review.run(choice?.week)} />
      )}
      {review.state.status === "done" && (
        <>
          {stale && (
            <MessageBar intent="warning" layout="multiline" id={staleId}>
              <MessageBarBody>
                {t(PANE_MESSAGES.reviewStale, {
                  shown: weekName(review.state.value.week),
                  selected: weekName(choice.week),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          <Caption1 className={styles.muted}>
            {t(PANE_MESSAGES.reviewFiguresFor, { week: weekName(review.state.value.week) })}
          </Caption1>
          {review.state.value.kpis.find((k) => k.key === "activeOrders")?.value === 0 && (
            <Text>{t(REVIEW_MESSAGES.noOrders)}</Text>
          )}
          <MessageBar intent="success" layout="multiline" className={stale ? styles.stale : undefined}>
            <MessageBarBody>
              {t(PANE_MESSAGES.reviewSheetLine, {
                sheet: review.state.value.sheetName,
                kind: t(
                  review.state.value.summaries === "pivotTables"
                    ? PANE_MESSAGES.pivotTables
                    : PANE_MESSAGES.staticTables,
                ),
                count: review.state.value.problemCount,
              })}
            </MessageBarBody>
          </MessageBar>
          <ul
            className={mergeClasses(styles.kpis, stale && styles.stale)}
            aria-label={t(PANE_MESSAGES.reviewTitle)}
            aria-describedby={stale ? staleId : undefined}
          >
            {review.state.value.kpis.map((kpi) => (
              <li key={kpi.key} className={styles.kpi}>
                <Text>{kpi.label[locale]}</Text>
                <Text className={styles.value}>
                  {kpi.value === null
                    ? t(PANE_MESSAGES.kpiNoValue)
                    : formatKpi(kpi.value, kpi.format, locale)}
                </Text>
                {kpi.target && (
                  <Caption1 className={styles.mark}>
                    {kpi.ok === true && <CheckmarkCircleFilled className={styles.ok} aria-hidden />}
                    {kpi.ok === false && <DismissCircleFilled className={styles.missed} aria-hidden />}
                    <span className={kpi.ok === false ? styles.missed : styles.muted}>
                      {t(PANE_MESSAGES.kpiTarget, {
                        op: kpi.target.op,
                        value: formatKpi(kpi.target.value, kpi.format, locale),
                      })}
                      {kpi.ok !== null && ` · ${t(kpi.ok ? PANE_MESSAGES.kpiOk : PANE_MESSAGES.kpiMissed)}`}
                    </span>
                  </Caption1>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
